/**
 * The conversion of a plaintext folder from an earlier version (main/protection/convert.ts), killed with
 * SIGKILL at random moments (issue 13 item 4): after every kill either the old plain database or the new
 * encrypted one (with the key file's key) opens with every row, never neither; and the next start finishes
 * the conversion with every row and no plain copy left. `npm test` runs 20 kills;
 * `npm run reliability` runs as many as its crash kills (`SOMEDAY_RELIABILITY_CONVERSION_KILLS`).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, DATABASE_FILE_NAME, isPlainDatabase, openDatabase } from '../../main/db/connection';
import { migrateDatabase } from '../../main/db/migrate';
import { readKeyFile, unlockWithPassphrase } from '../../main/protection/keyring';
import { unlockFolder } from '../../main/protection/unlock';
import { TEST_KDF, TEST_PASSPHRASE } from '../helpers/test-app';
import { assertBuilt, countFromEnv, makeDir } from './harness';

const KILLS = countFromEnv('SOMEDAY_RELIABILITY_CONVERSION_KILLS', 20);
const CHILD = path.join(__dirname, 'convert-child.cjs');
const ROWS = 3000;
const MARKER = 'Zebediah Quillfeather';
let template: string;
const made: string[] = [];

/** A plaintext folder as the previous version left it: ROWS contacts and a plain backup. */
function makePlainFolder(dir: string): void {
  const file = path.join(dir, DATABASE_FILE_NAME);
  const db = openDatabase(file);
  migrateDatabase(db, file);
  const insert = db.prepare(
    `INSERT INTO contacts (name, notes, relationship, status, created_at, updated_at) VALUES (?, ?, 'recruiter', 'rejected', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
  );
  db.transaction(() => {
    for (let i = 0; i < ROWS; i += 1) insert.run(`${MARKER} ${i}`, 'notes '.repeat(40));
  })();
  fs.mkdirSync(path.join(dir, 'backups'), { mode: 0o700 });
  db.prepare('VACUUM INTO ?').run(path.join(dir, 'backups', 'someday-2026-01-01T00-00-00-000Z-daily.sqlite'));
  closeDatabase(db);
}

function copyFolder(from: string): string {
  const dir = makeDir('someday-convert-');
  made.push(dir);
  fs.cpSync(from, dir, { recursive: true });
  return dir;
}

/** Runs the child, killing it `killAfterMs` after it starts converting (or letting it finish); its duration. */
function runChild(dataDir: string, killAfterMs: number | null): Promise<{ ms: number; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dataDir, TEST_PASSPHRASE], { stdio: ['ignore', 'pipe', 'pipe'] });
    let started = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      if (started === 0 && chunk.toString().includes('start')) {
        started = Date.now();
        if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal === null && code !== 0) reject(new Error(`the conversion child failed: ${stderr}`));
      else resolve({ ms: Date.now() - started, signal });
    });
  });
}

/** Which database opens with every row right now: the old plain one, or the new one with the key file's key. */
function usableNow(dataDir: string): 'plain' | 'encrypted' | 'neither' {
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  try {
    if (isPlainDatabase(file)) {
      const db = new Database(file, { readonly: true, fileMustExist: true });
      try {
        const ok = db.pragma('integrity_check', { simple: true }) === 'ok';
        const count = (db.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n;
        return ok && count === ROWS ? 'plain' : 'neither';
      } finally {
        db.close();
      }
    }
    const keys = readKeyFile(dataDir);
    if (!keys) return 'neither';
    const db = openDatabase(file, { key: unlockWithPassphrase(keys, TEST_PASSPHRASE), readonly: true });
    try {
      const ok = db.pragma('integrity_check', { simple: true }) === 'ok';
      const count = (db.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n;
      return ok && count === ROWS ? 'encrypted' : 'neither';
    } finally {
      db.close();
    }
  } catch {
    return 'neither';
  }
}

function plainLeftovers(dataDir: string): string[] {
  return fs
    .readdirSync(dataDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && fs.readFileSync(path.join(entry.parentPath, entry.name)).includes(MARKER))
    .map((entry) => entry.name);
}

beforeAll(() => {
  assertBuilt();
  template = makeDir('someday-convert-template-');
  made.push(template);
  makePlainFolder(template);
});
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('converting a plaintext folder, killed at random moments', () => {
  it(`leaves the old or the new database usable after each of ${KILLS} kills, and the next start finishes`, async () => {
    const full = await runChild(copyFolder(template), null);
    expect(full.signal).toBeNull();
    const seed = Number(process.env.SOMEDAY_RELIABILITY_SEED ?? Date.now() % 1_000_000);
    const seen = { plain: 0, encrypted: 0, neither: 0, extra: 0 };
    const killAt = async (kill: number, at: number): Promise<void> => {
      const dataDir = copyFolder(template);
      await runChild(dataDir, Math.round(at * full.ms));
      const state = usableNow(dataDir);
      seen[state] += 1;
      expect({ kill, seed, at, state }).not.toMatchObject({ state: 'neither' });
      // The next start (with the same passphrase) finishes the conversion: every row, nothing plain left.
      const result = unlockFolder(dataDir, { passphrase: TEST_PASSPHRASE }, TEST_KDF);
      const db = openDatabase(path.join(dataDir, DATABASE_FILE_NAME), { key: result.key });
      expect((db.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n).toBe(ROWS);
      closeDatabase(db);
      expect(isPlainDatabase(path.join(dataDir, DATABASE_FILE_NAME))).toBe(false);
      expect(plainLeftovers(dataDir)).toStrictEqual([]);
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
    // Spread over the whole conversion, and a little past it.
    for (let kill = 0; kill < KILLS; kill += 1) await killAt(kill, (((seed + kill * 7919) % 1000) / 1000) * 1.1);
    // A busy machine stretches the later runs past the first one's length, so every kill can land before the swap
    // (or, on a fast one, after it). Then more kills walk towards the side not yet seen until it is.
    for (let extra = 1; extra <= KILLS && (seen.plain === 0 || seen.encrypted === 0); extra += 1) {
      seen.extra = extra;
      await killAt(KILLS + extra, seen.encrypted === 0 ? 1 + extra * 0.5 : 0.5 / (extra + 1));
    }
    console.log(`[reliability] conversion ${JSON.stringify({ kills: KILLS, seed, fullMs: full.ms, ...seen })}`);
    expect(seen.neither).toBe(0);
    // The kills must land on both sides of the swap, or the test proves little.
    expect(seen.plain).toBeGreaterThan(0);
    expect(seen.encrypted).toBeGreaterThan(0);
  });
});
