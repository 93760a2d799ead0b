/**
 * Nothing from outside goes straight into the live database. An export file or a backup is first
 * written into a staging database file beside it (same schema, migrated forward if it is older), where
 * SQLite's own constraints, foreign keys and integrity check, and every row through the registry's
 * schemas, must all pass. Only then are the live tables' contents replaced from the staging copy inside
 * one transaction: the live database holds either everything it had or everything the file had, never
 * a mix, and a refusal leaves it untouched.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/api-result';
import type { TableCounts } from '../../core/data';
import { closeDatabase, type Db } from '../db/connection';
import { getSchemaVersion, LATEST_VERSION, migrateDatabase } from '../db/migrate';
import type { ExportBody } from './export-file';
import { createPrivateFile, makePrivateDir } from './private-files';
import { EXPORT_TABLES, NOT_EXPORTED, type Cell, type ExportTable, type Row } from './table-registry';

export interface Staging {
  db: Db;
  dispose: () => void;
}

const refuse = (message: string): never => {
  throw new AppError('invalid-input', message);
};

export function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/** Tables holding data in a database: not SQLite's own, not FTS (virtual or shadow), not the bookkeeping. */
export function userTables(db: Db): Map<string, string[]> {
  const list = db.prepare('PRAGMA main.table_list').all() as { name: string; type: string }[];
  const tables = new Map<string, string[]>();
  for (const { name, type } of list) {
    if (type !== 'table' || name.startsWith('sqlite_') || NOT_EXPORTED.includes(name)) continue;
    const columns = db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(name) as string[];
    tables.set(name, columns);
  }
  return tables;
}

export function primaryKey(db: Db, table: string): string | null {
  const key = db.prepare('SELECT name FROM pragma_table_info(?) WHERE pk = 1').pluck().get(table) as string | undefined;
  return key ?? null;
}

/** Opens a database file of the folder with the folder's key (DatabaseOwner.openFile). */
export type OpenFile = (file: string, options?: { migrate?: boolean }) => Db;

function createStaging(dataDir: string, copyOf: string | null, open: OpenFile): Staging & { file: string } {
  makePrivateDir(dataDir);
  const file = path.join(dataDir, `.staging-${randomUUID()}.sqlite`);
  let db: Db;
  try {
    if (copyOf) {
      createPrivateFile(file);
      fs.copyFileSync(copyOf, file);
    }
    db = open(file, { migrate: false });
  } catch (error) {
    removeDatabaseFiles(file);
    throw error;
  }
  return {
    db,
    file,
    dispose: () => {
      closeDatabase(db);
      removeDatabaseFiles(file);
    },
  };
}

function openStaging(dataDir: string, copyOf: string | null, open: OpenFile): Staging & { file: string } {
  try {
    return createStaging(dataDir, copyOf, open);
  } catch (error) {
    throw stagingFailure(error);
  }
}

function failStaging(staging: Staging, error: unknown): never {
  staging.dispose();
  if (error instanceof AppError) throw error;
  throw stagingFailure(error);
}

/** The one sentence for a staging copy that could not be made or filled: a full disk named as such. */
function stagingFailure(error: unknown): AppError {
  const message = error instanceof Error ? error.message : String(error);
  if (/SQLITE_FULL|database or disk is full|ENOSPC/i.test(message)) {
    return new AppError(
      'internal',
      'The disk is full, so the file could not be checked. Free some space and try again. Nothing was changed.',
    );
  }
  return new AppError('invalid-input', `The data could not be read: ${plainSqliteError(error)}. Nothing was changed.`);
}

function withStaging(
  dataDir: string,
  copyOf: string | null,
  open: OpenFile,
  fill: (staging: Staging & { file: string }) => void,
): Staging {
  const staging = openStaging(dataDir, copyOf, open);
  try {
    fill(staging);
    return staging;
  } catch (error) {
    return failStaging(staging, error);
  }
}

/** The same for a fill that reads a stream: the staging copy is removed on any failure. */
export async function withStagingAsync(
  dataDir: string,
  open: OpenFile,
  fill: (staging: Staging & { file: string }) => Promise<void>,
): Promise<Staging> {
  const staging = openStaging(dataDir, null, open);
  try {
    await fill(staging);
    return staging;
  } catch (error) {
    return failStaging(staging, error);
  }
}

export function plainSqliteError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/not a database|malformed|file is not a database/i.test(message)) return 'the file is damaged';
  return message.slice(0, 160);
}

function rowProblem(table: ExportTable, index: number, message: string): string {
  return `Row ${index + 1} of ${table.label.toLowerCase()} cannot be imported: ${message.replace(/\.$/, '')}.`;
}

export function toRow(columns: readonly string[], values: readonly Cell[]): Row {
  const row: Row = Object.create(null) as Row;
  columns.forEach((column, i) => {
    row[column] = values[i] ?? null;
  });
  return { ...row };
}

export function checkRow(table: ExportTable, row: Row, index: number): void {
  const checked = table.schema.safeParse(row);
  if (!checked.success) refuse(rowProblem(table, index, checked.error.issues[0]?.message ?? 'a value is not valid'));
}

/** The whole of a staged database must pass what Someday itself would accept. */
export function checkStaged(db: Db, rowsChecked = false): void {
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') refuse('The data is damaged: SQLite found a problem in it. Nothing was changed.');
  if (db.prepare('PRAGMA foreign_key_check').all().length > 0) {
    refuse('The data refers to things that are not in it (a draft without its contact, for example).');
  }
  for (const name of userTables(db).keys()) {
    if (!EXPORT_TABLES.some((table) => table.name === name)) {
      throw new Error(`Table ${name} is not in main/data/table-registry.ts`);
    }
  }
  if (rowsChecked) return;
  for (const table of EXPORT_TABLES) {
    const select = db.prepare(`SELECT ${table.columns.map((c) => `"${c}"`).join(', ')} FROM "${table.name}"`).raw();
    let index = 0;
    for (const values of select.iterate() as Iterable<Cell[]>) checkRow(table, toRow(table.columns, values), index++);
  }
}

