/**
 * Tests aimed at mutants of main/protection/convert.ts (issue 21; `npm run mutate -- --group encryption
 * --only main/protection/convert.ts`): shredding a file (overwritten in place with zeros, in chunks, then
 * removed), finishing or undoing an interrupted conversion (which leftovers go, which stay), and the
 * conversion itself (the result encrypted, private, with the same rows, and refused when a row is lost).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupsDir } from '../../main/data/backups';
import { closeDatabase, DATABASE_FILE_NAME, isPlainDatabase, openDatabase, openRaw } from '../../main/db/connection';
import {
  convertToEncrypted,
  ENCRYPTING_SUFFIX,
  PLAINTEXT_SUFFIX,
  recoverConversion,
  shred,
  SHREDDING_SUFFIX,
} from '../../main/protection/convert';
import { makeTempDir } from '../helpers/temp-dir';

const cleanups: (() => void)[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  cleanups.splice(0).forEach((fn) => fn());
});

function folder(): string {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  return temp.dir;
}

const KEY = Buffer.alloc(32, 9);

/** A plain database at `file` with one table of `rows` rows (WAL mode, as the earlier version left it). */
function plainDatabase(file: string, rows: number): void {
  const db = openDatabase(file, { migrate: false });
  db.exec('CREATE TABLE notes (body TEXT)');
  const insert = db.prepare('INSERT INTO notes (body) VALUES (?)');
  for (let i = 0; i < rows; i += 1) insert.run(`private note ${i}`);
  closeDatabase(db);
}

/** An encrypted database at `file` (as the live one is after a conversion). */
function encryptedDatabase(file: string): void {
  plainDatabase(file, 1);
  convertToEncrypted(file, KEY);
}

