/**
 * The key hierarchy (docs/SECURITY.md). The database is encrypted with a random 256-bit data key that is
 * never stored as it is: `someday.keys.json` holds it only wrapped (AES-256-GCM) by key-encryption keys
 * derived with scrypt from the person's passphrase and from a printable recovery code, and, on the
 * desktop, by the operating system's keychain through Electron's safeStorage. Changing the passphrase
 * re-wraps the data key; the database is never re-encrypted for it.
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/api-result';
import { PRIVATE_FILE_MODE } from '../data/private-files';

export const KEYS_FILE_NAME = 'someday.keys.json';
export const DATA_KEY_BYTES = 32;
const FORMAT = 'someday-keys';

/** scrypt's cost: N = 2^16, r = 8, p = 1 uses 64 MiB and about half a second here. */
export interface KdfParams {
  N: number;
  r: number;
  p: number;
}
export const DEFAULT_KDF: KdfParams = { N: 2 ** 16, r: 8, p: 1 };

interface WrappedKey {
  kind: 'passphrase' | 'recovery' | 'keychain';
  kdf?: KdfParams & { name: 'scrypt'; salt: string };
  iv?: string;
  tag?: string;
  data: string;
}

export interface KeyFile {
  format: typeof FORMAT;
  version: 1;
  cipher: 'sqlcipher-4';
  createdAt: string;
  wraps: WrappedKey[];
  /** Minutes without use before the data locks itself (0: never); absent means the default. Not secret. */
  autoLockMinutes?: number;
}

export const WRONG_SECRET = 'That passphrase does not unlock your data. Check it and try again; nothing was changed.';
export const WRONG_RECOVERY =
  'That recovery code does not unlock your data. Check it and try again; nothing was changed.';

export function keysFile(dataDir: string): string {
  return path.join(dataDir, KEYS_FILE_NAME);
}

function kek(secret: string, kdf: KdfParams, salt: Buffer): Buffer {
  return scryptSync(secret.normalize('NFC'), salt, 32, { ...kdf, maxmem: 128 * kdf.N * kdf.r * 2 + 1024 * 1024 });
}

function wrap(kind: 'passphrase' | 'recovery', secret: string, dataKey: Buffer, kdf: KdfParams): WrappedKey {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek(secret, kdf, salt), iv);
  cipher.setAAD(Buffer.from(`${FORMAT}:${kind}`));
  const data = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    kind,
    kdf: { name: 'scrypt', ...kdf, salt: salt.toString('base64') },
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

function unwrap(entry: WrappedKey, secret: string): Buffer | null {
  if (!entry.kdf || !entry.iv || !entry.tag) return null;
  const { N, r, p, salt } = entry.kdf;
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      kek(secret, { N, r, p }, Buffer.from(salt, 'base64')),
      Buffer.from(entry.iv, 'base64'),
    );
    decipher.setAAD(Buffer.from(`${FORMAT}:${entry.kind}`));
    decipher.setAuthTag(Buffer.from(entry.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(entry.data, 'base64')), decipher.final()]);
    return key.length === DATA_KEY_BYTES ? key : null;
  } catch {
    return null;
  }
}

/** 25 characters of Crockford base32 in five groups (125 bits), easy to print and type back. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export function newRecoveryCode(): string {
  const bytes = randomBytes(25);
  const chars = [...bytes].map((byte) => ALPHABET[byte % 32]).join('');
  return chars.match(/.{5}/g)!.join('-');
}

/** Accepts a recovery code typed with spaces, lower case, or the letters people confuse (O/0, I/L/1). */
export function normalizeRecoveryCode(code: string): string {
  const plain = code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return plain.length === 25 ? plain.match(/.{5}/g)!.join('-') : plain;
}

