/**
 * Tests aimed at mutants of main/data/export-layers.ts (issue 21; `npm run mutate -- --group encryption
 * --only main/data/export-layers.ts`): the file's layers called directly — the name, the gzip level and
 * scrypt cost settings, writing (never over a file unless asked, private, nothing partial left after a
 * failure or a cancel, a full disk in one sentence), and reading (each layer told by its first bytes, a
 * missing, wrong or second passphrase, a damaged file, progress, and the format 1 size limit).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  exportFileNameFor,
  exportToFile,
  gzipLevel,
  isEncryptedExport,
  MAX_FORMAT_1_BYTES,
  NEEDS_FILE_PASSPHRASE,
  openExportFile,
  scryptWorkFactor,
  stageExportFile,
  writeExportFile,
  WRONG_PASSPHRASE,
  type OpenedExport,
} from '../../main/data/export-layers';
import { CANCELLED } from '../../main/data/export-stream';
import { seedSampleData } from '../helpers/sample-data';
import { makeTempDir } from '../helpers/temp-dir';
import { createTestApp } from '../helpers/test-app';

const cleanups: (() => void)[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  cleanups.splice(0).forEach((fn) => fn());
});

function folder(): string {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  return temp.dir;
}

const PASS = 'a passphrase for this file';
const WORK = 10;
const LINES = [Buffer.from('{"line":1}\n'), Buffer.from('{"line":2}\n')];
const FORMAT_1 = '{"format":"someday-export","formatVersion":1,"rest":true}';

async function bytesOf(opened: OpenedExport): Promise<Buffer> {
  if (opened.kind === 'format-1') return opened.bytes;
  const parts: Buffer[] = [];
  for await (const chunk of opened.bytes) parts.push(chunk);
  return Buffer.concat(parts);
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = (await promise.then(
    () => null,
    (caught: unknown) => caught,
  )) as { code: string; message: string } | null;
  expect(error, 'was accepted').not.toBeNull();
  return { code: error!.code, message: error!.message };
}

describe('settings and names', () => {
  it('names the file by its day, with .age only when encrypted', () => {
    const now = new Date('2026-03-04T23:59:00Z');
    expect(exportFileNameFor(now, true)).toBe('someday-export-2026-03-04.jsonl.gz.age');
    expect(exportFileNameFor(now, false)).toBe('someday-export-2026-03-04.jsonl.gz');
  });

  it('uses gzip level 1 unless SOMEDAY_EXPORT_GZIP_LEVEL names a whole level from 1 to 9', () => {
    expect(gzipLevel({})).toBe(1);
    expect(gzipLevel({ SOMEDAY_EXPORT_GZIP_LEVEL: '1' })).toBe(1);
    expect(gzipLevel({ SOMEDAY_EXPORT_GZIP_LEVEL: '6' })).toBe(6);
    expect(gzipLevel({ SOMEDAY_EXPORT_GZIP_LEVEL: '9' })).toBe(9);
    for (const wrong of ['0', '10', '5.5', 'fast', '-3'])
      expect(gzipLevel({ SOMEDAY_EXPORT_GZIP_LEVEL: wrong })).toBe(1);
  });

  it('uses scrypt 2^17 unless SOMEDAY_EXPORT_SCRYPT_LOG_N names a whole cost from 10 to 20', () => {
    expect(scryptWorkFactor({})).toBe(17);
    expect(scryptWorkFactor({ SOMEDAY_EXPORT_SCRYPT_LOG_N: '10' })).toBe(10);
    expect(scryptWorkFactor({ SOMEDAY_EXPORT_SCRYPT_LOG_N: '20' })).toBe(20);
    for (const wrong of ['9', '21', '12.5', 'strong']) {
      expect(scryptWorkFactor({ SOMEDAY_EXPORT_SCRYPT_LOG_N: wrong })).toBe(17);
    }
  });

  it('reads the gzip level and the scrypt cost from the environment by default', () => {
    vi.stubEnv('SOMEDAY_EXPORT_GZIP_LEVEL', '7');
    vi.stubEnv('SOMEDAY_EXPORT_SCRYPT_LOG_N', '11');
    try {
      expect(gzipLevel()).toBe(7);
      expect(scryptWorkFactor()).toBe(11);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('isEncryptedExport', () => {
  it("is true only for a file that starts with age's whole header line", () => {
    const dir = folder();
    const file = (name: string, bytes: string | Buffer) => {
      fs.writeFileSync(path.join(dir, name), bytes);
      return path.join(dir, name);
    };
    expect(isEncryptedExport(file('age', 'age-encryption.org/v1\n-> scrypt ...'))).toBe(true);
    expect(isEncryptedExport(file('exact', 'age-encryption.org/v1\n'))).toBe(true);
    expect(isEncryptedExport(file('short', 'age-encryption.org/v1'))).toBe(false);
    expect(isEncryptedExport(file('other', 'age-encryption.org/v2\n...'))).toBe(false);
    expect(isEncryptedExport(file('gzip', zlib.gzipSync('x')))).toBe(false);
    expect(isEncryptedExport(file('empty', ''))).toBe(false);
  });
});

describe('writeExportFile', () => {
  it('writes gzip, or age around gzip with a passphrase, private, with its size, and no .partial left', async () => {
    const dir = folder();
    const plain = path.join(dir, 'plain.jsonl.gz');
    const written = await writeExportFile(plain, LINES, { passphrase: null });
    expect(written.bytes).toBe(fs.statSync(plain).size);
    expect(zlib.gunzipSync(fs.readFileSync(plain)).toString()).toBe('{"line":1}\n{"line":2}\n');
    expect(fs.statSync(plain).mode & 0o777).toBe(0o600);

    const sealed = path.join(dir, 'sealed.jsonl.gz.age');
    await writeExportFile(sealed, LINES, { passphrase: PASS, workFactor: WORK });
    expect(isEncryptedExport(sealed)).toBe(true);
    expect(fs.statSync(sealed).mode & 0o777).toBe(0o600);
    const opened = await openExportFile(sealed, [PASS]);
    expect(opened.encrypted).toBe(true);
    expect((await bytesOf(opened)).toString()).toBe('{"line":1}\n{"line":2}\n');
    expect(fs.readdirSync(dir).sort()).toEqual(['plain.jsonl.gz', 'sealed.jsonl.gz.age']);
  });

  it('writes with the scrypt cost it is given, and the default one otherwise', async () => {
    const dir = folder();
    const sealed = path.join(dir, 'sealed.age');
    await writeExportFile(sealed, LINES, { passphrase: PASS, workFactor: 11 });
    expect(fs.readFileSync(sealed, 'utf8')).toMatch(/\n-> scrypt \S+ 11\n/);
    vi.stubEnv('SOMEDAY_EXPORT_SCRYPT_LOG_N', '12');
    try {
      const other = path.join(dir, 'other.age');
      await writeExportFile(other, LINES, { passphrase: PASS });
      expect(fs.readFileSync(other, 'utf8')).toMatch(/\n-> scrypt \S+ 12\n/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('compresses at the level of SOMEDAY_EXPORT_GZIP_LEVEL', async () => {
    const dir = folder();
    const text = Array.from({ length: 4000 }, (_, i) => `{"row":${i},"note":"follow up ${i % 17}"}\n`).join('');
    const write = async (name: string, level: string) => {
      vi.stubEnv('SOMEDAY_EXPORT_GZIP_LEVEL', level);
      try {
        return (await writeExportFile(path.join(dir, name), [Buffer.from(text)], { passphrase: null })).bytes;
      } finally {
        vi.unstubAllEnvs();
      }
    };
    const fast = await write('fast.gz', '1');
    const best = await write('best.gz', '9');
    expect(fast).toBe(zlib.gzipSync(text, { level: 1 }).length);
    expect(best).toBe(zlib.gzipSync(text, { level: 9 }).length);
  });

  it('refuses to write over an existing file unless asked to replace it', async () => {
    const dir = folder();
    const out = path.join(dir, 'taken.jsonl.gz');
    fs.writeFileSync(out, 'someone else');
    const refused = await refusal(writeExportFile(out, LINES, { passphrase: null }));
    expect(refused).toEqual({ code: 'conflict', message: `${out} already exists; choose a new file name.` });
    expect(fs.readFileSync(out, 'utf8')).toBe('someone else');
    expect(fs.readdirSync(dir)).toEqual(['taken.jsonl.gz']);

    await writeExportFile(out, LINES, { passphrase: null, replace: true });
    expect(zlib.gunzipSync(fs.readFileSync(out)).toString()).toBe('{"line":1}\n{"line":2}\n');
  });

  it('refuses a file that appeared while it was writing, and removes its partial file', async () => {
    const dir = folder();
    const out = path.join(dir, 'raced.jsonl.gz');
    function* lines() {
      yield LINES[0]!;
      fs.writeFileSync(out, 'written meanwhile');
      yield LINES[1]!;
    }
    const refused = await refusal(writeExportFile(out, lines(), { passphrase: null }));
    expect(refused.code).toBe('conflict');
    expect(fs.readFileSync(out, 'utf8')).toBe('written meanwhile');
    expect(fs.readdirSync(dir)).toEqual(['raced.jsonl.gz']);
  });

  it('leaves nothing behind when cancelled, and says so in one sentence', async () => {
    const dir = folder();
    const out = path.join(dir, 'cancelled.jsonl.gz');
    const controller = new AbortController();
    function* lines() {
      yield LINES[0]!;
      controller.abort();
      yield LINES[1]!;
    }
    const refused = await refusal(writeExportFile(out, lines(), { passphrase: null, signal: controller.signal }));
    expect(refused).toEqual({ code: 'conflict', message: CANCELLED });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('says the disk is full in one sentence, and leaves no partial file', async () => {
    const dir = folder();
    const out = path.join(dir, 'full.jsonl.gz');
    vi.spyOn(fs, 'fsyncSync').mockImplementation(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    const refused = await refusal(writeExportFile(out, LINES, { passphrase: null }));
    expect(refused).toEqual({
      code: 'internal',
      message: 'The disk is full: the export was not written. Free some space and try again.',
    });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('passes any other failure on as it is, and leaves no partial file', async () => {
    const dir = folder();
    const out = path.join(dir, 'failed.jsonl.gz');
    vi.spyOn(fs, 'fsyncSync').mockImplementation(() => {
      throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
    });
    await expect(writeExportFile(out, LINES, { passphrase: null })).rejects.toThrow('EIO: i/o error');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('openExportFile', () => {
  async function sealed(dir: string, body: Buffer | string, passphrase = PASS): Promise<string> {
    const { Encrypter } = await import('age-encryption');
    const encrypter = new Encrypter();
    encrypter.setPassphrase(passphrase);
    encrypter.setScryptWorkFactor(WORK);
    const file = path.join(dir, 'sealed.age');
    fs.writeFileSync(file, await encrypter.encrypt(typeof body === 'string' ? Buffer.from(body) : body));
    return file;
  }

  it('refuses an empty file in one sentence', async () => {
    const file = path.join(folder(), 'empty');
    fs.writeFileSync(file, '');
    expect(await refusal(openExportFile(file, [PASS]))).toEqual({
      code: 'invalid-input',
      message: 'The file is empty.',
    });
  });

  it('asks for the passphrase when none, or only empty ones, are given', async () => {
    const file = await sealed(folder(), zlib.gzipSync('{"line":1}\n'));
    for (const passphrases of [[], [''], ['', '']]) {
      expect(await refusal(openExportFile(file, passphrases))).toEqual({
        code: 'needs-passphrase',
        message: NEEDS_FILE_PASSPHRASE,
      });
    }
  });

  it('refuses a wrong passphrase, and opens with the right one among several', async () => {
    const file = await sealed(folder(), zlib.gzipSync('{"line":1}\n'));
    expect(await refusal(openExportFile(file, ['not it']))).toEqual({
      code: 'invalid-input',
      message: 'This passphrase does not open the file. Nothing was changed.',
    });
    expect(WRONG_PASSPHRASE).toBe('This passphrase does not open the file. Nothing was changed.');
    const opened = await openExportFile(file, ['', 'not it', PASS]);
    expect(opened).toMatchObject({ kind: 'stream', encrypted: true });
    expect((await bytesOf(opened)).toString()).toBe('{"line":1}\n');
  });

  it('calls a damaged age header damaged, not a wrong passphrase', async () => {
    const dir = folder();
    const file = path.join(dir, 'damaged.age');
    fs.writeFileSync(file, 'age-encryption.org/v1\nthis is no stanza\n');
    const refused = await refusal(openExportFile(file, [PASS]));
    expect(refused.code).toBe('invalid-input');
    expect(refused.message).toMatch(/^The file is damaged or cut short: its encryption does not check out/);
  });

  it('calls a damaged body inside the encryption damaged', async () => {
    const dir = folder();
    // Random bytes do not compress: the damage is in a later 64 KB chunk, met while unzipping.
    const file = await sealed(dir, zlib.gzipSync(randomBytes(200_000)));
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 100]! ^= 1;
    fs.writeFileSync(file, bytes);
    const refused = await refusal(openExportFile(file, [PASS]).then(bytesOf));
    expect(refused.code).toBe('invalid-input');
    expect(refused.message).toMatch(/^The file is damaged or cut short: its encryption does not check out/);
  });

  it('calls damaged compressed data damaged', async () => {
    const dir = folder();
    const file = path.join(dir, 'damaged.gz');
    const gz = zlib.gzipSync(Buffer.alloc(50_000, 'y'));
    fs.writeFileSync(file, Buffer.concat([gz.subarray(0, 20), Buffer.alloc(40, 0xff)]));
    const refused = await refusal(openExportFile(file, []).then(bytesOf));
    expect(refused).toEqual({
      code: 'invalid-input',
      message: 'The file is damaged or cut short: its compressed data does not check out. Nothing was changed.',
    });
  });

  it('tells a format 1 document from a format 2 stream, compressed, encrypted or neither', async () => {
    const dir = folder();
    const plainOne = path.join(dir, 'one.json');
    fs.writeFileSync(plainOne, FORMAT_1);
    expect(await openExportFile(plainOne, [])).toMatchObject({ kind: 'format-1', encrypted: false });
    expect((await bytesOf(await openExportFile(plainOne, []))).toString()).toBe(FORMAT_1);

    const zippedOne = path.join(dir, 'one.json.gz');
    fs.writeFileSync(zippedOne, zlib.gzipSync(FORMAT_1));
    const opened = await openExportFile(zippedOne, []);
    expect(opened).toMatchObject({ kind: 'format-1', encrypted: false });
    expect((await bytesOf(opened)).toString()).toBe(FORMAT_1);

    const sealedOne = await sealed(dir, zlib.gzipSync(FORMAT_1));
    expect(await openExportFile(sealedOne, [PASS])).toMatchObject({ kind: 'format-1', encrypted: true });

    // A format 2 stream, even one starting like format 1 but for its version.
    const two = path.join(dir, 'two.jsonl');
    const other = FORMAT_1.replace('"formatVersion":1', '"formatVersion":2');
    fs.writeFileSync(two, other);
    const stream = await openExportFile(two, []);
    expect(stream).toMatchObject({ kind: 'stream', encrypted: false });
    expect((await bytesOf(stream)).toString()).toBe(other);

    // Shorter than every header: read back whole.
    const tiny = path.join(dir, 'tiny');
    fs.writeFileSync(tiny, '{}');
    expect((await bytesOf(await openExportFile(tiny, []))).toString()).toBe('{}');
  });

  it('reads a file larger than one read chunk back whole, and reports progress up to its size', async () => {
    const dir = folder();
    const file = path.join(dir, 'big.jsonl');
    const body = Buffer.from(Array.from({ length: 40_000 }, (_, i) => `{"row":${i}}\n`).join(''));
    fs.writeFileSync(file, body);
    const seen: { done: number; total: number }[] = [];
    const opened = await openExportFile(file, [], { onProgress: (progress) => seen.push(progress) });
    expect((await bytesOf(opened)).equals(body)).toBe(true);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toEqual({ done: body.length, total: body.length });
    expect(seen.every((p, i) => i === 0 || p.done > seen[i - 1]!.done)).toBe(true);
  });

  it('refuses a format 1 document over 64 MB in one sentence, and reads one of exactly 64 MB', async () => {
    const dir = folder();
    const build = (size: number) => {
      const body = Buffer.alloc(size, ' ');
      body.write(FORMAT_1.slice(0, -1));
      return zlib.gzipSync(body, { level: 1 });
    };
    const limit = path.join(dir, 'limit.json.gz');
    fs.writeFileSync(limit, build(MAX_FORMAT_1_BYTES));
    const opened = await openExportFile(limit, []);
    expect(opened.kind).toBe('format-1');
    expect((await bytesOf(opened)).length).toBe(MAX_FORMAT_1_BYTES);

    const over = path.join(dir, 'over.json.gz');
    fs.writeFileSync(over, build(MAX_FORMAT_1_BYTES + 1));
    expect(await refusal(openExportFile(over, []))).toEqual({
      code: 'too-large',
      message:
        'The file is a format 1 export larger than 64 MB, which Someday reads only in format 2. Export it again with this version.',
    });
  });
});

describe('exportToFile and stageExportFile', () => {
  it('export every row, count them, report progress, and read back into a staging copy with the same header', async () => {
    const app = createTestApp();
    cleanups.push(app.dispose);
    await seedSampleData(app, 3);
    const dir = folder();
    const out = path.join(dir, 'export.jsonl.gz.age');
    const now = new Date('2026-12-06T10:00:00Z');
    const seen: number[] = [];
    const options = { appVersion: '9.9.9', now, passphrase: PASS, workFactor: WORK };
    const written = await exportToFile(app.db, out, { ...options, onProgress: ({ done }) => seen.push(done) });
    expect(written.bytes).toBe(fs.statSync(out).size);
    expect(written.rows).toBeGreaterThan(3);
    expect(seen.at(-1)).toBe(written.rows);
    expect(isEncryptedExport(out)).toBe(true);

    // Refused over an existing file, unless asked to replace it.
    expect((await refusal(exportToFile(app.db, out, options))).code).toBe('conflict');
    await exportToFile(app.db, out, { ...options, replace: true });

    const progress: number[] = [];
    const staged = await stageExportFile(out, [PASS], app.dataDir, app.database.openFile, {
      onProgress: ({ done }) => progress.push(done),
    });
    try {
      expect(staged.encrypted).toBe(true);
      expect(staged.info).toMatchObject({ appVersion: '9.9.9', createdAt: now.toISOString() });
      expect(progress.length).toBeGreaterThan(0);
    } finally {
      staged.staging.dispose();
    }
  });

  it('stop when cancelled, leaving no file', async () => {
    const app = createTestApp();
    cleanups.push(app.dispose);
    await seedSampleData(app, 3);
    const dir = folder();
    const controller = new AbortController();
    controller.abort();
    const refused = await refusal(
      exportToFile(app.db, path.join(dir, 'x.jsonl.gz'), {
        appVersion: '1',
        now: new Date(),
        passphrase: null,
        signal: controller.signal,
      }),
    );
    expect(refused).toEqual({ code: 'conflict', message: CANCELLED });
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
