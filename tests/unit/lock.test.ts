/**
 * The lock (main/protection/lock.ts, issue 13 item 5): a locked app answers only status and unlock, the
 * database is closed and the key gone; wrong secrets wait longer each time and change nothing; auto-lock
 * follows the minutes chosen; passphrase and recovery code changes re-wrap the same key.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../core/channels';
import { createAppContext, type AppContext } from '../../main/app-context';
import { OPEN_WHILE_LOCKED } from '../../main/handlers/dispatch';
import { findAppRoot } from '../../main/paths';
import { attemptDelayMs, LOCKED_MESSAGE, MAX_WAIT_MS } from '../../main/protection/lock';
import { readKeyFile, WRONG_RECOVERY, WRONG_SECRET } from '../../main/protection/keyring';
import { makeTempDir } from '../helpers/temp-dir';
import { TEST_KDF, TEST_PASSPHRASE } from '../helpers/test-app';

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((fn) => fn()),
);

let time = Date.parse('2026-12-06T10:00:00Z');
const clock = () => time;

function open(dataDir: string, withSecret: boolean): AppContext {
  const app = createAppContext({
    dataDir,
    mode: 'browser',
    version: '0',
    templatesDir: path.join(findAppRoot(), 'templates'),
    dailyBackups: false,
    kdf: TEST_KDF,
    secret: withSecret ? { passphrase: TEST_PASSPHRASE } : null,
    startLocked: true,
  });
  cleanups.push(() => app.close());
  return app;
}

function folder(): string {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  return temp.dir;
}

/** A folder set up with the test passphrase and one contact; returns it and its recovery code. */
async function protectedFolder(): Promise<{ dir: string; recoveryCode: string }> {
  const dir = folder();
  const app = open(dir, true);
  await app.call('contacts:create', { name: 'Zebediah Quillfeather' });
  const recoveryCode = app.recoveryCode!;
  app.close();
  cleanups.pop();
  return { dir, recoveryCode };
}

function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const full = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, full), createHash('sha256').update(fs.readFileSync(full)).digest('hex')];
      }),
  );
}

describe('attempt delay', () => {
  it('is 0 before any failure, then 1, 2, 4, 8, 16 s, and never more than 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 50].map(attemptDelayMs)).toStrictEqual([
      0, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
    expect(MAX_WAIT_MS).toBe(30_000);
  });
});

