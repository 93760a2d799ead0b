/** Reading export format 2 (docs/EXPORT-FORMAT.md, written by export-stream.ts): lines checked as they
 * arrive, into a staging database that only a complete file whose every check passed leaves behind. */
import { createHash, type Hash } from 'node:crypto';
import { AppError } from '../../core/api-result';
import { LATEST_VERSION, migrateDatabase } from '../db/migrate';
import { EXPORT_FORMAT } from './export-file';
import {
  MAX_LINE_BYTES,
  STREAM_FORMAT_VERSION,
  throwIfCancelled,
  type StreamHeader,
  type StreamOptions,
  type TableSummary,
} from './export-stream';
import { checkRow, checkStaged, plainSqliteError, primaryKey, toRow, userTables, withStagingAsync } from './staging';
import type { OpenFile, Staging } from './staging';
import { EXPORT_TABLES, type Cell } from './table-registry';

const MAX_CELL_CHARS = 1_000_000;

const refuse = (message: string): never => {
  throw new AppError('invalid-input', message);
};

/** Splits a byte stream into lines (without their "\n"), refusing one longer than MAX_LINE_BYTES. */
export async function* splitLines(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let carry: Buffer[] = [];
  let carryLength = 0;
  for await (const chunk of source) {
    let start = 0;
    for (let end = chunk.indexOf(10, start); end !== -1; end = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, end);
      if (carryLength + piece.length > MAX_LINE_BYTES) refuse(TOO_LONG);
      yield carryLength === 0 ? piece : Buffer.concat([...carry, piece]);
      carry = [];
      carryLength = 0;
      start = end + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      carryLength += rest.length;
      if (carryLength > MAX_LINE_BYTES) refuse(TOO_LONG);
      carry.push(rest);
    }
  }
  if (carryLength > 0) yield Buffer.concat(carry);
}

const TOO_LONG =
  'The file is not a Someday export, or it is damaged: one of its lines is longer than 32 MB, which Someday never writes.';
const CUT_SHORT = 'The file is cut short: it ends before its last line. It may not have been copied completely.';
const DAMAGED_LINE = 'The file is damaged: one of its lines is not complete JSON.';

function parseLine(line: Buffer): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(line);
  } catch {
    return refuse('The file is damaged: it holds bytes that are not UTF-8 text.');
  }
  let polluted = false;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, inner: unknown) => {
      if (key === '__proto__') polluted = true;
      return inner;
    });
  } catch {
    refuse(DAMAGED_LINE);
  }
  if (polluted) refuse('The file was changed by hand: it holds a "__proto__" entry, which Someday never writes.');
  return value;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the header line (format 2) or refuses it in one sentence. */
export function readHeader(line: Buffer): StreamHeader {
  const value = parseLine(line);
  if (!isRecord(value) || value.format !== EXPORT_FORMAT || typeof value.formatVersion !== 'number') {
    return refuse(
      'The file is not a Someday export, or it is damaged: its first line (the header) is not one Someday writes.',
    );
  }
  if (value.formatVersion > STREAM_FORMAT_VERSION) {
    refuse(
      `The file was made by a newer version of Someday (export format ${value.formatVersion}). Update Someday to import it.`,
    );
  }
  if (value.formatVersion !== STREAM_FORMAT_VERSION) {
    refuse(`The file uses an export format (${value.formatVersion}) this version of Someday does not read.`);
  }
  const { appVersion, schemaVersion, createdAt } = value;
  if (
    typeof appVersion !== 'string' ||
    appVersion.length > 40 ||
    typeof createdAt !== 'string' ||
    createdAt.length > 40 ||
    typeof schemaVersion !== 'number' ||
    !Number.isInteger(schemaVersion) ||
    schemaVersion < 1 ||
    Object.keys(value).length !== 5
  ) {
    return refuse('The file is damaged or was changed by hand: its first line (the header) is not one Someday writes.');
  }
  if (schemaVersion > LATEST_VERSION) {
    refuse(
      `The file was made by a newer version of Someday (data version ${schemaVersion}; this one knows up to ${LATEST_VERSION}). Update Someday to import it.`,
    );
  }
  return { format: EXPORT_FORMAT, formatVersion: STREAM_FORMAT_VERSION, appVersion, schemaVersion, createdAt };
}

function checkCells(values: unknown, width: number, name: string): Cell[] {
  if (!Array.isArray(values) || values.length !== width) {
    return refuse(`The file is damaged: a row of the ${name} table has the wrong number of values.`);
  }
  for (const cell of values) {
    const ok =
      cell === null ||
      (typeof cell === 'number' && Number.isFinite(cell)) ||
      (typeof cell === 'string' && cell.length <= MAX_CELL_CHARS);
    if (!ok) refuse(`The file is damaged: a row of the ${name} table holds a value Someday never writes.`);
  }
  return values as Cell[];
}

/** -1, 0 or 1 as SQLite's ORDER BY sorts two keys (numbers before text; text by its UTF-8 bytes). */
function compareKeys(a: Cell, b: Cell): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return Buffer.compare(Buffer.from(String(a), 'utf8'), Buffer.from(String(b), 'utf8'));
}

interface Section {
  name: string;
  columns: string[];
  keyIndex: number;
  key: string | null;
  hash: Hash;
  rows: number;
  last: Cell | undefined;
  insert: (values: Cell[]) => void;
  check: ((values: Cell[], index: number) => void) | null;
}

/**
 * Reads format 2 lines into a new staging database (staging.ts): header, then each table's section in
 * the order the file's data version has them, every row checked as it arrives, keys strictly increasing
 * (so a repeated or moved row is refused), then the trailer's counts and checksums. Only a complete file
 * whose every check passed returns a staging copy; anything else removes it and throws one sentence.
 */
