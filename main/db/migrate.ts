/**
 * Schema migrations, versioned by PRAGMA user_version. All pending steps run in one transaction, an
 * existing file is copied into the data folder's backups/ before it is changed, and a file written by
 * a newer Someday is refused rather than guessed at.
 *
 * The copy uses VACUUM INTO, not the online backup API (db.backup()) the other backups use: migrations
 * run inside openDatabase, which is synchronous, before any other code can touch the file, and
 * db.backup() is asynchronous. VACUUM INTO is SQLite's own consistent snapshot, read through the WAL
 * like any query; never a raw copy of a live WAL file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/api-result';
import type { Db } from './connection';
import { MIGRATIONS, type Migration } from './migrations';
import { createPrivateFile, makePrivateDir } from '../data/private-files';

export const LATEST_VERSION = MIGRATIONS.length;

export function getSchemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export interface MigrateOptions {
  migrations?: readonly Migration[];
  target?: number;
  /** Set to false for a scratch copy (import staging) that needs no backup of its own. */
  backup?: boolean;
}

export function migrateDatabase(db: Db, file: string, options: MigrateOptions = {}): void {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.length;
  const target = options.target ?? latest;
  const current = getSchemaVersion(db);
  if (current > latest) {
    throw new AppError(
      'conflict',
      `This data file was written by a newer version of Someday (schema ${current}; this version knows up to ${latest}). Update Someday to open it.`,
    );
  }
  if (current >= target) return;
  if (current > 0 && file !== ':memory:' && options.backup !== false) backupBeforeMigration(db, file, current, target);
  db.transaction(() => {
    for (let version = current + 1; version <= target; version++) {
      migrations[version - 1]!(db);
      db.pragma(`user_version = ${version}`);
    }
  })();
}

/** In the backups/ folder beside the database, where the app lists it and can restore from it. */
export function backupFileName(file: string, from: number, to: number): string {
  return path.join(path.dirname(file), 'backups', `before-migration-v${from}-to-v${to}.sqlite`);
}

function backupBeforeMigration(db: Db, file: string, from: number, to: number): void {
  const target = backupFileName(file, from, to);
  makePrivateDir(path.dirname(target));
  if (fs.existsSync(target)) fs.rmSync(target);
  // VACUUM INTO accepts an empty file, so the copy is owner-only before its first page is written.
  createPrivateFile(target);
  db.prepare('VACUUM INTO ?').run(target);
}
