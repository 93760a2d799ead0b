/**
 * The lock (docs/SECURITY.md, "Lock"). One state per app: `setup` (no key file yet: a passphrase must be
 * chosen), `locked` (the database is closed and the data key is not in memory) or `unlocked`. Locking
 * stops what runs on the database, closes it through its one owner and overwrites the key; unlocking
 * goes through main/protection/unlock.ts, so a plaintext folder is still converted and a new one set up.
 * Wrong passphrases and recovery codes are answered with a plain sentence and a growing wait before the
 * next attempt is heard (1, 2, 4 … s, at most 30 s); they change nothing on disk. Auto-lock: the
 * renderer reports use (`touch`), and a timer locks once nothing was reported for the chosen minutes.
 */
import { AppError } from '../../core/api-result';
import {
  AUTO_LOCK_DEFAULT_MINUTES,
  type ProtectionState,
  type ProtectionStatus,
  type UnlockResult,
} from '../../core/protection';
import type { DatabaseOwner } from '../db/database-owner';
import {
  DEFAULT_KDF,
  hasPassphrase,
  readKeyFile,
  rewrapPassphrase,
  rewrapRecoveryCode,
  sameKey,
  unlockWithPassphrase,
  withoutKeychainWrap,
  writeKeyFile,
  type KdfParams,
  type KeyFile,
} from './keyring';
import { unlockFolder, type Secret, type Unlocked } from './unlock';

export const MAX_WAIT_MS = 30_000;
const CHECK_EVERY_MS = 15_000;

export const LOCKED_MESSAGE = 'Your data is locked. Unlock it to continue; nothing was changed.';
export const NOTHING_TO_LOCK_WITH =
  'Set a passphrase first (Settings, Protection): without one there is nothing to unlock your data with.';

/** The wait before the next attempt after `failures` wrong ones in a row: 0, 1, 2, 4, 8, 16, 30, 30 … s. */
export function attemptDelayMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(MAX_WAIT_MS, 1000 * 2 ** (failures - 1));
}

export interface ProtectionHooks {
  /** The database is open with the key: start what runs on it (backups, retention). */
  opened: (unlocked: Unlocked) => void;
  /** The database is about to close: stop what runs on it. */
  closing: () => void;
  /** The data was just locked (Lock now, the menu, auto-lock): the desktop reloads its window. */
  locked?: () => void;
}

export interface ProtectionOptions {
  dataDir: string;
  database: DatabaseOwner;
  hooks: ProtectionHooks;
  kdf?: KdfParams;
  /** Milliseconds since the epoch; tests move it. */
  clock?: () => number;
}

export interface ProtectionControl {
  status: () => ProtectionStatus;
  isUnlocked: () => boolean;
  /** Sets up, converts or unlocks; refused (and counted) when the secret is wrong or the wait is not over. */
  unlock: (secret: Secret) => UnlockResult;
  /** Marks the app unlocked with a key obtained elsewhere (start-up with a passphrase file or the keychain). */
  unlocked: (result: Unlocked) => void;
  lock: () => ProtectionStatus;
  touch: () => void;
  changePassphrase: (current: string, next: string) => ProtectionStatus;
  newRecoveryCode: (passphrase: string) => { recoveryCode: string };
  setAutoLock: (minutes: number) => ProtectionStatus;
  /** Locks if nothing was reported for the chosen minutes (the timer calls it; tests too). */
  checkIdle: () => void;
  stop: () => void;
}

