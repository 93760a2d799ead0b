/**
 * The layers around an export's lines (export-stream.ts), outermost first: age encryption with a
 * passphrase (https://age-encryption.org/v1, scrypt recipient; `age -d` opens it), then gzip, then the
 * JSON Lines. Writing goes to a temporary file beside the target, flushed to disk and renamed, so a full
 * disk or a cancel leaves no partial file. Reading recognises each layer by its first bytes, so an
 * encrypted, a plain (`--plain`) and an old format 1 file are all read from the same entry point.
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { AppError } from '../../core/api-result';
import type { Db } from '../db/connection';
import { EXPORT_FORMAT, readExport } from './export-file';
import { CANCELLED, exportLines, type Progress, type StreamHeader, type StreamOptions } from './export-stream';
import { splitLines, stageStream } from './import-stream';
import { stageExport, type OpenFile, type Staging } from './staging';
import { GZIP_CHUNK, gzipLevel, gzipMembers } from './gzip-members';
import { createPrivateFile } from './private-files';

const AGE_MAGIC = Buffer.from('age-encryption.org/v1\n', 'utf8');

/** Whether a file starts with age's header (an encrypted export), read from its first bytes only. */
export function isEncryptedExport(file: string): boolean {
  const head = Buffer.alloc(AGE_MAGIC.length);
  const fd = fs.openSync(file, 'r');
  try {
    return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.equals(AGE_MAGIC);
  } finally {
    fs.closeSync(fd);
  }
}
export { gzipLevel, gzipMembers };

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const FORMAT_1_PREFIX = `{"format":"${EXPORT_FORMAT}","formatVersion":1,`;
/** Format 1 files are one JSON document, read whole; the size they were always limited to. */
export const MAX_FORMAT_1_BYTES = 64 * 1024 * 1024;

export const WRONG_PASSPHRASE = 'This passphrase does not open the file. Nothing was changed.';
export const NEEDS_FILE_PASSPHRASE = 'This export is encrypted. Enter the passphrase it was saved with.';
const DAMAGED_ENCRYPTION =
  'The file is damaged or cut short: its encryption does not check out, so it was changed after it was saved. Nothing was changed.';
const DAMAGED_COMPRESSION =
  'The file is damaged or cut short: its compressed data does not check out. Nothing was changed.';

export function exportFileNameFor(now: Date, encrypted: boolean): string {
  return `someday-export-${now.toISOString().slice(0, 10)}.jsonl.gz${encrypted ? '.age' : ''}`;
}

/**
 * log2 of scrypt's cost for an export's passphrase: 2^17 takes 128 MB and about a second here. age's
 * default, 2^18, takes 256 MB, which would break the 300 MB ceiling of an export on its own. Tests lower
 * it through SOMEDAY_EXPORT_SCRYPT_LOG_N (10 to 20), as they lower the data folder's own KDF.
 */
export function scryptWorkFactor(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.SOMEDAY_EXPORT_SCRYPT_LOG_N);
  return Number.isInteger(asked) && asked >= 10 && asked <= 20 ? asked : 17;
}

async function ageModule() {
  return import('age-encryption');
}

/** Writes `chunks` (export lines) gzipped and, with a passphrase, age-encrypted, to `out`; never overwrites. */
export async function writeExportFile(
  out: string,
  chunks: Iterable<Buffer>,
  options: {
    passphrase: string | null;
    signal?: AbortSignal | undefined;
    workFactor?: number | undefined;
    /** Replace an existing file (the desktop's save dialog asked already); otherwise refuse it. */
    replace?: boolean | undefined;
  },
): Promise<{ bytes: number }> {
  const partial = `${out}.partial`;
  const refuseExisting = () => {
    if (!options.replace && fs.existsSync(out)) {
      throw new AppError('conflict', `${out} already exists; choose a new file name.`);
    }
  };
  refuseExisting();
  createPrivateFile(partial);
  try {
    // The lines are built on the main thread while the members before them are compressed on the
    // thread pool. A failure of the lines (a cancel) ends this stream with it, and so every one after it.
    let stream: Readable = Readable.from(gzipMembers(chunks, gzipLevel()), {
      objectMode: false,
      highWaterMark: 4 * GZIP_CHUNK,
    });
    if (options.passphrase !== null) {
      const { Encrypter } = await ageModule();
      const encrypter = new Encrypter();
      encrypter.setPassphrase(options.passphrase);
      encrypter.setScryptWorkFactor(options.workFactor ?? scryptWorkFactor());
      const encrypted = await encrypter.encrypt(Readable.toWeb(stream) as ReadableStream<Uint8Array>);
      stream = Readable.fromWeb(encrypted as import('node:stream/web').ReadableStream<Uint8Array>);
    }
    await pipeline(stream, fs.createWriteStream(partial, { flags: 'r+' }), { signal: options.signal });
    const fd = fs.openSync(partial, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    refuseExisting();
    fs.renameSync(partial, out);
    return { bytes: fs.statSync(out).size };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    if (options.signal?.aborted) throw new AppError('conflict', CANCELLED);
    if ((error as NodeJS.ErrnoException).code === 'ENOSPC') {
      throw new AppError('internal', 'The disk is full: the export was not written. Free some space and try again.');
    }
    throw error;
  }
}

/** The first `size` bytes of a stream, and the whole stream again (those bytes included). */
async function peek(
  source: AsyncIterable<Buffer>,
  size: number,
): Promise<{ head: Buffer; all: AsyncGenerator<Buffer> }> {
  const iterator = source[Symbol.asyncIterator]();
  const taken: Buffer[] = [];
  let length = 0;
  let finished = false;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) {
      finished = true;
      break;
    }
    taken.push(next.value);
    length += next.value.length;
  }
  async function* all(): AsyncGenerator<Buffer> {
    yield* taken;
    if (finished) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head: Buffer.concat(taken).subarray(0, size), all: all() };
}

