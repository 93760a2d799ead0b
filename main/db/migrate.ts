/**
 * Schema migrations, versioned by PRAGMA user_version. All pending steps run in one transaction, an
 * existing file is copied aside (SQLite's online backup, never a raw copy of a live WAL file) before
 * it is changed, and a file written by a newer Someday is refused rather than guessed at.
 */
import fs from 'node:fs';
import { AppError } from '../../core/api-result';
import type { Db } from './connection';
import { MIGRATIONS } from './migrations';

export const LATEST_VERSION = MIGRATIONS.length;

export function getSchemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrateDatabase(db: Db, file: string, target: number = LATEST_VERSION): void {
  const current = getSchemaVersion(db);
  if (current > LATEST_VERSION) {
    throw new AppError(
      'conflict',
      `This data file was written by a newer version of Someday (schema ${current}; this version knows up to ${LATEST_VERSION}). Update Someday to open it.`,
    );
  }
  if (current >= target) return;
  if (current > 0 && file !== ':memory:') backupBeforeMigration(db, file, current);
  db.transaction(() => {
    for (let version = current + 1; version <= target; version++) {
      MIGRATIONS[version - 1]!(db);
      db.pragma(`user_version = ${version}`);
    }
  })();
}

function backupBeforeMigration(db: Db, file: string, version: number): void {
  const target = `${file}.before-v${LATEST_VERSION}-from-v${version}.bak`;
  if (fs.existsSync(target)) return;
  db.exec(`VACUUM INTO '${target.replaceAll("'", "''")}'`);
}