export function createProtectionControl(options: ProtectionOptions): ProtectionControl {
  const clock = options.clock ?? Date.now;
  const kdf = options.kdf ?? DEFAULT_KDF;
  let keys: KeyFile | null = readKeyFile(options.dataDir);
  let state: ProtectionState = keys ? 'locked' : 'setup';
  let failures = 0;
  let lastFailureAt = 0;
  let lastActivity = clock();
  /** Opened with the recovery code this time: the passphrase may have been forgotten, so it is not asked. */
  let byRecoveryCode = false;

  const waitMs = () => Math.max(0, lastFailureAt + attemptDelayMs(failures) - clock());
  const autoLockMinutes = () => keys?.autoLockMinutes ?? AUTO_LOCK_DEFAULT_MINUTES;
  const status = (): ProtectionStatus => ({
    state,
    passphrase: keys !== null && hasPassphrase(keys),
    autoLockMinutes: autoLockMinutes(),
    waitMs: state === 'unlocked' ? 0 : waitMs(),
  });
  const save = (next: KeyFile) => {
    writeKeyFile(options.dataDir, next);
    keys = next;
  };
  const heldKey = (): Buffer => {
    const key = options.database.key();
    if (state !== 'unlocked' || !key || !keys) throw new AppError('locked', LOCKED_MESSAGE);
    return key;
  };
  /** The passphrase must match the one set (when one is), and open the same key as the one held. */
  const confirmPassphrase = (passphrase: string) => {
    const key = heldKey();
    if (!keys || !hasPassphrase(keys) || byRecoveryCode) return key;
    if (!sameKey(unlockWithPassphrase(keys, passphrase), key)) {
      throw new AppError('invalid-input', 'That passphrase does not match. Nothing was changed.');
    }
    return key;
  };

  const control: ProtectionControl = {
    status,
    isUnlocked: () => state === 'unlocked',
    unlock: (secret) => {
      if (state === 'unlocked') return { status: status(), recoveryCode: null };
      const wait = waitMs();
      if (wait > 0) {
        const seconds = Math.ceil(wait / 1000);
        throw new AppError('invalid-input', `Wait ${seconds} second${seconds === 1 ? '' : 's'} before trying again.`);
      }
      let result: Unlocked;
      try {
        result = unlockFolder(options.dataDir, secret, kdf);
      } catch (error) {
        if (error instanceof AppError && error.code === 'invalid-input' && state === 'locked') {
          failures += 1;
          lastFailureAt = clock();
        }
        throw error;
      }
      control.unlocked(result);
      byRecoveryCode = 'recoveryCode' in secret;
      return { status: status(), recoveryCode: result.recoveryCode };
    },
    unlocked: (result) => {
      keys = readKeyFile(options.dataDir);
      options.database.setKey(result.key);
      try {
        options.database.open();
      } catch (error) {
        options.database.forgetKey();
        throw error;
      }
      state = 'unlocked';
      failures = 0;
      lastFailureAt = 0;
      lastActivity = clock();
      options.hooks.opened(result);
    },
    lock: () => {
      if (state !== 'unlocked') return status();
      if (!keys || !hasPassphrase(keys)) throw new AppError('invalid-input', NOTHING_TO_LOCK_WITH);
      try {
        options.hooks.closing();
      } finally {
        options.database.forgetKey();
        state = 'locked';
        byRecoveryCode = false;
      }
      options.hooks.locked?.();
      return status();
    },
    touch: () => {
      lastActivity = clock();
    },
    changePassphrase: (current, next) => {
      const key = confirmPassphrase(current);
      // With a passphrase, the keychain no longer opens the data by itself: the lock screen asks.
      save(rewrapPassphrase(withoutKeychainWrap(keys!), key, next, kdf));
      return status();
    },
    newRecoveryCode: (passphrase) => {
      const key = confirmPassphrase(passphrase);
      const next = rewrapRecoveryCode(keys!, key, kdf);
      save(next.file);
      return { recoveryCode: next.recoveryCode };
    },
    setAutoLock: (minutes) => {
      heldKey();
      save({ ...keys!, autoLockMinutes: minutes });
      return status();
    },
    checkIdle: () => {
      const minutes = autoLockMinutes();
      if (state !== 'unlocked' || minutes <= 0 || !keys || !hasPassphrase(keys)) return;
      if (clock() - lastActivity >= minutes * 60_000) control.lock();
    },
    stop: () => clearInterval(timer),
  };
  const timer = setInterval(() => {
    try {
      control.checkIdle();
    } catch (error) {
      console.error('[someday] auto-lock failed:', error instanceof Error ? error.message : error);
    }
  }, CHECK_EVERY_MS);
  timer.unref();
  return control;
}
