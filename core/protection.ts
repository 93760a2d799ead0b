/**
 * The lock's part of the contract: what the lock screen and the Settings "Protection" section ask main
 * (main/protection/lock.ts holds the state). While the data is locked only `protection:status` and
 * `protection:unlock` are answered; every other call is refused with code `locked`.
 */
import { z } from 'zod';

/** `setup`: no protection yet (a passphrase must be chosen); `locked`: the key is not in memory. */
export type ProtectionState = 'setup' | 'locked' | 'unlocked';

export const AUTO_LOCK_DEFAULT_MINUTES = 15;
export const AUTO_LOCK_MAX_MINUTES = 240;

export interface ProtectionStatus {
  state: ProtectionState;
  /** Whether a passphrase is set (without one there is nothing to lock with). */
  passphrase: boolean;
  /** Minutes without use before the data locks itself; 0 means never. */
  autoLockMinutes: number;
  /** How long to wait before the next unlock attempt is heard (after wrong ones), in milliseconds. */
  waitMs: number;
}

export interface UnlockResult {
  status: ProtectionStatus;
  /** Set only when protection was set up just now: shown to the person once. */
  recoveryCode: string | null;
}

const Secret = z
  .string()
  .min(1, 'Enter your passphrase.')
  .max(1024, 'That passphrase is longer than 1,024 characters.');
const Code = z.string().min(1, 'Enter your recovery code.').max(100, 'That is longer than any recovery code.');

export const UnlockSchema = z.union([
  z.object({ passphrase: Secret }).strict(),
  z.object({ recoveryCode: Code }).strict(),
]);

export const ChangePassphraseSchema = z
  .object({
    /** The passphrase now (empty when none is set yet). */
    current: z.string().max(1024, 'That passphrase is longer than 1,024 characters.'),
    next: z
      .string()
      .min(8, 'Choose a passphrase of at least 8 characters.')
      .max(1024, 'That passphrase is longer than 1,024 characters.'),
  })
  .strict();

/** The passphrase confirms it is the person (empty only when no passphrase is set). */
export const NewRecoveryCodeSchema = z
  .object({ passphrase: z.string().max(1024, 'That passphrase is longer than 1,024 characters.') })
  .strict();

export const AutoLockSchema = z
  .object({
    minutes: z
      .number({ error: 'Give the minutes as a number.' })
      .int('Give whole minutes.')
      .min(0, 'Give 0 (never) or more minutes.')
      .max(AUTO_LOCK_MAX_MINUTES, `Choose at most ${AUTO_LOCK_MAX_MINUTES} minutes.`),
  })
  .strict();
