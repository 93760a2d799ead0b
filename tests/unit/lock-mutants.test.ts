/**
 * Tests aimed at mutants of the lock (main/protection/lock.ts; issue 21, `npm run mutate -- --group
 * encryption`): the protection control alone, over a real key file and a stand-in database owner that
 * records what it was asked, so each rule is checked on its own — the wait and its sentence, which
 * failures count, a database that will not open, locking when a hook fails, and the auto-lock timer.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUTO_LOCK_DEFAULT_MINUTES } from '../../core/protection';
import {
  createKeys,
  keychainWrap,
  readKeyFile,
  withKeychainWrap,
  writeKeyFile,
  WRONG_SECRET,
} from '../../main/protection/keyring';
import { createProtectionControl, LOCKED_MESSAGE, NOTHING_TO_LOCK_WITH } from '../../main/protection/lock';
import { fakeOwner, setUpControl } from '../helpers/protection-control';
import { makeTempDir } from '../helpers/temp-dir';
import { TEST_KDF, TEST_PASSPHRASE } from '../helpers/test-app';

const cleanups: (() => void)[] = [];
const setUp = (options: Parameters<typeof setUpControl>[1] = {}) => setUpControl(cleanups, options);
afterEach(() => {
  cleanups.splice(0).forEach((fn) => fn());
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('unlocking and waiting', () => {
  it('says "1 second", then "2 seconds", and hears the next attempt once the wait is over', () => {
    const { control, advance } = setUp();
    expect(() => control.unlock({ passphrase: 'not the passphrase' })).toThrow(WRONG_SECRET);
    expect(control.status().waitMs).toBe(1000);
    expect(() => control.unlock({ passphrase: TEST_PASSPHRASE })).toThrow('Wait 1 second before trying again.');
    advance(999);
    expect(control.status().waitMs).toBe(1);
    expect(() => control.unlock({ passphrase: TEST_PASSPHRASE })).toThrow('Wait 1 second before trying again.');
    advance(1);
    expect(control.status().waitMs).toBe(0);
    expect(() => control.unlock({ passphrase: 'still not it' })).toThrow(WRONG_SECRET);
    expect(() => control.unlock({ passphrase: TEST_PASSPHRASE })).toThrow('Wait 2 seconds before trying again.');
    advance(1001);
    expect(() => control.unlock({ passphrase: TEST_PASSPHRASE })).toThrow('Wait 1 second before trying again.');
    advance(999);
    expect(control.unlock({ passphrase: TEST_PASSPHRASE }).status).toStrictEqual({
      state: 'unlocked',
      passphrase: true,
      autoLockMinutes: AUTO_LOCK_DEFAULT_MINUTES,
      waitMs: 0,
    });
  });

  it('does not count a refusal that is not a wrong secret, nor one while setting up', () => {
    const { control, dir } = setUp();
    writeKeyFile(dir, { ...readKeyFile(dir)!, wraps: [] });
    expect(() => control.unlock({ recoveryCode: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA' })).toThrow();
    expect(control.status().waitMs).toBe(1000);

    const fresh = makeTempDir();
    cleanups.push(fresh.cleanup);
    const setup = createProtectionControl({
      dataDir: fresh.dir,
      database: fakeOwner().owner,
      kdf: TEST_KDF,
      hooks: { opened: () => {}, closing: () => {} },
    });
    cleanups.push(setup.stop);
    expect(setup.status().state).toBe('setup');
    expect(setup.status().passphrase).toBe(false);
    expect(() => setup.unlock({ passphrase: 'short' })).toThrow(/at least 8/);
    expect(() => setup.unlock({ passphrase: 'short' })).toThrow(/at least 8/);
    expect(setup.status().waitMs).toBe(0);
  });

  it('gives the key to the database, opens it, then tells the hooks; an unlock when open changes nothing', () => {
    const { control, calls, events } = setUp();
    expect(control.isUnlocked()).toBe(false);
    expect(control.unlock({ passphrase: TEST_PASSPHRASE }).recoveryCode).toBeNull();
    expect(calls).toStrictEqual(['setKey', 'open']);
    expect(events).toStrictEqual(['opened']);
    expect(control.isUnlocked()).toBe(true);
    expect(control.unlock({ passphrase: 'anything at all' })).toMatchObject({ recoveryCode: null });
    expect(calls).toStrictEqual(['setKey', 'open']);
  });

  it('forgets the key and stays locked when the database will not open', () => {
    const { control, calls, events } = setUp({ failOpen: true });
    expect(() => control.unlock({ passphrase: TEST_PASSPHRASE })).toThrow('disk on fire');
    expect(calls).toStrictEqual(['setKey', 'open', 'forgetKey']);
    expect(events).toStrictEqual([]);
    expect(control.status().state).toBe('locked');
  });
});

describe('locking', () => {
  it('tells the hooks, forgets the key and reports locked; a second lock does nothing', () => {
    const { control, calls, events } = setUp();
    control.unlock({ passphrase: TEST_PASSPHRASE });
    expect(control.lock().state).toBe('locked');
    expect(events).toStrictEqual(['opened', 'closing', 'locked']);
    expect(calls.at(-1)).toBe('forgetKey');
    expect(control.lock().state).toBe('locked');
    expect(events).toStrictEqual(['opened', 'closing', 'locked']);
  });

  it('still forgets the key and locks when stopping what runs on the database fails', () => {
    const { control, calls, events } = setUp({
      closing: () => {
        throw new Error('backup stuck');
      },
    });
    control.unlock({ passphrase: TEST_PASSPHRASE });
    expect(() => control.lock()).toThrow('backup stuck');
    expect(calls.at(-1)).toBe('forgetKey');
    expect(control.status().state).toBe('locked');
    expect(events).toStrictEqual(['opened', 'closing']);
  });

  it('refuses to lock without a passphrase, and refuses settings while locked', () => {
    const { control } = setUp({ passphrase: null });
    expect(control.status()).toMatchObject({ state: 'locked', passphrase: false });
    expect(() => control.setAutoLock(5)).toThrow(LOCKED_MESSAGE);
    expect(() => control.changePassphrase('', 'a new passphrase')).toThrow(LOCKED_MESSAGE);
    expect(() => control.newRecoveryCode('')).toThrow(LOCKED_MESSAGE);
    control.unlocked({ key: createKeys(null, TEST_KDF).dataKey, recoveryCode: null, converted: false });
    expect(() => control.lock()).toThrow(NOTHING_TO_LOCK_WITH);
    expect(control.isUnlocked()).toBe(true);
  });
});

describe('changing the passphrase and the recovery code', () => {
  it('needs the current passphrase, drops the keychain wrapping, and saves the new one', () => {
    const { control, dir, keys } = setUp();
    writeKeyFile(dir, withKeychainWrap(keys.file, 'a2V5Y2hhaW4='));
    control.unlocked({ key: keys.dataKey, recoveryCode: null, converted: false });
    expect(() => control.changePassphrase('wrong current one', 'a new passphrase')).toThrow(WRONG_SECRET);
    expect(keychainWrap(readKeyFile(dir)!)).toBe('a2V5Y2hhaW4=');
    control.changePassphrase(TEST_PASSPHRASE, 'a new passphrase');
    const saved = readKeyFile(dir)!;
    expect(keychainWrap(saved)).toBeNull();
    expect(() => control.newRecoveryCode(TEST_PASSPHRASE)).toThrow(WRONG_SECRET);
    expect(control.newRecoveryCode('a new passphrase').recoveryCode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
  });

  it('refuses a passphrase that opens another key than the one held', () => {
    const { control, dir } = setUp();
    const before = JSON.stringify(readKeyFile(dir));
    control.unlocked({ key: createKeys(null, TEST_KDF).dataKey, recoveryCode: null, converted: false });
    const mismatch = 'That passphrase does not match. Nothing was changed.';
    expect(() => control.changePassphrase(TEST_PASSPHRASE, 'a new passphrase')).toThrow(mismatch);
    expect(() => control.newRecoveryCode(TEST_PASSPHRASE)).toThrow(mismatch);
    expect(JSON.stringify(readKeyFile(dir))).toBe(before);
  });

  it('does not ask for the old passphrase after an unlock with the recovery code, until the next lock', () => {
    const { control, keys } = setUp();
    control.unlock({ recoveryCode: keys.recoveryCode });
    control.changePassphrase('forgotten', 'a fresh passphrase');
    control.lock();
    control.unlock({ passphrase: 'a fresh passphrase' });
    expect(() => control.changePassphrase('forgotten', 'another passphrase')).toThrow(WRONG_SECRET);
    control.lock();
    control.unlock({ recoveryCode: keys.recoveryCode });
    control.lock();
    control.unlock({ passphrase: 'a fresh passphrase' });
    expect(() => control.newRecoveryCode('forgotten')).toThrow(WRONG_SECRET);
  });
});

describe('auto-lock', () => {
  it('locks after exactly the chosen minutes without use, counted from the last touch, and never with 0', () => {
    const { control, advance, dir } = setUp();
    control.unlock({ passphrase: TEST_PASSPHRASE });
    expect(control.setAutoLock(2).autoLockMinutes).toBe(2);
    expect(readKeyFile(dir)!.autoLockMinutes).toBe(2);
    advance(60_000);
    control.touch();
    advance(119_999);
    control.checkIdle();
    expect(control.isUnlocked()).toBe(true);
    advance(1);
    control.checkIdle();
    expect(control.isUnlocked()).toBe(false);

    control.unlock({ passphrase: TEST_PASSPHRASE });
    control.setAutoLock(0);
    advance(24 * 60 * 60_000);
    control.checkIdle();
    expect(control.isUnlocked()).toBe(true);
  });

  it('is checked every 15 seconds by a timer, which reports a failed lock and carries on', () => {
    vi.useFakeTimers();
    let failing = true;
    const { control, advance } = setUp({
      closing: () => {
        if (failing) throw new Error('backup stuck');
      },
    });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    control.unlock({ passphrase: TEST_PASSPHRASE });
    control.setAutoLock(1);
    advance(60_000);
    vi.advanceTimersByTime(14_999);
    expect(errors).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(errors).toHaveBeenCalledWith('[someday] auto-lock failed:', 'backup stuck');
    expect(control.isUnlocked()).toBe(false);
    failing = false;
    control.unlock({ passphrase: TEST_PASSPHRASE });
    advance(60_000);
    vi.advanceTimersByTime(15_000);
    expect(control.isUnlocked()).toBe(false);
    control.unlock({ passphrase: TEST_PASSPHRASE });
    control.stop();
    advance(60_000);
    vi.advanceTimersByTime(60_000);
    expect(control.isUnlocked()).toBe(true);
  });
});
