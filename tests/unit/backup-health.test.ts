import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../core/api-result';
import type { BackupStatus } from '../../core/data';
import { createAppContext, type AppContext } from '../../main/app-context';
import { backupFailureReason, currentFailure, recordFailure, retryDelayMs } from '../../main/data/backup-health';
import { backupsDir, listBackups } from '../../main/data/backups';
import { findAppRoot } from '../../main/paths';
import { seedSampleData } from '../helpers/sample-data';
import { makeTempDir } from '../helpers/temp-dir';
import { TEST_UNLOCK } from '../helpers/test-app';

const MINUTE = 60_000;
const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((fn) => fn());
  vi.useRealTimers();
});

describe('backup failures: the rules', () => {
  it('tries again after 5, 15 and 30 minutes, then every hour', () => {
    expect([1, 2, 3, 4, 5, 50].map(retryDelayMs)).toEqual([5, 15, 30, 60, 60, 60].map((m) => m * MINUTE));
  });

  it('names the reason in one sentence', () => {
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    expect(backupFailureReason(full)).toBe('The disk is full.');
    expect(backupFailureReason(Object.assign(new Error('write'), { code: 'ENOSPC' }))).toBe('The disk is full.');
    expect(backupFailureReason(new AppError('internal', 'The disk is full, so the backup could not be made.'))).toBe(
      'The disk is full.',
    );
    expect(backupFailureReason(Object.assign(new Error('denied'), { code: 'EACCES' }))).toBe(
      'Someday is not allowed to write to the backups folder.',
    );
    expect(backupFailureReason('something odd')).toBe('The backup file could not be written to the backups folder.');
  });

  it('counts failures in a row and is cleared by any backup made after the last one', () => {
    const first = recordFailure(null, new Error('ENOSPC'), new Date('2026-11-26T09:00:00Z'));
    expect(first).toEqual({
      since: '2026-11-26T09:00:00.000Z',
      at: '2026-11-26T09:00:00.000Z',
      reason: 'The disk is full.',
      attempts: 1,
      nextAttemptAt: '2026-11-26T09:05:00.000Z',
    });
    const second = recordFailure(first, new Error('ENOSPC'), new Date('2026-11-26T09:05:00Z'));
    expect(second).toMatchObject({ since: first.since, attempts: 2, nextAttemptAt: '2026-11-26T09:20:00.000Z' });
    expect(currentFailure(second, undefined)).toBe(second);
    expect(currentFailure(second, '2026-11-26T09:04:59.999Z')).toBe(second);
    expect(currentFailure(second, '2026-11-26T09:06:00.000Z')).toBeNull();
  });
});

describe('a failing daily backup in a running app', () => {
  /** An app with data whose clock the test moves; the daily backup fails while backups/ is a file. */
  async function failingApp() {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-11-26T09:00:00Z'));
    const temp = makeTempDir();
    const options = {
      dataDir: temp.dir,
      mode: 'browser' as const,
      version: '0',
      templatesDir: path.join(findAppRoot(), 'templates'),
      ...TEST_UNLOCK,
    };
    const seed = createAppContext({ ...options, dailyBackups: false });
    await seedSampleData(seed, 2);
    seed.close();
    fs.writeFileSync(backupsDir(temp.dir), 'not a folder');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const app = createAppContext(options);
    cleanups.push(() => {
      app.close();
      temp.cleanup();
    });
    await settle(app);
    // The retries below span 20 idle minutes: keep the auto-lock (15 minutes by default) out of it.
    const never = await app.call('protection:set-auto-lock', { minutes: 0 });
    if (!never.ok) throw new Error(never.error.message);
    return { app, dataDir: temp.dir };
  }

  /** Waits for the daily backup (and anything else queued) to finish. */
  const settle = (app: AppContext) => app.ctx.data!.exclusive(async () => undefined);
  async function status(app: AppContext): Promise<BackupStatus> {
    const result = await app.call('backups:status', {});
    if (!result.ok) throw new Error(result.error.message);
    return result.value as BackupStatus;
  }

  it('is shown with its reason, tried again with a growing delay, and cleared once a backup succeeds', async () => {
    const { app, dataDir } = await failingApp();
    expect((await status(app)).failure).toEqual({
      since: '2026-11-26T09:00:00.000Z',
      at: '2026-11-26T09:00:00.000Z',
      reason: 'The backup file could not be written to the backups folder.',
      attempts: 1,
      nextAttemptAt: '2026-11-26T09:05:00.000Z',
    });

    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    await settle(app);
    expect((await status(app)).failure).toMatchObject({
      since: '2026-11-26T09:00:00.000Z',
      at: '2026-11-26T09:05:00.000Z',
      attempts: 2,
      nextAttemptAt: '2026-11-26T09:20:00.000Z',
    });

    // Not before its time…
    fs.rmSync(backupsDir(dataDir));
    await vi.advanceTimersByTimeAsync(14 * MINUTE);
    await settle(app);
    expect((await status(app)).failure?.attempts).toBe(2);
    expect(listBackups(dataDir)).toEqual([]);
    // …then the retry succeeds and the failure is gone.
    await vi.advanceTimersByTimeAsync(MINUTE);
    await settle(app);
    expect(listBackups(dataDir).map((b) => b.reason)).toEqual(['daily']);
    expect(await status(app)).toEqual({ failure: null });
  });

  it('is cleared by a backup made by hand, and no retry is left behind', async () => {
    const { app, dataDir } = await failingApp();
    expect((await status(app)).failure?.attempts).toBe(1);
    // Other timers run too (the data folder lock keeps its file fresh): count the retry's alone.
    const withRetry = vi.getTimerCount();
    fs.rmSync(backupsDir(dataDir));
    expect((await app.call('backups:create', {})).ok).toBe(true);
    expect(await status(app)).toEqual({ failure: null });
    expect(vi.getTimerCount()).toBe(withRetry - 1); // the retry is gone, the hourly check stays
  });

  it('stops trying when the app closes', async () => {
    const { app } = await failingApp();
    const running = vi.getTimerCount(); // the hourly check and the retry, and the folder lock's refresh
    app.ctx.data!.stop();
    expect(vi.getTimerCount()).toBe(running - 2);
  });
});
