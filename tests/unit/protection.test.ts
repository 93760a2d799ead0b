import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppContext } from '../../main/app-context';
import { backupsDir } from '../../main/data/backups';
import { DATABASE_FILE_NAME, isPlainDatabase } from '../../main/db/connection';
import { findAppRoot } from '../../main/paths';
import { keychainUsable, secretFromKeychain } from '../../main/protection/keychain';
import { normalizeRecoveryCode, readKeyFile } from '../../main/protection/keyring';
import { readPassphraseFile } from '../../main/protection/passphrase-input';
import type { Secret } from '../../main/protection/unlock';
import { makeTempDir } from '../helpers/temp-dir';
import { TEST_KDF, TEST_PASSPHRASE } from '../helpers/test-app';

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((fn) => fn()),
);
const MARKER_NAME = 'Zebediah Quillfeather';
const MARKER_NOTE = 'MARKER-7f3a-private-note';

function folder(): string {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  return temp.dir;
}

const open = (dataDir: string, secret: Secret | null = { passphrase: TEST_PASSPHRASE }) =>
  createAppContext({
    dataDir,
    mode: 'browser',
    version: '0',
    templatesDir: path.join(findAppRoot(), 'templates'),
    dailyBackups: false,
    secret,
    kdf: TEST_KDF,
  });

function files(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).flatMap((entry) => {
    const full = path.join(entry.parentPath, entry.name);
    return entry.isFile() ? [full] : [];
  });
}

/** Every file of the folder with a hash of its bytes: equal maps, byte-for-byte equal folders. */
function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    files(dir).map((file) => [
      path.relative(dir, file),
      createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
    ]),
  );
}

function leaks(dir: string, markers: string[]): string[] {
  return files(dir).flatMap((file) => {
    const bytes = fs.readFileSync(file);
    return markers.flatMap((marker) =>
      bytes.includes(Buffer.from(marker, 'utf8')) || bytes.includes(Buffer.from(marker, 'utf16le'))
        ? [`${path.relative(dir, file)}: ${marker}`]
        : [],
    );
  });
}

async function seed(app: ReturnType<typeof open>): Promise<void> {
  expect((await app.call('contacts:create', { name: MARKER_NAME, notes: MARKER_NOTE })).ok).toBe(true);
}