export function readKeyFile(dataDir: string): KeyFile | null {
  let text: string;
  try {
    text = fs.readFileSync(keysFile(dataDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let parsed: Partial<KeyFile>;
  try {
    parsed = JSON.parse(text) as Partial<KeyFile>;
  } catch {
    throw new AppError('internal', `The key file ${KEYS_FILE_NAME} is damaged, so your data cannot be opened.`);
  }
  if (parsed.format !== FORMAT || parsed.version !== 1 || !Array.isArray(parsed.wraps)) {
    throw new AppError('internal', `The key file ${KEYS_FILE_NAME} is not one this version of Someday can read.`);
  }
  return parsed as KeyFile;
}

/** Written beside the database through a temporary file, synced, and renamed: never half a key file. */
export function writeKeyFile(dataDir: string, file: KeyFile): void {
  const target = keysFile(dataDir);
  const temp = `${target}.tmp`;
  const fd = fs.openSync(temp, 'w', PRIVATE_FILE_MODE);
  try {
    fs.writeSync(fd, `${JSON.stringify(file, null, 2)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, target);
  try {
    const dir = fs.openSync(dataDir, 'r');
    fs.fsyncSync(dir);
    fs.closeSync(dir);
  } catch {
    // Directories cannot be synced on every platform; the rename is still atomic.
  }
}

export interface NewKeys {
  dataKey: Buffer;
  recoveryCode: string;
  file: KeyFile;
}

/** A fresh data key wrapped by a new recovery code and, if one is given, by the passphrase. */
export function createKeys(passphrase: string | null, kdf: KdfParams = DEFAULT_KDF, now = new Date()): NewKeys {
  if (passphrase !== null) checkNewPassphrase(passphrase);
  const dataKey = randomBytes(DATA_KEY_BYTES);
  const recoveryCode = newRecoveryCode();
  const file: KeyFile = {
    format: FORMAT,
    version: 1,
    cipher: 'sqlcipher-4',
    createdAt: now.toISOString(),
    wraps: [
      ...(passphrase === null ? [] : [wrap('passphrase', passphrase, dataKey, kdf)]),
      wrap('recovery', recoveryCode, dataKey, kdf),
    ],
  };
  return { dataKey, recoveryCode, file };
}

export function checkNewPassphrase(passphrase: string): void {
  if (passphrase.length < 8) {
    throw new AppError('invalid-input', 'Choose a passphrase of at least 8 characters.');
  }
  if (passphrase.length > 1024) throw new AppError('invalid-input', 'That passphrase is longer than 1,024 characters.');
}

/** The data key from the passphrase, or a plain refusal. */
export function unlockWithPassphrase(file: KeyFile, passphrase: string): Buffer {
  for (const entry of file.wraps.filter((w) => w.kind === 'passphrase')) {
    const key = unwrap(entry, passphrase);
    if (key) return key;
  }
  throw new AppError('invalid-input', WRONG_SECRET);
}

export function unlockWithRecoveryCode(file: KeyFile, code: string): Buffer {
  for (const entry of file.wraps.filter((w) => w.kind === 'recovery')) {
    const key = unwrap(entry, normalizeRecoveryCode(code));
    if (key) return key;
  }
  throw new AppError('invalid-input', WRONG_RECOVERY);
}

/** Replaces the passphrase's wrapping of the same data key (the database is not touched). */
export function rewrapPassphrase(
  file: KeyFile,
  dataKey: Buffer,
  passphrase: string,
  kdf: KdfParams = DEFAULT_KDF,
): KeyFile {
  checkNewPassphrase(passphrase);
  return {
    ...file,
    wraps: [...file.wraps.filter((w) => w.kind !== 'passphrase'), wrap('passphrase', passphrase, dataKey, kdf)],
  };
}

/** A new recovery code wrapping the same data key; the old code stops working. */
export function rewrapRecoveryCode(
  file: KeyFile,
  dataKey: Buffer,
  kdf: KdfParams = DEFAULT_KDF,
): { file: KeyFile; recoveryCode: string } {
  const recoveryCode = newRecoveryCode();
  return {
    file: {
      ...file,
      wraps: [...file.wraps.filter((w) => w.kind !== 'recovery'), wrap('recovery', recoveryCode, dataKey, kdf)],
    },
    recoveryCode,
  };
}

/** Without the keychain's wrapping: once a passphrase is set, only it and the recovery code open the data. */
export function withoutKeychainWrap(file: KeyFile): KeyFile {
  return { ...file, wraps: file.wraps.filter((w) => w.kind !== 'keychain') };
}

/** The keychain's wrapping (Electron safeStorage ciphertext, base64), if the key file has one. */
export function keychainWrap(file: KeyFile): string | null {
  return file.wraps.find((w) => w.kind === 'keychain')?.data ?? null;
}

export function withKeychainWrap(file: KeyFile, data: string): KeyFile {
  return { ...file, wraps: [...file.wraps.filter((w) => w.kind !== 'keychain'), { kind: 'keychain', data }] };
}

export function hasPassphrase(file: KeyFile): boolean {
  return file.wraps.some((w) => w.kind === 'passphrase');
}

export function sameKey(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
