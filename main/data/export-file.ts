/**
 * The export file: one UTF-8 JSON document, versioned, whose body carries every table of
 * table-registry.ts and a manifest (rows and SHA-256 per table), sealed by a SHA-256 of the whole body.
 * The hash is over JSON.stringify(body) as read back, so any change to what the file says (one bit is
 * enough) is caught before a single row is looked at. docs/EXPORT-FORMAT.md describes it for people.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../core/api-result';
import { MAX_IMPORT_BYTES } from '../../core/data';
import type { Db } from '../db/connection';
import { getSchemaVersion } from '../db/migrate';
import { EXPORT_TABLES, type Cell } from './table-registry';

export const EXPORT_FORMAT = 'someday-export';
export const EXPORT_FORMAT_VERSION = 1;
export const MAX_ROWS_PER_TABLE = 500_000;
const MAX_CELL_CHARS = 1_000_000;

export interface ExportedTable {
  columns: string[];
  rows: Cell[][];
}

export interface ExportBody {
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  manifest: Record<string, { rows: number; sha256: string }>;
  tables: Record<string, ExportedTable>;
}

export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  sha256: string;
  body: ExportBody;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Reads every registered table, inside the caller's transaction so the snapshot is consistent. */
export function buildExport(db: Db, appVersion: string, now: Date): ExportDocument {
  const tables: Record<string, ExportedTable> = {};
  const manifest: ExportBody['manifest'] = {};
  for (const table of EXPORT_TABLES) {
    const columns = [...table.columns];
    const list = columns.map((column) => `"${column}"`).join(', ');
    const rows = db.prepare(`SELECT ${list} FROM "${table.name}" ORDER BY "${table.key}"`).raw().all() as Cell[][];
    tables[table.name] = { columns, rows };
    manifest[table.name] = { rows: rows.length, sha256: sha256(JSON.stringify(rows)) };
  }
  const body: ExportBody = {
    appVersion,
    schemaVersion: getSchemaVersion(db),
    createdAt: now.toISOString(),
    manifest,
    tables,
  };
  return { format: EXPORT_FORMAT, formatVersion: EXPORT_FORMAT_VERSION, sha256: sha256(JSON.stringify(body)), body };
}

/** One line of header and one body line per table row would be prettier; one compact line is enough and smaller. */
export function serializeExport(document: ExportDocument): string {
  return `${JSON.stringify(document)}\n`;
}

export function exportFileName(now: Date): string {
  return `someday-export-${now.toISOString().slice(0, 10)}.json`;
}

const refuse = (message: string): never => {
  throw new AppError('invalid-input', message);
};

const TableName = z.string().regex(/^[a-z][a-z0-9_]{0,62}$/);
const CellSchema = z.union([z.string().max(MAX_CELL_CHARS), z.number(), z.null()]);

const BodySchema = z
  .object({
    appVersion: z.string().max(40),
    schemaVersion: z.number().int().min(1).max(10_000),
    createdAt: z.string().max(40),
    manifest: z.record(
      TableName,
      z
        .object({
          rows: z.number().int().min(0).max(MAX_ROWS_PER_TABLE),
          sha256: z.string().regex(/^[0-9a-f]{64}$/),
        })
        .strict(),
    ),
    tables: z.record(
      TableName,
      z
        .object({
          columns: z.array(z.string().regex(/^[a-z][a-z0-9_]{0,62}$/)).max(200),
          rows: z.array(z.array(CellSchema).max(200)).max(MAX_ROWS_PER_TABLE),
        })
        .strict(),
    ),
  })
  .strict();

const HeaderSchema = z
  .object({
    format: z.string(),
    formatVersion: z.number(),
    sha256: z.string(),
    body: z.unknown(),
  })
  .strict();

/**
 * Checks the envelope of a file a person chose: size, UTF-8, JSON, format and version, the body's
 * SHA-256, the body's shape and the manifest. Rows are checked later, against a staging database.
 */
export function readExport(input: string | Uint8Array): ExportBody {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  if (bytes.byteLength === 0) refuse('The file is empty.');
  if (bytes.byteLength > MAX_IMPORT_BYTES) refuse('The file is larger than 64 MB, which no Someday export is.');
  let text = '';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    refuse('The file is not a Someday export: it is not UTF-8 text. It may be damaged.');
  }
  let raw: unknown;
  let polluted = false;
  try {
    raw = JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__') polluted = true;
      return value;
    });
  } catch {
    refuse('The file is not a Someday export, or it is damaged or cut short: it is not complete JSON.');
  }
  if (polluted) refuse('The file was changed by hand: it holds a "__proto__" entry, which Someday never writes.');
  const header = HeaderSchema.safeParse(raw);
  if (!header.success || header.data.format !== EXPORT_FORMAT) {
    refuse('The file is not a Someday export, or it is damaged: its header is not one Someday writes.');
  }
  const { formatVersion, sha256: expected, body } = header.data!;
  if (formatVersion !== EXPORT_FORMAT_VERSION) {
    refuse(
      formatVersion > EXPORT_FORMAT_VERSION
        ? `The file was made by a newer version of Someday (export format ${formatVersion}). Update Someday to import it.`
        : `The file uses an export format (${formatVersion}) this version of Someday does not read.`,
    );
  }
  if (sha256(JSON.stringify(body)) !== expected) {
    refuse('The file is damaged: its contents do not match the checksum written inside it. Nothing was changed.');
  }
  const parsed = BodySchema.safeParse(body);
  if (!parsed.success) refuse('The file is damaged or was changed by hand: its layout is not one Someday writes.');
  const checked = parsed.data!;
  const names = Object.keys(checked.tables);
  const listed = Object.keys(checked.manifest);
  if (names.length !== listed.length || names.some((name) => !Object.hasOwn(checked.manifest, name))) {
    refuse('The file is damaged: its list of tables does not match its contents.');
  }
  for (const name of names) {
    const table = checked.tables[name]!;
    const entry = checked.manifest[name]!;
    if (table.rows.length !== entry.rows || sha256(JSON.stringify(table.rows)) !== entry.sha256) {
      refuse(`The file is damaged: the ${name} table does not match its checksum.`);
    }
    const width = table.columns.length;
    if (new Set(table.columns).size !== width) refuse(`The file lists a column twice in the ${name} table.`);
    if (table.rows.some((row) => row.length !== width)) {
      refuse(`The file is damaged: a row of the ${name} table has the wrong number of values.`);
    }
  }
  return checked;
}
