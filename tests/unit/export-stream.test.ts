import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExport, serializeExport } from '../../main/data/export-file';
import { exportToFile, stageExportFile, WRONG_PASSPHRASE } from '../../main/data/export-layers';
import { exportLines } from '../../main/data/export-stream';
import { contentChecksum, replaceContents } from '../../main/data/staging';
import { seedSampleData } from '../helpers/sample-data';
import { createTestApp } from '../helpers/test-app';
import { makeTempDir } from '../helpers/temp-dir';

/**
 * Export format 2 through its layers (export-stream.ts, export-layers.ts): round trips, and every kind
 * of damaged or wrong file refused in one sentence with the data and the data folder unchanged.
 */
type TestApp = ReturnType<typeof createTestApp>;
const temp = makeTempDir('someday-export-stream-');
let source: TestApp;
let target: TestApp;
let encrypted: string;
let plain: string;
let lines: string;
const PASS = 'a passphrase for this file';
const WORK = 10;

/** A tiny deterministic generator, so a failure names the same cut or flip again. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function filesIn(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

async function stageInto(app: TestApp, file: string, passphrases: string[] = [PASS]) {
  return stageExportFile(file, passphrases, app.dataDir, app.database.openFile);
}

/** Imports `file` into the target, or throws; the target's data is compared by the callers. */
async function importInto(app: TestApp, file: string, passphrases: string[] = [PASS]) {
  const { staging } = await stageInto(app, file, passphrases);
  try {
    replaceContents(app.db, staging.db);
  } finally {
    staging.dispose();
  }
}

/** Expects `file` refused with a message matching `pattern`, and the target and its folder unchanged. */
async function expectRefused(file: string, pattern?: RegExp, passphrases: string[] = [PASS]) {
  const before = contentChecksum(target.db);
  const folder = filesIn(target.dataDir);
  const error = await importInto(target, file, passphrases).then(
    () => null,
    (caught: unknown) => caught as Error,
  );
  expect(error, `${path.basename(file)} was accepted`).not.toBeNull();
  expect(error!.name).toBe('AppError');
  if (pattern) expect(error!.message).toMatch(pattern);
  expect(contentChecksum(target.db)).toBe(before);
  expect(filesIn(target.dataDir)).toEqual(folder);
  return error!.message;
}