describe('shred', () => {
  it('overwrites every byte with zeros, across several 1 MB chunks and a short last one, then removes the file', () => {
    const dir = folder();
    const file = path.join(dir, 'copy.sqlite');
    const size = (1 << 20) * 2 + 12_345;
    fs.writeFileSync(file, Buffer.alloc(size, 0x41));
    // A second name for the same bytes shows what shred wrote before it removed the first.
    const witness = path.join(dir, 'witness');
    fs.linkSync(file, witness);

    shred(file);

    expect(fs.existsSync(file)).toBe(false);
    expect(fs.existsSync(`${file}${SHREDDING_SUFFIX}`)).toBe(false);
    const after = fs.readFileSync(witness);
    expect(after).toHaveLength(size);
    expect(after.equals(Buffer.alloc(size))).toBe(true);
  });

  it('renames the file to <name>.shredding before overwriting it, and does not rename a .shredding name again', () => {
    const dir = folder();
    const file = path.join(dir, 'copy.sqlite');
    fs.writeFileSync(file, 'plain rows');
    const renames = vi.spyOn(fs, 'renameSync');
    shred(file);
    expect(renames.mock.calls).toEqual([[file, `${file}.shredding`]]);

    renames.mockClear();
    const half = path.join(dir, `other.sqlite${SHREDDING_SUFFIX}`);
    fs.writeFileSync(half, 'half overwritten');
    shred(half);
    expect(renames).not.toHaveBeenCalled();
    expect(fs.existsSync(half)).toBe(false);
  });

  it('does nothing, and throws nothing, for a file that is gone already', () => {
    const dir = folder();
    const file = path.join(dir, 'gone.sqlite');
    expect(() => shred(file)).not.toThrow();
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(() => shred(path.join(dir, `gone${SHREDDING_SUFFIX}`))).not.toThrow();
  });

  it('still removes a file it cannot open for writing', () => {
    const dir = folder();
    const file = path.join(dir, `stuck${SHREDDING_SUFFIX}`);
    fs.writeFileSync(file, 'plain rows');
    vi.spyOn(fs, 'openSync').mockImplementation(() => {
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    });
    shred(file);
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('recoverConversion', () => {
  it('removes a partial encrypted copy and its journal, whatever state the live database is in', () => {
    const dir = folder();
    const live = path.join(dir, DATABASE_FILE_NAME);
    plainDatabase(live, 3);
    fs.writeFileSync(`${live}${ENCRYPTING_SUFFIX}`, 'half encrypted');
    fs.writeFileSync(`${live}${ENCRYPTING_SUFFIX}-journal`, 'journal');
    recoverConversion(live);
    expect(fs.readdirSync(dir).sort()).toEqual([DATABASE_FILE_NAME]);
    expect(isPlainDatabase(live)).toBe(true);
  });

  it('drops the second name of a plain database still live (same file), and leaves its plain backups alone', () => {
    const dir = folder();
    const live = path.join(dir, DATABASE_FILE_NAME);
    plainDatabase(live, 3);
    fs.linkSync(live, `${live}${PLAINTEXT_SUFFIX}`);
    fs.mkdirSync(backupsDir(dir));
    const backup = path.join(backupsDir(dir), 'someday-daily.sqlite');
    fs.copyFileSync(live, backup);
    const overwrites = vi.spyOn(fs, 'writeSync');

    recoverConversion(live);

    expect(fs.existsSync(`${live}${PLAINTEXT_SUFFIX}`)).toBe(false);
    // Removed, not overwritten: it is the live database's own bytes.
    expect(overwrites).not.toHaveBeenCalled();
    expect(isPlainDatabase(live)).toBe(true);
    expect(isPlainDatabase(backup)).toBe(true);
  });

  it('keeps a plain second name that is a different file while the live database is still plain', () => {
    const dir = folder();
    const live = path.join(dir, DATABASE_FILE_NAME);
    plainDatabase(live, 3);
    fs.copyFileSync(live, `${live}${PLAINTEXT_SUFFIX}`);
    recoverConversion(live);
    expect(isPlainDatabase(`${live}${PLAINTEXT_SUFFIX}`)).toBe(true);
  });

  it('once the live database is encrypted, shreds every plain copy and leaves everything else', () => {
    const dir = folder();
    const live = path.join(dir, DATABASE_FILE_NAME);
    encryptedDatabase(live);
    const plainBytes = path.join(dir, 'plain-source.sqlite');
    plainDatabase(plainBytes, 2);
    const copyPlain = (to: string) => {
      fs.copyFileSync(plainBytes, to);
      return to;
    };
    // A plain copy under the second name, not the live file's inode: overwritten before it goes.
    const second = copyPlain(`${live}${PLAINTEXT_SUFFIX}`);
    const witness = path.join(dir, 'witness-of-second');
    fs.linkSync(second, witness);
    const gone = [
      second,
      copyPlain(path.join(dir, '.staging-123')),
      copyPlain(path.join(dir, `${DATABASE_FILE_NAME}.pre-migration.bak`)),
      path.join(dir, `${DATABASE_FILE_NAME}.plaintext${SHREDDING_SUFFIX}`),
    ];
    fs.writeFileSync(gone[3]!, 'header zeroed, rows further on');
    fs.mkdirSync(backupsDir(dir));
    gone.push(copyPlain(path.join(backupsDir(dir), 'someday-daily.sqlite')));
    gone.push(path.join(backupsDir(dir), `someday-weekly.sqlite${SHREDDING_SUFFIX}`));
    fs.writeFileSync(gone[5]!, 'half shredded');
    const kept = [
      // Encrypted backups are the person's: kept.
      path.join(backupsDir(dir), 'someday-encrypted.sqlite'),
      // Names that are not the app's plain leftovers.
      copyPlain(path.join(dir, `${DATABASE_FILE_NAME}.bak.keep`)),
      copyPlain(path.join(dir, `other.sqlite.bak`)),
      copyPlain(path.join(dir, `${DATABASE_FILE_NAME}-copy.bak`)),
      path.join(dir, '.staging-not-a-database'),
    ];
    fs.copyFileSync(live, kept[0]!);
    fs.writeFileSync(kept[4]!, 'not a database');

    recoverConversion(live);

    expect(gone.filter((file) => fs.existsSync(file))).toEqual([]);
    expect(kept.filter((file) => !fs.existsSync(file))).toEqual([]);
    const witnessBytes = fs.readFileSync(witness);
    expect(witnessBytes.equals(Buffer.alloc(witnessBytes.length))).toBe(true);
    expect(isPlainDatabase(live)).toBe(false);
  });

  it('removes, without overwriting, a second name of the encrypted live database', () => {
    const dir = folder();
    const live = path.join(dir, DATABASE_FILE_NAME);
    encryptedDatabase(live);
    fs.linkSync(live, `${live}${PLAINTEXT_SUFFIX}`);
    const before = fs.readFileSync(live);
    recoverConversion(live);
    expect(fs.existsSync(`${live}${PLAINTEXT_SUFFIX}`)).toBe(false);
    expect(fs.readFileSync(live).equals(before)).toBe(true);
  });

  it('keeps the second name when the live database is missing: it may be the only copy left', () => {
    const dir = folder();
    const live = path.join(dir, DATABASE_FILE_NAME);
    plainDatabase(`${live}${PLAINTEXT_SUFFIX}`, 2);
    recoverConversion(live);
    expect(isPlainDatabase(`${live}${PLAINTEXT_SUFFIX}`)).toBe(true);
  });

  it('does nothing when there is no database yet', () => {
    const dir = folder();
    const live = path.join(dir, DATABASE_FILE_NAME);
    expect(() => recoverConversion(live)).not.toThrow();
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('convertToEncrypted', () => {
  it('leaves one private, encrypted database with every row, and no -wal, -shm, copy or second name', () => {
    const dir = folder();
    const live = path.join(dir, DATABASE_FILE_NAME);
    plainDatabase(live, 25);
    // A backup from the earlier version: plain, so it goes too.
    fs.mkdirSync(backupsDir(dir));
    const backup = path.join(backupsDir(dir), 'someday-daily.sqlite');
    fs.copyFileSync(live, backup);

    convertToEncrypted(live, KEY);

    expect(fs.readdirSync(dir).sort()).toEqual(['backups', DATABASE_FILE_NAME]);
    expect(fs.readdirSync(backupsDir(dir))).toEqual([]);
    expect(isPlainDatabase(live)).toBe(false);
    expect(fs.statSync(live).mode & 0o777).toBe(0o600);
    expect(() => openRaw(live)).toThrow();
    const db = openRaw(live, { key: KEY });
    try {
      expect(db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(25);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      // SQLCipher 4 settings, so the desktop and the data CLI open it the same way.
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    } finally {
      db.close();
    }
    expect(fs.readFileSync(live).includes(Buffer.from('private note'))).toBe(false);
  });

  it('includes rows still in the -wal file of the plain database', () => {
    const dir = folder();
    const live = path.join(dir, DATABASE_FILE_NAME);
    plainDatabase(live, 2);
    // A writer that stops without checkpointing (as a killed app does) leaves rows in the -wal only.
    const writer = openDatabase(live, { migrate: false });
    writer.pragma('wal_autocheckpoint = 0');
    writer.prepare('INSERT INTO notes (body) VALUES (?)').run('only in the wal');
    const walCopy = fs.readFileSync(`${live}-wal`);
    const mainCopy = fs.readFileSync(live);
    writer.close();
    fs.writeFileSync(live, mainCopy);
    fs.writeFileSync(`${live}-wal`, walCopy);

    convertToEncrypted(live, KEY);

    expect(fs.existsSync(`${live}-wal`)).toBe(false);
    expect(fs.existsSync(`${live}-shm`)).toBe(false);
    const db = openRaw(live, { key: KEY });
    try {
      expect(db.prepare('SELECT body FROM notes ORDER BY rowid').pluck().all()).toEqual([
        'private note 0',
        'private note 1',
        'only in the wal',
      ]);
    } finally {
      db.close();
    }
  });

  it('refuses a copy that lost rows in one sentence, and leaves the plain database live and unchanged', () => {
    const dir = folder();
    const live = path.join(dir, DATABASE_FILE_NAME);
    plainDatabase(live, 5);
    const shorter = path.join(dir, 'shorter.sqlite');
    plainDatabase(shorter, 4);
    const realCopy = fs.copyFileSync;
    // The copy step hands back a database one row short (as a copy cut short by a full disk could).
    vi.spyOn(fs, 'copyFileSync').mockImplementation((_from, to) => realCopy(shorter, to));
    const before = fs.readFileSync(live);

    expect(() => convertToEncrypted(live, KEY)).toThrow(
      expect.objectContaining({
        code: 'internal',
        message: 'Encrypting your data lost rows of notes, so it was left as it was.',
      }),
    );
    expect(fs.readFileSync(live).equals(before)).toBe(true);
    expect(fs.existsSync(`${live}${PLAINTEXT_SUFFIX}`)).toBe(false);

    // The next start removes the partial copy and converts again.
    vi.restoreAllMocks();
    fs.rmSync(shorter);
    convertToEncrypted(live, KEY);
    expect(fs.readdirSync(dir)).toEqual([DATABASE_FILE_NAME]);
    const db = openRaw(live, { key: KEY });
    try {
      expect(db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(5);
    } finally {
      db.close();
    }
  });

  it('does not migrate the plain database: the encrypted copy has exactly the tables it had', () => {
    const dir = folder();
    const live = path.join(dir, DATABASE_FILE_NAME);
    plainDatabase(live, 1);
    convertToEncrypted(live, KEY);
    const db = openRaw(live, { key: KEY });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
      expect(tables).toEqual(['notes']);
    } finally {
      db.close();
    }
  });

  it('refuses a copy that fails its integrity check in one sentence, and leaves the plain database live', () => {
    const dir = folder();
    const live = path.join(dir, DATABASE_FILE_NAME);
    plainDatabase(live, 5);
    const before = fs.readFileSync(live);
    const realPragma = Database.prototype.pragma;
    vi.spyOn(Database.prototype, 'pragma').mockImplementation(function (
      this: Database.Database,
      source: string,
      options?: Database.PragmaOptions,
    ) {
      return source === 'integrity_check'
        ? '*** in database main *** Page 3: never used'
        : realPragma.call(this, source, options);
    });
    expect(() => convertToEncrypted(live, KEY)).toThrow(
      expect.objectContaining({
        code: 'internal',
        message: 'Encrypting your data failed a check, so it was left as it was.',
      }),
    );
    expect(fs.readFileSync(live).equals(before)).toBe(true);
    expect(fs.existsSync(`${live}${PLAINTEXT_SUFFIX}`)).toBe(false);
  });

  it('replaces a stale second name left by an earlier attempt', () => {
    const dir = folder();
    const live = path.join(dir, DATABASE_FILE_NAME);
    plainDatabase(live, 3);
    const stale = `${live}${PLAINTEXT_SUFFIX}`;
    fs.writeFileSync(stale, 'stale');
    convertToEncrypted(live, KEY);
    expect(fs.existsSync(stale)).toBe(false);
    expect(isPlainDatabase(live)).toBe(false);
  });
});
