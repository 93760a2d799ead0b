/**
 * Tests aimed at mutants of unlock.ts (issue 21; `npm run mutate -- --group encryption`): from a folder
 * and a secret to the data key, called directly — setting up a new folder by passphrase or keychain key,
 * what is refused in a folder not set up (and that nothing is written then), and a lost key file.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { DATABASE_FILE_NAME, isPlainDatabase } from '../../main/db/connection';
import {
  createKeys,
  KEYS_FILE_NAME,
  readKeyFile,
  sameKey,
  unlockWithPassphrase,
  unlockWithRecoveryCode,
  writeKeyFile,
  WRONG_SECRET,
} from '../../main/protection/keyring';
import { isProtected, NEEDS_PASSPHRASE, unlockFolder } from '../../main/protection/unlock';
import { makeTempDir } from '../helpers/temp-dir';
import { TEST_KDF, TEST_PASSPHRASE } from '../helpers/test-app';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

function folder(): string {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  return temp.dir;
}

const NOW = new Date('2026-12-06T10:00:00.000Z');
const CODE = /^[0-9A-HJKMNP-TV-Z]{5}(?:-[0-9A-HJKMNP-TV-Z]{5}){4}$/;

describe('unlocking a folder (unlock.ts)', () => {
  const fingerprint = (dir: string) =>
    Object.fromEntries(fs.readdirSync(dir).map((name) => [name, fs.readFileSync(path.join(dir, name), 'latin1')]));

  it('asks for the passphrase when no secret is given, whether or not the folder is set up', () => {
    const dir = folder();
    expect(() => unlockFolder(dir, null, TEST_KDF)).toThrow(expect.objectContaining({ code: 'locked' }));
    writeKeyFile(dir, createKeys(TEST_PASSPHRASE, TEST_KDF).file);
    expect(() => unlockFolder(dir, null, TEST_KDF)).toThrow(NEEDS_PASSPHRASE);
    expect(NEEDS_PASSPHRASE).toBe('Your data is locked. Enter your passphrase to open it.');
  });

  it('refuses a recovery code or a bare keychain key in a folder not set up, writing nothing', () => {
    const dir = folder();
    expect(() => unlockFolder(dir, { recoveryCode: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA' }, TEST_KDF)).toThrow(
      'This data folder has no recovery code yet.',
    );
    expect(() => unlockFolder(dir, { dataKey: randomBytes(32) }, TEST_KDF)).toThrow(NEEDS_PASSPHRASE);
    expect(() => unlockFolder(dir, { recoveryCode: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA' }, TEST_KDF)).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
    expect(() => unlockFolder(dir, { dataKey: randomBytes(32) }, TEST_KDF)).toThrow(
      expect.objectContaining({ code: 'locked' }),
    );
    expect(fs.readdirSync(dir)).toStrictEqual([]);
    expect(isProtected(dir)).toBe(false);
  });

  it('sets up a new folder with a passphrase: a key file, a recovery code shown once, nothing converted', () => {
    const dir = folder();
    const result = unlockFolder(dir, { passphrase: TEST_PASSPHRASE }, TEST_KDF);
    expect(result.recoveryCode).toMatch(CODE);
    expect(result.converted).toBe(false);
    expect(isProtected(dir)).toBe(true);
    // Only the key file: no database is made (or converted) when there was none.
    expect(fs.readdirSync(dir)).toStrictEqual([KEYS_FILE_NAME]);
    const file = readKeyFile(dir)!;
    expect(file.wraps[0]!.kdf).toMatchObject(TEST_KDF);
    expect(sameKey(unlockWithPassphrase(file, TEST_PASSPHRASE), result.key)).toBe(true);
    expect(sameKey(unlockWithRecoveryCode(file, result.recoveryCode!), result.key)).toBe(true);
    // Set up now, unlocked later: the same key, no recovery code to show, by either secret.
    const again = unlockFolder(dir, { passphrase: TEST_PASSPHRASE }, TEST_KDF);
    expect(again).toMatchObject({ recoveryCode: null, converted: false });
    expect(sameKey(again.key, result.key)).toBe(true);
    expect(sameKey(unlockFolder(dir, { recoveryCode: result.recoveryCode! }).key, result.key)).toBe(true);
    expect(() => unlockFolder(dir, { passphrase: 'not the passphrase' }, TEST_KDF)).toThrow(WRONG_SECRET);
  });

  it('sets up a new folder with a key the keychain made, writing the key file it came with', () => {
    const dir = folder();
    const setup = createKeys(null, TEST_KDF, NOW);
    const result = unlockFolder(dir, { dataKey: setup.dataKey, setup }, TEST_KDF);
    expect(result).toMatchObject({ recoveryCode: setup.recoveryCode, converted: false });
    expect(sameKey(result.key, setup.dataKey)).toBe(true);
    expect(readKeyFile(dir)).toStrictEqual(setup.file);
    const later = unlockFolder(dir, { dataKey: setup.dataKey }, TEST_KDF);
    expect(later).toMatchObject({ recoveryCode: null, converted: false });
  });

  it('treats an empty database file as no database, and refuses an encrypted one whose key file is gone', () => {
    const empty = folder();
    fs.writeFileSync(path.join(empty, DATABASE_FILE_NAME), '');
    expect(unlockFolder(empty, { passphrase: TEST_PASSPHRASE }, TEST_KDF).converted).toBe(false);

    const lost = folder();
    fs.writeFileSync(path.join(lost, DATABASE_FILE_NAME), randomBytes(4096));
    const before = fingerprint(lost);
    expect(() => unlockFolder(lost, { passphrase: TEST_PASSPHRASE }, TEST_KDF)).toThrow(
      `The key file ${KEYS_FILE_NAME} is missing from ${lost}, so the encrypted data there cannot be opened. Put the key file back and start again.`,
    );
    expect(() => unlockFolder(lost, { passphrase: TEST_PASSPHRASE }, TEST_KDF)).toThrow(
      expect.objectContaining({ code: 'internal' }),
    );
    expect(fingerprint(lost)).toStrictEqual(before);
  });
});

describe('a conversion a crash interrupted', () => {
  it('is finished on unlock: a plain database beside a key file is encrypted', () => {
    const dir = folder();
    const keys = createKeys(TEST_PASSPHRASE, TEST_KDF);
    writeKeyFile(dir, keys.file);
    const file = path.join(dir, DATABASE_FILE_NAME);
    const plain = new Database(file);
    plain.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('MARKER-unlock-7f3a');");
    plain.close();
    expect(isPlainDatabase(file)).toBe(true);
    const result = unlockFolder(dir, { passphrase: TEST_PASSPHRASE }, TEST_KDF);
    expect(result).toMatchObject({ converted: true, recoveryCode: null });
    expect(isPlainDatabase(file)).toBe(false);
    expect(fs.readFileSync(file).includes('MARKER-unlock-7f3a')).toBe(false);
    expect(unlockFolder(dir, { passphrase: TEST_PASSPHRASE }, TEST_KDF).converted).toBe(false);
  });
});