function write(name: string, bytes: Buffer | string): string {
  const file = path.join(temp.dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

beforeAll(async () => {
  source = createTestApp();
  target = createTestApp();
  await seedSampleData(source, 30);
  await seedSampleData(target, 3);
  const now = new Date('2026-12-06T10:00:00Z');
  encrypted = path.join(temp.dir, 'export.jsonl.gz.age');
  plain = path.join(temp.dir, 'export.jsonl.gz');
  const options = { appVersion: '0.0.0-test', now, workFactor: WORK };
  await exportToFile(source.db, encrypted, { ...options, passphrase: PASS });
  await exportToFile(source.db, plain, { ...options, passphrase: null });
  lines = Buffer.concat([...exportLines(source.db, '0.0.0-test', now)]).toString('utf8');
});

afterAll(() => {
  source.dispose();
  target.dispose();
  temp.cleanup();
});

describe('export format 2', () => {
  it('writes an age file, a gzip file, and JSON lines with a header, sections and a trailer', () => {
    expect(fs.readFileSync(encrypted).subarray(0, 22).toString()).toBe('age-encryption.org/v1\n');
    expect(fs.readFileSync(encrypted).includes(Buffer.from('Person 1'))).toBe(false);
    expect(zlib.gunzipSync(fs.readFileSync(plain)).toString('utf8')).toBe(lines);
    const all = lines.trimEnd().split('\n');
    expect(JSON.parse(all[0]!)).toMatchObject({ format: 'someday-export', formatVersion: 2 });
    expect(JSON.parse(all.at(-1)!)).toMatchObject({ end: true, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(fs.statSync(encrypted).mode & 0o777).toBe(0o600);
    expect(fs.existsSync(`${encrypted}.partial`)).toBe(false);
  });

  it('round-trips encrypted, plain and uncompressed files exactly', async () => {
    for (const file of [encrypted, plain, write('lines.jsonl', lines)]) {
      const fresh = createTestApp();
      try {
        await importInto(fresh, file);
        expect(contentChecksum(fresh.db)).toBe(contentChecksum(source.db));
      } finally {
        fresh.dispose();
      }
    }
  });

  it('still reads format 1 files', async () => {
    const document = source.db.transaction(() => buildExport(source.db, '0.0.0-test', new Date()))();
    const fresh = createTestApp();
    try {
      await importInto(fresh, write('old.json', serializeExport(document)));
      expect(contentChecksum(fresh.db)).toBe(contentChecksum(source.db));
    } finally {
      fresh.dispose();
    }
  });

  it('refuses a wrong passphrase, and no passphrase, with nothing changed', async () => {
    expect(await expectRefused(encrypted, undefined, ['not it'])).toBe(WRONG_PASSPHRASE);
    await expectRefused(encrypted, /encrypted\. Enter the passphrase/, []);
  });

  it('refuses the encrypted and the plain file cut at random points', async () => {
    const next = random(7);
    for (const original of [encrypted, plain]) {
      const bytes = fs.readFileSync(original);
      for (let i = 0; i < 8; i++) {
        const at = Math.floor(next() * (bytes.length - 1)) + 1;
        await expectRefused(write(`cut-${i}`, bytes.subarray(0, at)));
      }
    }
  });

  it('refuses the encrypted and the plain file with one bit flipped at random points', async () => {
    const next = random(11);
    for (const original of [encrypted, plain]) {
      const bytes = fs.readFileSync(original);
      for (let i = 0; i < 8; i++) {
        const flipped = Buffer.from(bytes);
        const at = Math.floor(next() * bytes.length);
        flipped[at]! ^= 1 << Math.floor(next() * 8);
        await expectRefused(write(`flip-${i}`, flipped));
      }
    }
  });

  it('refuses a bit flipped anywhere in the lines themselves (no compression to catch it)', async () => {
    const next = random(3);
    const bytes = Buffer.from(lines, 'utf8');
    for (let i = 0; i < 12; i++) {
      const flipped = Buffer.from(bytes);
      flipped[Math.floor(next() * bytes.length)]! ^= 1 << Math.floor(next() * 7);
      await expectRefused(write(`line-flip-${i}`, flipped));
    }
  });

  it('names a duplicated row, reordered rows, a cut, an oversized line, a newer or a wrong format', async () => {
    const all = lines.split('\n');
    const firstRow = all.findIndex((line) => line.startsWith('['));
    const duplicated = [...all.slice(0, firstRow + 1), all[firstRow], ...all.slice(firstRow + 1)].join('\n');
    expect(await expectRefused(write('dup.jsonl', duplicated))).toMatch(/lists the same contacts row \(id 1\) twice/);
    const swapped = [...all];
    [swapped[firstRow], swapped[firstRow + 1]] = [swapped[firstRow + 1]!, swapped[firstRow]!];
    expect(await expectRefused(write('swap.jsonl', swapped.join('\n')))).toMatch(/out of order/);
    const noTrailer = all.slice(0, -2).join('\n') + '\n';
    expect(await expectRefused(write('short.jsonl', noTrailer))).toMatch(/cut short/);
    const huge = [all[0], all[1], `["${'x'.repeat(33 * 1024 * 1024)}`].join('\n');
    expect(await expectRefused(write('huge.jsonl', huge))).toMatch(/longer than 32 MB/);
    const newer = lines.replace('"formatVersion":2', '"formatVersion":3');
    expect(await expectRefused(write('newer.jsonl', newer))).toMatch(/newer version of Someday \(export format 3\)/);
    expect(await expectRefused(write('other.json', '{"hello":"world"}\n'))).toMatch(/not a Someday export/);
    expect(await expectRefused(write('empty.json', ''))).toMatch(/empty/);
    const joined = lines + lines;
    expect(await expectRefused(write('joined.jsonl', joined))).toMatch(/goes on after its last line/);
  });
});
