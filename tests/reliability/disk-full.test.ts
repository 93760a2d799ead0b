/**
 * A full disk: the writer saves contacts with large notes until the disk is full. The app must answer
 * with its error shape and a plain sentence (SQLITE_FULL mapped in main/handlers/dispatch.ts), keep
 * working (the failed transaction rolled back), and lose nothing it had already acknowledged. Once
 * space is freed, saving works again.
 *
 * Two disks: a real 3 MB tmpfs when this machine lets us mount one (root), otherwise the power-cut
 * library's ENOSPC mode; and the ENOSPC mode always, so both paths are covered wherever they can be.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../main/db/connection';
import { openWithKey } from '../helpers/protected-folder';
import { TEST_KDF, TEST_PASSPHRASE } from '../helpers/test-app';
import { createAppContext } from '../../main/app-context';
import { APP_ROOT, assertBuilt, compilePowercut, Ledger, makeDir, prepareDataDir, runWriter, verify } from './harness';

const FULL_MESSAGE = 'The disk is full, so this change was not saved. Free some space and try again.';
let workDir: string;
let library: string;
const mounts: string[] = [];

beforeAll(() => {
  assertBuilt();
  workDir = makeDir('someday-diskfull-');
  library = compilePowercut(workDir);
});
afterAll(() => {
  for (const mount of mounts) spawnSync('umount', [mount]);
  fs.rmSync(workDir, { recursive: true, force: true });
});

/** Mounts a small tmpfs; returns false where mounting is not allowed (not root, or in a container). */
function mountTmpfs(dir: string, size: string): boolean {
  fs.mkdirSync(dir, { recursive: true });
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { encoding: 'utf8' });
  if (result.status !== 0) return false;
  mounts.push(dir);
  return true;
}

async function fillAndCheck(dataDir: string, env: NodeJS.ProcessEnv, freeSpace: () => void) {
  const ledger = new Ledger();
  const run = await runWriter({ dataDir, mode: 'fill', seed: 42, epoch: 1, env });
  expect(run.code).toBe(0);
  const acknowledged = ledger.record(run.lines);
  const errorLine = run.lines.find((line) => line.startsWith('F '));
  const againLine = run.lines.find((line) => line.startsWith('G '));
  expect(errorLine).toBeDefined();
  // The person sees a plain sentence through the usual error shape, and the next (tiny) save is refused the
  // same way, or saved when the rolled-back attempt left room for it (the encrypted database's pages, with
  // their authentication tags, fill the disk at a different point).
  expect(JSON.parse(errorLine!.slice(2))).toEqual({ code: 'internal', message: FULL_MESSAGE });
  expect([JSON.stringify({ code: 'internal', message: FULL_MESSAGE }), JSON.stringify({ ok: true })]).toContain(
    againLine!.slice(2),
  );
  expect(run.lines).toContain('inTransaction false');
  expect(acknowledged).toBeGreaterThan(5);

  // Nothing acknowledged before the disk filled is lost, and the file is sound.
  const verdict = verify(dataDir, ledger);
  expect(verdict).toMatchObject({ integrity: 'ok', foreignKeyProblems: 0, lost: [], partial: [] });

  // With space again, the app saves as before.
  freeSpace();
  const app = createAppContext({
    dataDir,
    mode: 'browser',
    version: '0.0.0-test',
    templatesDir: path.join(APP_ROOT, 'templates'),
    secret: { passphrase: TEST_PASSPHRASE },
    kdf: TEST_KDF,
  });
  try {
    expect(await app.call('contacts:create', { name: 'After the disk was freed' })).toMatchObject({ ok: true });
  } finally {
    app.close();
  }
  const db = openWithKey(dataDir);
  const count = (db.prepare("SELECT count(*) AS n FROM contacts WHERE name LIKE 'c-%'").get() as { n: number }).n;
  closeDatabase(db);
  expect(count).toBeGreaterThanOrEqual(acknowledged);
  return acknowledged;
}