export async function stageStream(
  lines: AsyncIterable<Buffer>,
  dataDir: string,
  open: OpenFile,
  options: StreamOptions = {},
): Promise<{ header: StreamHeader; staging: Staging }> {
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) refuse('The file is empty.');
  const header = readHeader(first.value as Buffer);
  const whole = createHash('sha256');
  whole.update(first.value as Buffer);
  whole.update('\n');
  const staging = await withStagingAsync(dataDir, open, async ({ db, file }) => {
    migrateDatabase(db, file, { target: header.schemaVersion, backup: false });
    // In the order the writer uses (the registry's, parents first), with the columns of the file's version.
    const present = userTables(db);
    const expected = EXPORT_TABLES.filter((table) => present.has(table.name)).map(
      (table) => [table.name, present.get(table.name)!] as const,
    );
    const current = header.schemaVersion === LATEST_VERSION;
    const summaries: Record<string, TableSummary> = {};
    let section: Section | null = null;
    let position = 0;
    let trailer: Record<string, unknown> | null = null;
    const finish = () => {
      if (section) summaries[section.name] = { rows: section.rows, sha256: section.hash.digest('hex') };
      section = null;
    };
    db.pragma('foreign_keys = OFF');
    db.exec('BEGIN');
    try {
      let count = 0;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        const line = next.value as Buffer;
        if (trailer) refuse('The file goes on after its last line: it was changed or two files were joined.');
        if (line[0] === 0x5b /* [ */) {
          if (!section) return refuse('The file is damaged: it holds a row before any table.');
          const s: Section = section;
          whole.update(line);
          whole.update('\n');
          s.hash.update(line);
          s.hash.update('\n');
          const values = checkCells(parseLine(line), s.columns.length, s.name);
          if (s.keyIndex >= 0) {
            const key = values[s.keyIndex] ?? null;
            if (s.last !== undefined) {
              const order = compareKeys(s.last, key);
              if (order === 0)
                refuse(`The file lists the same ${s.name} row (${s.key} ${String(key).slice(0, 40)}) twice.`);
              if (order > 0) refuse(`The file is damaged: the rows of the ${s.name} table are out of order.`);
            }
            s.last = key;
          }
          s.check?.(values, s.rows);
          try {
            s.insert(values);
          } catch (error) {
            refuse(`Row ${s.rows + 1} of the ${s.name} table does not fit: ${plainSqliteError(error)}.`);
          }
          s.rows += 1;
          if (++count % 2000 === 0) {
            throwIfCancelled(options.signal);
            // Let a Cancel (and, in the app, other calls) through while a large file is read.
            await new Promise((resolve) => setImmediate(resolve));
          }
          continue;
        }
        const value = parseLine(line);
        if (!isRecord(value)) return refuse('The file is damaged: one of its lines is not one Someday writes.');
        if (value.end === true) {
          finish();
          trailer = value;
          continue;
        }
        whole.update(line);
        whole.update('\n');
        finish();
        const [name, columns] = expected[position] ?? [];
        if (typeof value.table !== 'string' || !Array.isArray(value.columns)) {
          refuse('The file is damaged: one of its lines is not one Someday writes.');
        }
        if (!name) return refuse(`The file has a table Someday does not know ("${String(value.table).slice(0, 40)}").`);
        if (value.table !== name) {
          if (!expected.some(([known]) => known === value.table)) {
            refuse(`The file has a table Someday does not know ("${String(value.table).slice(0, 40)}").`);
          }
          refuse(`The file is damaged or was changed by hand: its tables are not in the order Someday writes them.`);
        }
        if ((value.columns as unknown[]).join(',') !== columns!.join(',')) {
          refuse(`The columns of the ${name} table are not the ones Someday writes.`);
        }
        position += 1;
        const key = primaryKey(db, name);
        const entry = EXPORT_TABLES.find((table) => table.name === name);
        const statement = db.prepare(
          `INSERT INTO "${name}" (${columns!.map((c) => `"${c}"`).join(', ')}) VALUES (${columns!.map(() => '?').join(', ')})`,
        );
        section = {
          name,
          columns: columns!,
          key,
          keyIndex: key === null ? -1 : columns!.indexOf(key),
          hash: createHash('sha256'),
          rows: 0,
          last: undefined,
          insert: (values) => statement.run(values),
          check: current && entry ? (values, index) => checkRow(entry, toRow(columns!, values), index) : null,
        };
      }
      if (!trailer) refuse(CUT_SHORT);
      checkTrailer(trailer!, summaries, expected.length === position, whole.digest('hex'));
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
    db.pragma('foreign_keys = ON');
    migrateDatabase(db, file, { backup: false });
    checkStaged(db, current);
  });
  return { header, staging };
}

function checkTrailer(
  trailer: Record<string, unknown>,
  summaries: Record<string, TableSummary>,
  allTables: boolean,
  wholeHash: string,
): void {
  if (trailer.sha256 !== wholeHash) {
    refuse('The file is damaged: its contents do not match the checksum written at its end. Nothing was changed.');
  }
  const listed = isRecord(trailer.tables) ? trailer.tables : {};
  if (!allTables || Object.keys(listed).length !== Object.keys(summaries).length) {
    refuse('The file is damaged: its list of tables does not match its contents.');
  }
  for (const [name, summary] of Object.entries(summaries)) {
    const entry = listed[name];
    if (!isRecord(entry) || entry.rows !== summary.rows || entry.sha256 !== summary.sha256) {
      refuse(`The file is damaged: the ${name} table does not match its checksum.`);
    }
  }
}
