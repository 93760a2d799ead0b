/**
 * The one place a SQLite connection is opened and closed. Durability settings are applied on every
 * open, because better-sqlite3 12 reopens an existing WAL file with synchronous=NORMAL, which can lose
 * acknowledged writes in a power cut: WAL + synchronous=FULL, foreign keys on, a busy timeout.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrateDatabase } from './migrate';

export type Db = Database.Database;

export const DATABASE_FILE_NAME = 'someday.sqlite';

export interface OpenOptions {
  /** Path of an Electron-ABI build of better-sqlite3; absent under plain Node. */
  nativeBinding?: string;
  /** Skip migrations (used by migration tests that step versions by hand). */
  migrate?: boolean;
}

export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    applyPragmas(db);
    if (options.migrate !== false) migrateDatabase(db, file);
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
