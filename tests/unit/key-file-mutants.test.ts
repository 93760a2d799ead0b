/**
 * Tests aimed at mutants of the key file on disk (keyring.ts; issue 21, `npm run mutate -- --group
 * encryption`): absent, written whole, private and closed, read back, and refused when damaged or foreign.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeys, KEYS_FILE_NAME, keysFile, readKeyFile, writeKeyFile } from '../../main/protection/keyring';
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

describe('the key file on disk', () => {
  it('is absent (null) in a new folder, and written whole, private, as indented JSON with a final newline', () => {
    const dir = folder();
    expect(readKeyFile(dir)).toBeNull();
    const { file } = createKeys(TEST_PASSPHRASE, TEST_KDF, NOW);
    writeKeyFile(dir, file);
    expect(keysFile(dir)).toBe(path.join(dir, KEYS_FILE_NAME));
    expect(KEYS_FILE_NAME).toBe('someday.keys.json');
    expect(fs.readdirSync(dir)).toStrictEqual([KEYS_FILE_NAME]);
    expect(fs.readFileSync(keysFile(dir), 'utf8')).toBe(`${JSON.stringify(file, null, 2)}\n`);
    if (process.platform !== 'win32') expect(fs.statSync(keysFile(dir)).mode & 0o777).toBe(0o600);
    expect(readKeyFile(dir)).toStrictEqual(file);
    const next = { ...file, autoLockMinutes: 5 };
    writeKeyFile(dir, next);
    expect(readKeyFile(dir)).toStrictEqual(next);
  });

  it.runIf(fs.existsSync('/proc/self/fd'))('leaves no file descriptor open after writing (/proc lists them)', () => {
    const dir = folder();
    const { file } = createKeys(TEST_PASSPHRASE, TEST_KDF);
    const open = () => fs.readdirSync('/proc/self/fd').length;
    writeKeyFile(dir, file);
    const before = open();
    for (let i = 0; i < 20; i += 1) writeKeyFile(dir, file);
    expect(open()).toBe(before);
  });

  it('refuses a damaged file and one of another format or version, each in a sentence', () => {
    const dir = folder();
    const write = (text: string) => fs.writeFileSync(keysFile(dir), text);
    write('{ not json');
    expect(() => readKeyFile(dir)).toThrow(`The key file ${KEYS_FILE_NAME} is damaged, so your data cannot be opened.`);
    expect(() => readKeyFile(dir)).toThrow(expect.objectContaining({ code: 'internal' }));
    const foreign = `The key file ${KEYS_FILE_NAME} is not one this version of Someday can read.`;
    const good = { format: 'someday-keys', version: 1, wraps: [] };
    write(JSON.stringify(good));
    expect(readKeyFile(dir)).toStrictEqual(good);
    for (const bad of [
      { ...good, format: 'other' },
      { ...good, version: 2 },
      { ...good, wraps: {} },
      { format: 'someday-keys', version: 1 },
    ]) {
      write(JSON.stringify(bad));
      expect(() => readKeyFile(dir)).toThrow(foreign);
      expect(() => readKeyFile(dir)).toThrow(expect.objectContaining({ code: 'internal' }));
    }
  });

  it('passes on an error other than a missing file', () => {
    const dir = folder();
    fs.mkdirSync(keysFile(dir));
    expect(() => readKeyFile(dir)).toThrow(/EISDIR/);
  });
});