async function* mapErrors(source: AsyncIterable<Buffer>, message: string): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of source) yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid-input', message);
  }
}

export type OpenedExport =
  | { kind: 'format-1'; bytes: Buffer; encrypted: boolean }
  | { kind: 'stream'; bytes: AsyncGenerator<Buffer>; encrypted: boolean };

/**
 * Opens an export file for reading: decrypts it with one of `passphrases` when it is encrypted (a
 * wrong one is refused before anything else happens), unzips it when it is compressed, and tells a
 * format 1 document (read whole) from a format 2 stream.
 */
export async function openExportFile(
  file: string,
  passphrases: readonly string[],
  options: { onProgress?: ((progress: Progress) => void) | undefined } = {},
): Promise<OpenedExport> {
  const total = fs.statSync(file).size;
  if (total === 0) throw new AppError('invalid-input', 'The file is empty.');
  const raw = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  let done = 0;
  raw.on('data', (chunk) => {
    done += chunk.length;
    options.onProgress?.({ done, total });
  });
  let { head, all } = await peek(raw, AGE_MAGIC.length);
  let encrypted = false;
  if (head.equals(AGE_MAGIC)) {
    encrypted = true;
    const usable = passphrases.filter((passphrase) => passphrase.length > 0);
    if (usable.length === 0) {
      raw.destroy();
      throw new AppError('needs-passphrase', NEEDS_FILE_PASSPHRASE);
    }
    const { Decrypter } = await ageModule();
    const decrypter = new Decrypter();
    for (const passphrase of usable) decrypter.addPassphrase(passphrase);
    let plain: ReadableStream<Uint8Array>;
    try {
      plain = await decrypter.decrypt(Readable.toWeb(Readable.from(all)) as ReadableStream<Uint8Array>);
    } catch (error) {
      raw.destroy();
      const message = error instanceof Error ? error.message : '';
      if (/no identity matched|incorrect passphrase|decrypt/i.test(message)) {
        throw new AppError('invalid-input', WRONG_PASSPHRASE);
      }
      throw new AppError('invalid-input', DAMAGED_ENCRYPTION);
    }
    ({ head, all } = await peek(
      mapErrors(Readable.fromWeb(plain as import('node:stream/web').ReadableStream<Uint8Array>), DAMAGED_ENCRYPTION),
      GZIP_MAGIC.length,
    ));
  }
  if (head.subarray(0, 2).equals(GZIP_MAGIC)) {
    const gunzip = zlib.createGunzip();
    pipeline(Readable.from(all), gunzip).catch(() => undefined);
    ({ head, all } = await peek(mapErrors(gunzip, DAMAGED_COMPRESSION), FORMAT_1_PREFIX.length));
  } else {
    ({ head, all } = await peek(all, FORMAT_1_PREFIX.length));
  }
  if (head.toString('utf8') === FORMAT_1_PREFIX) {
    const parts: Buffer[] = [];
    let length = 0;
    for await (const chunk of all) {
      length += chunk.length;
      if (length > MAX_FORMAT_1_BYTES) {
        raw.destroy();
        throw new AppError(
          'too-large',
          'The file is a format 1 export larger than 64 MB, which Someday reads only in format 2. Export it again with this version.',
        );
      }
      parts.push(chunk);
    }
    return { kind: 'format-1', bytes: Buffer.concat(parts), encrypted };
  }
  return { kind: 'stream', bytes: all, encrypted };
}

export interface ExportWritten {
  bytes: number;
  rows: number;
}

/** Exports every table of `db` (a snapshot nobody writes to meanwhile) to the file `out`. */
export async function exportToFile(
  db: Db,
  out: string,
  options: StreamOptions & {
    appVersion: string;
    now: Date;
    passphrase: string | null;
    workFactor?: number;
    replace?: boolean;
  },
): Promise<ExportWritten> {
  let rows = 0;
  const lines = exportLines(db, options.appVersion, options.now, {
    signal: options.signal,
    onProgress: (progress) => {
      rows = progress.done;
      options.onProgress?.(progress);
    },
  });
  const { bytes } = await writeExportFile(out, lines, {
    passphrase: options.passphrase,
    signal: options.signal,
    workFactor: options.workFactor,
    replace: options.replace,
  });
  return { bytes, rows };
}

export type ExportInfo = Pick<StreamHeader, 'appVersion' | 'schemaVersion' | 'createdAt'>;

/** Reads an export file of any format into a checked staging copy (staging.ts), or refuses it in one sentence. */
export async function stageExportFile(
  file: string,
  passphrases: readonly string[],
  dataDir: string,
  open: OpenFile,
  options: StreamOptions = {},
): Promise<{ info: ExportInfo; staging: Staging; encrypted: boolean }> {
  const opened = await openExportFile(file, passphrases, { onProgress: options.onProgress });
  if (opened.kind === 'format-1') {
    const body = readExport(opened.bytes);
    return { info: body, staging: stageExport(body, dataDir, open), encrypted: opened.encrypted };
  }
  const { header, staging } = await stageStream(splitLines(opened.bytes), dataDir, open, options);
  return { info: header, staging, encrypted: opened.encrypted };
}