/** Builds a staging database from a checked export body (see export-file.ts readExport). */
export function stageExport(body: ExportBody, dataDir: string, open: OpenFile): Staging {
  if (body.schemaVersion > LATEST_VERSION) {
    refuse(
      `The file was made by a newer version of Someday (data version ${body.schemaVersion}; this one knows up to ${LATEST_VERSION}). Update Someday to import it.`,
    );
  }
  return withStaging(dataDir, null, open, ({ db, file }) => {
    migrateDatabase(db, file, { target: body.schemaVersion, backup: false });
    const expected = userTables(db);
    for (const name of Object.keys(body.tables)) {
      if (!expected.has(name)) refuse(`The file has a table Someday does not know ("${name}").`);
    }
    for (const [name, columns] of expected) {
      const table = body.tables[name];
      if (!table) refuse(`The file is missing the ${name} table.`);
      if (table!.columns.join(',') !== columns.join(','))
        refuse(`The columns of the ${name} table are not the ones Someday writes.`);
    }
    const current = body.schemaVersion === LATEST_VERSION;
    db.pragma('foreign_keys = OFF');
    db.transaction(() => {
      for (const [name, columns] of expected) {
        const { rows } = body.tables[name]!;
        const entry = EXPORT_TABLES.find((table) => table.name === name);
        const key = primaryKey(db, name);
        const keyIndex = key === null ? -1 : columns.indexOf(key);
        const seen = new Set<Cell>();
        const insert = db.prepare(
          `INSERT INTO "${name}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        );
        rows.forEach((values, index) => {
          if (current && entry) checkRow(entry, toRow(columns, values), index);
          if (keyIndex >= 0) {
            const value = values[keyIndex] ?? null;
            if (seen.has(value))
              refuse(`The file lists the same ${name} row (${key} ${String(value).slice(0, 40)}) twice.`);
            seen.add(value);
          }
          try {
            insert.run(values);
          } catch (error) {
            refuse(`Row ${index + 1} of the ${name} table does not fit: ${plainSqliteError(error)}.`);
          }
        });
      }
    })();
    db.pragma('foreign_keys = ON');
    migrateDatabase(db, file, { backup: false });
    // Rows of a file at the current version were checked before they went in; older ones after migrating.
    checkStaged(db, current);
  });
}

/** Builds a staging database from a backup file (copied first: the backup itself is never opened for writing). */
export function stageBackup(backupFile: string, dataDir: string, open: OpenFile): Staging {
  return withStaging(dataDir, backupFile, open, ({ db, file }) => {
    const version = getSchemaVersion(db);
    if (version > LATEST_VERSION)
      refuse('The backup was made by a newer version of Someday. Update Someday to restore it.');
    if (version < 1) refuse('The backup holds no Someday data.');
    migrateDatabase(db, file, { backup: false });
    checkStaged(db);
  });
}

/** What replacing the live tables with the staged ones would add, replace and remove, per table. */
export function compareContents(live: Db, staged: Db): TableCounts[] {
  return EXPORT_TABLES.map((table) => {
    const keys = (db: Db) => db.prepare(`SELECT "${table.key}" FROM "${table.name}"`).pluck().all() as Cell[];
    const current = new Set(keys(live));
    const incoming = keys(staged);
    const replaced = incoming.filter((key) => current.has(key)).length;
    return {
      table: table.name,
      label: table.label,
      incoming: incoming.length,
      current: current.size,
      added: incoming.length - replaced,
      replaced,
      removed: current.size - replaced,
    };
  });
}

/**
 * Rows per DELETE in `deleteAll`. One DELETE of a whole table keeps a statement journal of every page it
 * changes, in memory (temp_store = MEMORY): over 200 MB for the benchmark's drafts; a batch's is small.
 */
const DELETE_BATCH = 2_000;

function deleteAll(db: Db, table: ExportTable): void {
  const batch = db.prepare(
    `DELETE FROM "${table.name}" WHERE "${table.key}" IN (SELECT "${table.key}" FROM "${table.name}" LIMIT ${DELETE_BATCH})`,
  );
  while (batch.run().changes > 0);
}

/** Replaces every registered table's rows in the live database with the staged ones, in one transaction. */
export function replaceContents(live: Db, staged: Db): void {
  live.transaction(() => {
    for (const table of [...EXPORT_TABLES].reverse()) deleteAll(live, table);
    for (const table of EXPORT_TABLES) {
      const list = table.columns.map((c) => `"${c}"`).join(', ');
      const insert = live.prepare(
        `INSERT INTO "${table.name}" (${list}) VALUES (${table.columns.map(() => '?').join(', ')})`,
      );
      const select = staged.prepare(`SELECT ${list} FROM "${table.name}" ORDER BY "${table.key}"`).raw();
      for (const values of select.iterate() as Iterable<Cell[]>) insert.run(values);
    }
  })();
}

/** A SHA-256 over every registered table's rows in key order: equal checksums, equal data. */
export function contentChecksum(db: Db): string {
  const hash = createHash('sha256');
  for (const table of EXPORT_TABLES) {
    const list = table.columns.map((c) => `"${c}"`).join(', ');
    hash.update(`${table.name}\n`);
    const select = db.prepare(`SELECT ${list} FROM "${table.name}" ORDER BY "${table.key}"`).raw();
    for (const values of select.iterate() as Iterable<Cell[]>) hash.update(`${JSON.stringify(values)}\n`);
  }
  return hash.digest('hex');
}
