/**
 * The one place a SQLite connection is opened and closed: the main database, staging copies, backups,
 * conversions and the command line all come through `openDatabase`, and ESLint forbids importing the
 * SQLite addon anywhere else. Every open names the addon file explicitly (`nativeBinding`): the build the
 * app ships for Electron once `useNativeBinding` has been called at start-up, otherwise the Node build
 * inside the package. better-sqlite3 therefore never falls back to the `bindings` package, which finds the
 * wrong build in development and nothing at all in a packaged app.
 *
 * Durability settings are applied on every open, because better-sqlite3 12 reopens an existing WAL file
 * with synchronous=NORMAL, which can lose acknowledged writes in a power cut: WAL + synchronous=FULL,
 * foreign keys on, a busy timeout.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { createPrivateFile, makePrivateDir } from '../data/private-files';
import { migrateDatabase } from './migrate';

export type Db = Database.Database;

export const DATABASE_FILE_NAME = 'someday.sqlite';
const ADDON_PACKAGE = 'better-sqlite3-multiple-ciphers';
const ADDON_FILE = path.join('build', 'Release', 'better_sqlite3.node');

export interface OpenOptions {
  /** Skip migrations (used by migration tests that step versions by hand, and by staging copies). */
  migrate?: boolean;
  /** Open without writing (backups being inspected). */
  readonly?: boolean;
  /** The 256-bit data key of an encrypted database (SQLCipher 4 format); absent for a plain one. */
  key?: Buffer | null;
}

let configuredBinding: string | undefined;

/** Called once at start-up by the Electron entry: every database opened afterwards loads this addon. */
export function useNativeBinding(file: string | undefined): void {
  configuredBinding = file;
}

/** The addon file every open loads: Electron's build when configured, else the Node build in the package. */
export function nativeBindingPath(): string {
  if (configuredBinding !== undefined) return configuredBinding;
  const packageDir = path.dirname(require.resolve(`${ADDON_PACKAGE}/package.json`));
  return path.join(packageDir, ADDON_FILE);
}

export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/**
 * SQLite3 Multiple Ciphers in SQLCipher 4 mode, keyed with the raw 256-bit data key (no passphrase KDF
 * here: the key is already random; scrypt runs once, when the key file is unwrapped). Every page, the
 * WAL included, is encrypted and authenticated (HMAC-SHA512). A wrong key fails on the first read with
 * SQLITE_NOTADB, which `openRaw` triggers at once, so a wrong key never looks like an empty database.
 */
function applyKey(db: Db, key: Buffer): void {
  if (key.length !== 32) throw new Error('The data key must be 32 bytes.');
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${key.toString('hex')}'"`);
  db.pragma('temp_store = MEMORY');
}

/** A connection with no settings but the key applied: for the few places that only read a file as it is. */
export function openRaw(
  file: string,
  options: { readonly?: boolean; fileMustExist?: boolean; key?: Buffer | null } = {},
): Db {
  const { key, ...rest } = options;
  const db = new Database(file, { ...rest, nativeBinding: nativeBindingPath() });
  try {
    if (key) applyKey(db, key);
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Whether a file is a plain (unencrypted) SQLite database: it starts with SQLite's own header. */
export function isPlainDatabase(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const header = Buffer.alloc(16);
      return fs.readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === 'SQLite format 3\0';
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:' && !options.readonly) {
    makePrivateDir(path.dirname(file));
    // Owner-only from the first byte; SQLite gives the -wal, -shm and -journal files the database's mode.
    createPrivateFile(file);
  }
  const db = openRaw(file, {
    ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
    key: options.key ?? null,
  });
  try {
    if (!options.readonly) applyPragmas(db);
    if (options.migrate !== false && !options.readonly) migrateDatabase(db, file);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

export function closeDatabase(db: Db): void {
  if (!db.open) return;
  try {
    db.pragma('optimize');
  } catch {
    // optimize is only advice to the query planner; on a full or read-only disk it fails, and closing
    // must still succeed (the reliability disk-full test closes the app on a full disk).
  } finally {
    db.close();
  }
}