describe('a full disk', () => {
  it('on a small disk (a 3 MB tmpfs, or the ENOSPC library where mounting is not allowed): a clear message, nothing lost', async () => {
    const disk = path.join(workDir, 'disk');
    const dataDir = path.join(disk, 'data');
    const tmpfs = mountTmpfs(disk, '3m');
    fs.mkdirSync(dataDir, { recursive: true });
    prepareDataDir(dataDir);
    const filler = path.join(disk, 'filler');
    // Leave about 600 KB free so the disk fills after a few dozen saves.
    if (tmpfs) {
      const free = fs.statfsSync(disk).bavail * fs.statfsSync(disk).bsize;
      fs.writeFileSync(filler, Buffer.alloc(Math.max(0, free - 600 * 1024)));
    }
    const env: NodeJS.ProcessEnv = tmpfs
      ? {}
      : { LD_PRELOAD: library, POWERCUT_DIR: dataDir, POWERCUT_ENOSPC_AFTER: String(600 * 1024) };
    const saved = await fillAndCheck(dataDir, env, () => fs.rmSync(filler, { force: true }));
    console.log(`[reliability] disk full (${tmpfs ? 'tmpfs' : 'ENOSPC library'}): ${saved} saves kept`);
  });

  it('with the ENOSPC library: a clear message, nothing lost', async () => {
    const dataDir = path.join(workDir, 'enospc');
    fs.mkdirSync(dataDir);
    prepareDataDir(dataDir);
    const env = { LD_PRELOAD: library, POWERCUT_DIR: dataDir, POWERCUT_ENOSPC_AFTER: String(400 * 1024) };
    const saved = await fillAndCheck(dataDir, env, () => undefined);
    console.log(`[reliability] disk full (ENOSPC library): ${saved} saves kept`);
  });

  it('makes a failed daily backup visible with its reason and a next try, and saving keeps working', async () => {
    const dataDir = path.join(workDir, 'backup-full');
    fs.mkdirSync(path.join(dataDir, 'backups'), { recursive: true });
    const seed = createAppContext({
      dataDir,
      mode: 'browser',
      version: '0.0.0-test',
      templatesDir: path.join(APP_ROOT, 'templates'),
      dailyBackups: false,
      secret: { passphrase: TEST_PASSPHRASE },
      kdf: TEST_KDF,
    });
    for (let i = 0; i < 20; i++) await seed.call('contacts:create', { name: `Before ${i}`, notes: 'n'.repeat(2000) });
    seed.close();

    const child = (env: NodeJS.ProcessEnv) => {
      const result = spawnSync(process.execPath, [path.join(__dirname, 'backup-child.cjs'), dataDir], {
        cwd: APP_ROOT,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, ...env },
      });
      expect(result.status, result.stderr).toBe(0);
      return JSON.parse(result.stdout.trim().split('\n').pop()!) as {
        status: { ok: boolean; value: { failure: Record<string, unknown> | null } };
        saved: boolean;
        files: string[];
      };
    };
    // Every write into backups/ fails with ENOSPC: the disk is full for the backup, not for the database.
    const full = child({
      LD_PRELOAD: library,
      POWERCUT_DIR: path.join(dataDir, 'backups'),
      POWERCUT_ENOSPC_AFTER: '0',
    });
    expect(full.status.ok).toBe(true);
    expect(full.status.value.failure).toMatchObject({ reason: 'The disk is full.', attempts: 1 });
    expect(typeof full.status.value.failure!.nextAttemptAt).toBe('string');
    expect(full.saved).toBe(true);
    expect(full.files).toEqual([]);

    // With space again, the next run backs up and nothing is reported.
    const freed = child({});
    expect(freed.status.value.failure).toBeNull();
    expect(freed.files).toHaveLength(1);
    expect(freed.files[0]).toMatch(/-daily\.sqlite$/);
  });
});
