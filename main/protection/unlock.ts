/**
 * From a data folder and a secret to the data key: a new folder is set up encrypted (a fresh key, wrapped
 * by the passphrase and a new recovery code), a plaintext folder from an earlier version is converted
 * (main/protection/convert.ts), and an encrypted one is unlocked. A wrong secret is refused with a plain
 * sentence and nothing on disk changes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/api-result';
import { DATABASE_FILE_NAME, isPlainDatabase } from '../db/connection';
import { convertToEncrypted, recoverConversion } from './convert';
import {
  createKeys,
  DEFAULT_KDF,
  KEYS_FILE_NAME,
  readKeyFile,
  unlockWithPassphrase,
  unlockWithRecoveryCode,
  writeKeyFile,
  type KdfParams,
  type KeyFile,
} from './keyring';

/**
 * What opens the data: a passphrase, a recovery code, or a data key the keychain unwrapped (with, for a
 * folder set up just now, the new key file and its recovery code).
 */
export type Secret =
  | { passphrase: string }
  | { recoveryCode: string }
  | { dataKey: Buffer; setup?: { file: KeyFile; recoveryCode: string } };

export interface Unlocked {
  key: Buffer;
  /** Set when protection was set up just now: the recovery code to show the person once. */
  recoveryCode: string | null;
  /** Set when a plaintext folder was converted just now. */
  converted: boolean;
}

export const NEEDS_PASSPHRASE = 'Your data is locked. Enter your passphrase to open it.';

/** Whether the folder has protection set up (a key file). */
export function isProtected(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, KEYS_FILE_NAME));
}

export function unlockFolder(dataDir: string, secret: Secret | null, kdf: KdfParams = DEFAULT_KDF): Unlocked {
  const databaseFile = path.join(dataDir, DATABASE_FILE_NAME);
  const keys = readKeyFile(dataDir);
  if (!secret) throw new AppError('locked', NEEDS_PASSPHRASE);
  if (keys) {
    const key =
      'dataKey' in secret
        ? secret.dataKey
        : 'passphrase' in secret
          ? unlockWithPassphrase(keys, secret.passphrase)
          : unlockWithRecoveryCode(keys, secret.recoveryCode);
    // A conversion a crash interrupted after the key file was written: finish it.
    const converted = fs.existsSync(databaseFile) && isPlainDatabase(databaseFile);
    if (converted) convertToEncrypted(databaseFile, key);
    else recoverConversion(databaseFile);
    return { key, recoveryCode: null, converted };
  }
  if ('recoveryCode' in secret) throw new AppError('invalid-input', 'This data folder has no recovery code yet.');
  if ('dataKey' in secret && !secret.setup) throw new AppError('locked', NEEDS_PASSPHRASE);
  const hasDatabase = fs.existsSync(databaseFile) && fs.statSync(databaseFile).size > 0;
  if (hasDatabase && !isPlainDatabase(databaseFile)) {
    throw new AppError(
      'internal',
      `The key file ${KEYS_FILE_NAME} is missing from ${dataDir}, so the encrypted data there cannot be opened. Put the key file back and start again.`,
    );
  }
  const created =
    'dataKey' in secret
      ? { dataKey: secret.dataKey, file: secret.setup!.file, recoveryCode: secret.setup!.recoveryCode }
      : createKeys(secret.passphrase, kdf);
  // The key file first: an encrypted database must never exist without its key.
  writeKeyFile(dataDir, created.file);
  if (hasDatabase) convertToEncrypted(databaseFile, created.dataKey);
  return { key: created.dataKey, recoveryCode: created.recoveryCode, converted: hasDatabase };
}