describe('the encrypted database', () => {
  it('keeps no name or note in any file, WAL and backups included, and plain SQLite cannot read it', async () => {
    const dataDir = folder();
    const app = open(dataDir);
    expect(app.recoveryCode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
    await seed(app);
    expect((await app.call('backups:create', {})).ok).toBe(true);
    expect(fs.statSync(`${path.join(dataDir, DATABASE_FILE_NAME)}-wal`).size).toBeGreaterThan(0);
    expect(leaks(dataDir, [MARKER_NAME, MARKER_NOTE])).toEqual([]);
    const live = path.join(dataDir, DATABASE_FILE_NAME);
    const backup = path.join(backupsDir(dataDir), fs.readdirSync(backupsDir(dataDir))[0]!);
    for (const file of [live, backup]) {
      expect(isPlainDatabase(file)).toBe(false);
      const plain = new Database(file, { readonly: true });
      expect(() => plain.prepare('SELECT count(*) FROM contacts').get()).toThrow(/not a database/);
      plain.close();
    }
    app.close();
    // Control: the scan finds the markers in a plain file.
    fs.writeFileSync(path.join(dataDir, 'control.txt'), MARKER_NAME);
    expect(leaks(dataDir, [MARKER_NAME])).toEqual(['control.txt: Zebediah Quillfeather']);
  });

  it('refuses a wrong passphrase or recovery code with a plain sentence, leaving the folder byte-for-byte unchanged', async () => {
    const dataDir = folder();
    const first = open(dataDir);
    const code = first.recoveryCode!;
    await seed(first);
    first.close();
    const before = fingerprint(dataDir);
    expect(() => open(dataDir, { passphrase: 'not the passphrase' })).toThrow(
      'That passphrase does not unlock your data. Check it and try again; nothing was changed.',
    );
    expect(() => open(dataDir, { recoveryCode: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE' })).toThrow(
      'That recovery code does not unlock your data. Check it and try again; nothing was changed.',
    );
    expect(() => open(dataDir, null)).toThrow('Your data is locked. Enter your passphrase to open it.');
    expect(fingerprint(dataDir)).toEqual(before);

    const recovered = open(dataDir, { recoveryCode: code.toLowerCase().replace(/-/g, ' ') });
    expect(recovered.db.prepare('SELECT name FROM contacts').pluck().all()).toEqual([MARKER_NAME]);
    recovered.close();
  });

  it('converts a plaintext folder from an earlier version: same data, no plain copy left', async () => {
    const dataDir = folder();
    // A folder as the previous version left it: a plain database with data, and a plain backup.
    const raw = new Database(path.join(dataDir, DATABASE_FILE_NAME));
    raw.pragma('journal_mode = WAL');
    raw.close();
    const { migrateDatabase } = await import('../../main/db/migrate');
    const { openDatabase, closeDatabase } = await import('../../main/db/connection');
    const plain = openDatabase(path.join(dataDir, DATABASE_FILE_NAME));
    migrateDatabase(plain, path.join(dataDir, DATABASE_FILE_NAME));
    plain
      .prepare(
        `INSERT INTO contacts (name, notes, relationship, status, created_at, updated_at) VALUES (?, ?, 'recruiter', 'rejected', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
      )
      .run(MARKER_NAME, MARKER_NOTE);
    fs.mkdirSync(backupsDir(dataDir));
    plain.prepare('VACUUM INTO ?').run(path.join(backupsDir(dataDir), 'someday-2026-01-01T00-00-00-000Z-daily.sqlite'));
    closeDatabase(plain);
    expect(leaks(dataDir, [MARKER_NAME]).length).toBeGreaterThan(0);

    const app = open(dataDir);
    expect(app.converted).toBe(true);
    expect(app.db.prepare('SELECT name, notes FROM contacts').all()).toEqual([
      { name: MARKER_NAME, notes: MARKER_NOTE },
    ]);
    app.close();
    expect(isPlainDatabase(path.join(dataDir, DATABASE_FILE_NAME))).toBe(false);
    expect(leaks(dataDir, [MARKER_NAME, MARKER_NOTE])).toEqual([]);
    expect(
      fs.readdirSync(dataDir).filter((name) => name.includes('.plaintext') || name.includes('.encrypting')),
    ).toEqual([]);
  });

  it('finishes shredding a plain backup a kill caught half-overwritten (header zeroed, rows still readable)', async () => {
    const dataDir = folder();
    const app = open(dataDir);
    await seed(app);
    app.close();
    // What a SIGKILL inside shred() can leave: renamed to .shredding, the first bytes zeroed, the rest plain.
    const { SHREDDING_SUFFIX } = await import('../../main/protection/convert');
    fs.mkdirSync(backupsDir(dataDir), { recursive: true });
    const body = Buffer.concat([Buffer.alloc(4096), Buffer.from(`${MARKER_NAME} ${MARKER_NOTE}`)]);
    const half = path.join(backupsDir(dataDir), `someday-2026-01-01T00-00-00-000Z-daily.sqlite${SHREDDING_SUFFIX}`);
    fs.writeFileSync(half, body);
    const leftover = path.join(dataDir, `${DATABASE_FILE_NAME}.plaintext${SHREDDING_SUFFIX}`);
    fs.writeFileSync(leftover, body);
    expect(isPlainDatabase(half)).toBe(false);
    expect(leaks(dataDir, [MARKER_NOTE]).length).toBe(2);

    open(dataDir).close();
    expect(leaks(dataDir, [MARKER_NAME, MARKER_NOTE])).toEqual([]);
    expect(fs.existsSync(half)).toBe(false);
    expect(fs.existsSync(leftover)).toBe(false);
  });

  it('wraps the key with the desktop keychain, and treats Linux basic_text as no keychain', async () => {
    const dataDir = folder();
    const store = {
      backend: 'gnome_libsecret',
      isAsyncEncryptionAvailable: () => Promise.resolve(true),
      getSelectedStorageBackend: () => store.backend,
      encryptStringAsync: (text: string) => Promise.resolve(Buffer.from(text).reverse()),
      decryptStringAsync: (data: Buffer) =>
        Promise.resolve({ result: Buffer.from(data).reverse().toString(), shouldReEncrypt: false }),
    };
    const secret = await secretFromKeychain(dataDir, store, 'linux');
    const app = open(dataDir, secret);
    await seed(app);
    app.close();
    expect(
      readKeyFile(dataDir)!
        .wraps.map((w) => w.kind)
        .sort(),
    ).toEqual(['keychain', 'recovery']);
    const again = open(dataDir, await secretFromKeychain(dataDir, store, 'linux'));
    expect(again.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(1);
    again.close();
    store.backend = 'basic_text';
    expect(await keychainUsable(store, 'linux')).toBe(false);
    expect(await secretFromKeychain(dataDir, store, 'linux')).toBeNull();
    expect(await keychainUsable(store, 'darwin')).toBe(true);
  });
});

describe('passphrase files and recovery codes', () => {
  it('strips exactly one trailing newline, and refuses an empty or missing file in a sentence', () => {
    const dir = folder();
    const write = (name: string, text: string) => {
      fs.writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    };
    expect(readPassphraseFile(write('a', 'secret words\n'))).toBe('secret words');
    expect(readPassphraseFile(write('b', 'secret words\r\n'))).toBe('secret words');
    expect(readPassphraseFile(write('c', 'secret words\n\n'))).toBe('secret words\n');
    expect(() => readPassphraseFile(write('d', '\n'))).toThrow(/is empty/);
    expect(() => readPassphraseFile(path.join(dir, 'missing'))).toThrow(/cannot be read/);
  });

  it('reads back a recovery code typed with spaces, lower case and look-alike letters', () => {
    expect(normalizeRecoveryCode('abcde fghij kmnpq rstvw xyz0o')).toBe('ABCDE-FGH1J-KMNPQ-RSTVW-XYZ00');
  });
});
