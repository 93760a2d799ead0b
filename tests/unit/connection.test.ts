import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { closeDatabase, openDatabase } from '../../main/db/connection';
import { LATEST_VERSION } from '../../main/db/migrate';
import { makeTempDir } from '../helpers/temp-dir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

function tempFile(): string {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  return path.join(temp.dir, 'someday.sqlite');
}

function durability(db: Database.Database) {
  return {
    journal: db.pragma('journal_mode', { simple: true }),
    synchronous: db.pragma('synchronous', { simple: true }),
    foreignKeys: db.pragma('foreign_keys', { simple: true }),
    busyTimeout: db.pragma('busy_timeout', { simple: true }),
  };
}

describe('openDatabase', () => {
  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout on a new file', () => {
    const db = openDatabase(tempFile());
    expect(durability(db)).toEqual({ journal: 'wal', synchronous: 2, foreignKeys: 1, busyTimeout: 5000 });
    closeDatabase(db);
  });

  it('sets the same again when an existing WAL file is reopened (better-sqlite3 would default to NORMAL)', () => {
    const file = tempFile();
    closeDatabase(openDatabase(file));
    const raw = new Database(file);
    expect(raw.pragma('synchronous', { simple: true })).not.toBe(2);
    raw.close();
    const db = openDatabase(file);
    expect(durability(db)).toEqual({ journal: 'wal', synchronous: 2, foreignKeys: 1, busyTimeout: 5000 });
    closeDatabase(db);
  });

  it('sets them too on a WAL file whose -wal still holds committed rows (another connection open)', () => {
    const file = tempFile();
    const first = openDatabase(file);
    first.pragma('wal_autocheckpoint = 0');
    first.prepare("INSERT INTO settings (key, value) VALUES ('theme', '\"dark\"')").run();
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    const second = openDatabase(file);
    expect(durability(second)).toEqual({ journal: 'wal', synchronous: 2, foreignKeys: 1, busyTimeout: 5000 });
    expect(second.prepare('SELECT value FROM settings').pluck().get()).toBe('"dark"');
    closeDatabase(second);
    closeDatabase(first);
  });

  it('creates the folder and migrates to the latest version with STRICT tables', () => {
    const db = openDatabase(tempFile());
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const tables = db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE '%fts%'")
      .all() as { name: string; sql: string }[];
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(table.sql, table.name).toMatch(/\)\s*STRICT\s*$/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    closeDatabase(db);
  });

  it('closes cleanly, twice', () => {
    const db = openDatabase(tempFile());
    closeDatabase(db);
    expect(db.open).toBe(false);
    expect(() => closeDatabase(db)).not.toThrow();
  });
});
