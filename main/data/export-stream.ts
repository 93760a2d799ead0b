/**
 * Export format 2: JSON Lines, written and read as a stream so neither side ever holds the data in
 * memory (docs/EXPORT-FORMAT.md). One header line, then per table a section line naming its columns
 * followed by one line per row (sorted by the table's key), then one trailer line with the row count and
 * SHA-256 of each table's row lines and the SHA-256 of every byte before the trailer. This module knows
 * only lines; compression and encryption are the layers around it (export-layers.ts).
 */
import { createHash, type Hash } from 'node:crypto';
import { AppError } from '../../core/api-result';
import type { Db } from '../db/connection';
import { getSchemaVersion } from '../db/migrate';
import { EXPORT_FORMAT } from './export-file';
import { EXPORT_TABLES } from './table-registry';

export const STREAM_FORMAT_VERSION = 2;
/** No line Someday writes comes near this (a cell holds at most a million characters). */
export const MAX_LINE_BYTES = 32 * 1024 * 1024;
/** Lines are handed on in chunks of about this size. */
const CHUNK_BYTES = 256 * 1024;

export interface StreamHeader {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
}

export interface TableSummary {
  rows: number;
  sha256: string;
}

export interface Progress {
  /** Rows written or read so far (export), bytes of the file read so far (import). */
  done: number;
  total: number;
}

export interface StreamOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: Progress) => void) | undefined;
}

export const CANCELLED = 'Cancelled. Nothing was changed.';

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('conflict', CANCELLED);
}

/** Each table's rows from `db` as export lines, in chunks; `db` must not change meanwhile (a snapshot). */
export function* exportLines(
  db: Db,
  appVersion: string,
  now: Date,
  options: StreamOptions = {},
): Generator<Buffer, { rows: number }> {
  const whole = createHash('sha256');
  const tables: Record<string, TableSummary> = {};
  const total = EXPORT_TABLES.reduce(
    (sum, table) => sum + (db.prepare(`SELECT count(*) FROM "${table.name}"`).pluck().get() as number),
    0,
  );
  let done = 0;
  // Row lines wait as strings and go out as one UTF-8 buffer of about CHUNK_BYTES, hashed once as a
  // whole (the table's and the file's SHA-256 over the same bytes) rather than line by line.
  let pending: string[] = [];
  let pendingLength = 0;
  const take = (hash: Hash | null): Buffer => {
    const chunk = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    pendingLength = 0;
    hash?.update(chunk);
    whole.update(chunk);
    return chunk;
  };
  const header: StreamHeader = {
    format: EXPORT_FORMAT,
    formatVersion: STREAM_FORMAT_VERSION,
    appVersion,
    schemaVersion: getSchemaVersion(db),
    createdAt: now.toISOString(),
  };
  pending.push(`${JSON.stringify(header)}\n`);
  for (const table of EXPORT_TABLES) {
    const columns = [...table.columns];
    pending.push(`${JSON.stringify({ table: table.name, columns })}\n`);
    yield take(null);
    const hash = createHash('sha256');
    let rows = 0;
    // SQLite writes each row's JSON array itself (json_array: text escaped as JSON.stringify does,
    // reals with 17 significant digits, so every value reads back the same), which spares building a
    // JavaScript array per row and stringifying it: about a quarter of the lines' cost.
    const list = columns.map((column) => `"${column}"`).join(', ');
    const select = db.prepare(`SELECT json_array(${list}) FROM "${table.name}" ORDER BY "${table.key}"`).pluck();
    for (const json of select.iterate() as Iterable<string>) {
      const line = `${json}\n`;
      pending.push(line);
      pendingLength += line.length;
      rows += 1;
      done += 1;
      if (pendingLength >= CHUNK_BYTES) {
        throwIfCancelled(options.signal);
        options.onProgress?.({ done, total });
        yield take(hash);
      }
    }
    if (pending.length > 0) yield take(hash);
    tables[table.name] = { rows, sha256: hash.digest('hex') };
  }
  const trailer = `${JSON.stringify({ end: true, tables, sha256: whole.digest('hex') })}\n`;
  options.onProgress?.({ done, total });
  yield Buffer.from(trailer, 'utf8');
  return { rows: done };
}