describe('lock state', () => {
  it('starts locked without a secret, answers only status and unlock, and opens nothing', async () => {
    const { dir } = await protectedFolder();
    const app = open(dir, false);
    expect(app.ctx.protection.status()).toMatchObject({ state: 'locked', passphrase: true, autoLockMinutes: 15 });
    expect(app.database.isOpen()).toBe(false);
    expect(app.database.key()).toBeNull();
    for (const channel of CHANNELS.filter((name) => !OPEN_WHILE_LOCKED.has(name))) {
      const result = await app.call(channel, undefined);
      // Input is checked first (a refusal of bad input still says why); valid calls are refused as locked.
      if (!result.ok && result.error.code !== 'invalid-input') {
        expect(result.error).toStrictEqual({ code: 'locked', message: LOCKED_MESSAGE });
      }
    }
    expect(await app.call('contacts:list', {})).toStrictEqual({
      ok: false,
      error: { code: 'locked', message: LOCKED_MESSAGE },
    });
    expect(await app.call('protection:status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(app.database.isOpen()).toBe(false);
  });

  it('unlocks with the passphrase, then Lock now closes the database and overwrites the key', async () => {
    const { dir } = await protectedFolder();
    const app = open(dir, false);
    const unlocked = await app.call('protection:unlock', { passphrase: TEST_PASSPHRASE });
    expect(unlocked).toMatchObject({ ok: true, value: { status: { state: 'unlocked' }, recoveryCode: null } });
    const list = await app.call('contacts:list', {});
    expect(list).toMatchObject({ ok: true, value: { items: [{ name: 'Zebediah Quillfeather' }] } });
    const key = app.database.key()!;
    expect(key.some((byte) => byte !== 0)).toBe(true);
    expect(await app.call('protection:lock', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(app.database.isOpen()).toBe(false);
    expect(app.database.key()).toBeNull();
    expect(key.every((byte) => byte === 0)).toBe(true);
    expect(await app.call('contacts:get', { id: 1 })).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(() => app.ctx.data).toThrow(LOCKED_MESSAGE);
  });

  it('unlocks with the recovery code, which then lets the passphrase be changed without the old one', async () => {
    const { dir, recoveryCode } = await protectedFolder();
    const app = open(dir, false);
    expect(await app.call('protection:unlock', { recoveryCode: recoveryCode.toLowerCase() })).toMatchObject({
      ok: true,
    });
    const changed = await app.call('protection:change-passphrase', { current: '', next: 'a brand new phrase' });
    expect(changed).toMatchObject({ ok: true, value: { passphrase: true } });
    await app.call('protection:lock', {});
    expect(await app.call('protection:unlock', { passphrase: 'a brand new phrase' })).toMatchObject({ ok: true });
  });

  it('refuses wrong secrets with a plain sentence, waits longer each time, and changes nothing', async () => {
    const { dir } = await protectedFolder();
    const app = createAppContext({
      dataDir: dir,
      mode: 'browser',
      version: '0',
      templatesDir: path.join(findAppRoot(), 'templates'),
      dailyBackups: false,
      kdf: TEST_KDF,
      secret: null,
      startLocked: true,
    });
    cleanups.push(() => app.close());
    const before = fingerprint(dir);
    // The app's protection control reads the real clock: the first wait (1 s) has not passed yet.
    const first = await app.call('protection:unlock', { passphrase: 'not the passphrase' });
    expect(first).toStrictEqual({ ok: false, error: { code: 'invalid-input', message: WRONG_SECRET } });
    const wait = app.ctx.protection.status().waitMs;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(1000);
    const early = await app.call('protection:unlock', { passphrase: TEST_PASSPHRASE });
    expect(early).toMatchObject({ ok: false, error: { code: 'invalid-input', message: /^Wait 1 second before/ } });
    expect(app.database.isOpen()).toBe(false);
    expect(fingerprint(dir)).toStrictEqual(before);
  });

  it('doubles the wait with each wrong attempt and forgets the count after a right one', async () => {
    const { dir, recoveryCode } = await protectedFolder();
    const { createProtectionControl } = await import('../../main/protection/lock');
    const { createDatabaseOwner } = await import('../../main/db/database-owner');
    const database = createDatabaseOwner(path.join(dir, 'someday.sqlite'));
    let opened = 0;
    const control = createProtectionControl({
      dataDir: dir,
      database,
      kdf: TEST_KDF,
      clock,
      hooks: { opened: () => opened++, closing: () => {} },
    });
    cleanups.push(() => {
      control.stop();
      database.forgetKey();
    });
    const waits: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      expect(() => control.unlock({ recoveryCode: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA' })).toThrow(WRONG_RECOVERY);
      waits.push(control.status().waitMs);
      expect(() => control.unlock({ passphrase: TEST_PASSPHRASE })).toThrow(/^Wait \d+ seconds? before/);
      time += control.status().waitMs;
    }
    expect(waits).toStrictEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(control.unlock({ passphrase: TEST_PASSPHRASE }).status).toMatchObject({ state: 'unlocked', waitMs: 0 });
    expect(opened).toBe(1);
    control.lock();
    expect(() => control.unlock({ recoveryCode })).not.toThrow();
    control.lock();
    expect(() => control.unlock({ passphrase: 'wrong again' })).toThrow(WRONG_SECRET);
    expect(control.status().waitMs).toBe(1000);
  });

  it('locks itself after the chosen idle minutes, counted from the last reported use, and never with 0', async () => {
    const { dir } = await protectedFolder();
    const { createProtectionControl } = await import('../../main/protection/lock');
    const { createDatabaseOwner } = await import('../../main/db/database-owner');
    const database = createDatabaseOwner(path.join(dir, 'someday.sqlite'));
    let locked = 0;
    const control = createProtectionControl({
      dataDir: dir,
      database,
      kdf: TEST_KDF,
      clock,
      hooks: { opened: () => {}, closing: () => {}, locked: () => locked++ },
    });
    cleanups.push(() => {
      control.stop();
      database.forgetKey();
    });
    control.unlock({ passphrase: TEST_PASSPHRASE });
    expect(control.setAutoLock(5)).toMatchObject({ autoLockMinutes: 5 });
    expect(readKeyFile(dir)?.autoLockMinutes).toBe(5);
    time += 4 * 60_000;
    control.touch();
    time += 4 * 60_000;
    control.checkIdle();
    expect(control.isUnlocked()).toBe(true);
    time += 60_000;
    control.checkIdle();
    expect(control.isUnlocked()).toBe(false);
    expect(database.isOpen()).toBe(false);
    expect(locked).toBe(1);
    control.unlock({ passphrase: TEST_PASSPHRASE });
    control.setAutoLock(0);
    time += 24 * 60 * 60_000;
    control.checkIdle();
    expect(control.isUnlocked()).toBe(true);
  });

  it('refuses to lock without a passphrase (nothing could unlock it) and says so', async () => {
    const dir = folder();
    const { createKeys, writeKeyFile } = await import('../../main/protection/keyring');
    const keys = createKeys(null, TEST_KDF);
    writeKeyFile(dir, keys.file);
    const app = createAppContext({
      dataDir: dir,
      mode: 'electron',
      version: '0',
      templatesDir: path.join(findAppRoot(), 'templates'),
      dailyBackups: false,
      kdf: TEST_KDF,
      secret: { dataKey: keys.dataKey },
    });
    cleanups.push(() => app.close());
    expect(await app.call('protection:lock', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: /^Set a passphrase first/ },
    });
    expect(app.database.isOpen()).toBe(true);
  });

  it('sets up a new folder from the lock screen and gives its recovery code once', async () => {
    const dir = folder();
    const app = open(dir, false);
    expect(app.ctx.protection.status()).toMatchObject({ state: 'setup', passphrase: false });
    expect(await app.call('protection:unlock', { passphrase: 'short' })).toMatchObject({
      ok: false,
      error: { message: 'Choose a passphrase of at least 8 characters.' },
    });
    expect(fs.existsSync(path.join(dir, 'someday.keys.json'))).toBe(false);
    const result = await app.call('protection:unlock', { passphrase: TEST_PASSPHRASE });
    expect(result).toMatchObject({ ok: true, value: { status: { state: 'unlocked', passphrase: true } } });
    expect(result.ok && (result.value as { recoveryCode: string }).recoveryCode).toMatch(
      /^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/,
    );
  });

  it('changes the passphrase only with the current one, and a new recovery code replaces the old', async () => {
    const { dir, recoveryCode } = await protectedFolder();
    const app = open(dir, true);
    const before = fingerprint(dir);
    expect(
      await app.call('protection:change-passphrase', { current: 'wrong one', next: 'another phrase' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input', message: WRONG_SECRET } });
    expect(fingerprint(dir)).toStrictEqual(before);
    const made = await app.call('protection:new-recovery-code', { passphrase: TEST_PASSPHRASE });
    expect(made.ok).toBe(true);
    const fresh = made.ok ? (made.value as { recoveryCode: string }).recoveryCode : '';
    await app.call('protection:lock', {});
    expect(await app.call('protection:unlock', { recoveryCode })).toMatchObject({
      ok: false,
      error: { message: WRONG_RECOVERY },
    });
    await new Promise((resolve) => setTimeout(resolve, app.ctx.protection.status().waitMs));
    expect(await app.call('protection:unlock', { recoveryCode: fresh })).toMatchObject({ ok: true });
  });
});
