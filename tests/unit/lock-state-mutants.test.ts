/**
 * Tests aimed at mutants of the lock (main/protection/lock.ts; issue 21): what it decides by its own
 * state rather than the database owner's, the codes of its refusals, a first passphrase, and which
 * failed unlocks count towards the wait.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeys, hasPassphrase, keysFile, readKeyFile, WRONG_SECRET } from '../../main/protection/keyring';
import { LOCKED_MESSAGE } from '../../main/protection/lock';
import { setUpControl } from '../helpers/protection-control';
import { TEST_KDF, TEST_PASSPHRASE } from '../helpers/test-app';

const cleanups: (() => void)[] = [];
const setUp = (options: Parameters<typeof setUpControl>[1] = {}) => setUpControl(cleanups, options);
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

describe('what the lock decides by its own state', () => {
  const LOCKED = 'Your data is locked. Unlock it to continue; nothing was changed.';

  it('refuses settings while locked, with the code "locked", even when the database owner still holds a key', () => {
    const { control } = setUp({ ownerHoldsKey: true });
    expect(LOCKED_MESSAGE).toBe(LOCKED);
    for (const attempt of [
      () => control.setAutoLock(5),
      () => control.changePassphrase(TEST_PASSPHRASE, 'a new passphrase'),
      () => control.newRecoveryCode(TEST_PASSPHRASE),
    ]) {
      expect(attempt).toThrow(expect.objectContaining({ code: 'locked', message: LOCKED }));
    }
  });

  it('refuses a passphrase that opens another key with the code "invalid-input"', () => {
    const { control } = setUp();
    control.unlocked({ key: createKeys(null, TEST_KDF).dataKey, recoveryCode: null, converted: false });
    expect(() => control.changePassphrase(TEST_PASSPHRASE, 'a new passphrase')).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });

  it('sets a first passphrase without asking for one, when none was set', () => {
    const { control, keys, dir } = setUp({ passphrase: null });
    control.unlocked({ key: keys.dataKey, recoveryCode: null, converted: false });
    expect(control.changePassphrase('', 'a first passphrase').passphrase).toBe(true);
    expect(hasPassphrase(readKeyFile(dir)!)).toBe(true);
    // Wrapped with the cost the control was given (the tests' small one), not the default.
    expect(readKeyFile(dir)!.wraps.find((w) => w.kind === 'passphrase')!.kdf).toMatchObject(TEST_KDF);
  });

  it('does not count an unlock that fails for another reason than a wrong secret', () => {
    const { control, dir } = setUp();
    fs.writeFileSync(keysFile(dir), '{ damaged');
    expect(() => control.unlock({ passphrase: TEST_PASSPHRASE })).toThrow(/is damaged/);
    expect(control.status().waitMs).toBe(0);
  });

  it('asks for the passphrase again once locked, even if the next unlock came from elsewhere', () => {
    const { control, keys } = setUp();
    control.unlock({ recoveryCode: keys.recoveryCode });
    control.lock();
    control.unlocked({ key: keys.dataKey, recoveryCode: null, converted: false });
    expect(() => control.changePassphrase('forgotten', 'another passphrase')).toThrow(WRONG_SECRET);
  });
});
