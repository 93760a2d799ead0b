/**
 * Schema migrations, versioned by PRAGMA user_version. All pending steps run in one transaction, an
 * existing file is copied aside (with VACUUM INTO, never a raw copy of a live WAL file) before it is
 * changed, and a file written by a newer Someday is refused rather than guessed at.
 */
import fs from 'node:fs';
import { AppError } from '../../core/api-result';
import type { Db } from './connection';
import { MIGRATIONS, type Migration } from './migrations';

export const LATEST_VERSION = MIGRATIONS.length;

export function getSchemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export interface MigrateOptions {
  migrations?: readonly Migration[];
  target?: number;
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
  if (current > 0 && file !== ':memory:') backupBeforeMigration(db, file, current, target);
  db.transaction(() => {
    for (let version = current + 1; version <= target; version++) {
      migrations[version - 1]!(db);
      db.pragma(`user_version = ${version}`);
    }
  })();
}

export function backupFileName(file: string, from: number, to: number): string {
  return `${file}.v${from}-before-v${to}.bak`;
}

function backupBeforeMigration(db: Db, file: string, from: number, to: number): void {
  const target = backupFileName(file, from, to);
  if (fs.existsSync(target)) fs.rmSync(target);
  db.prepare('VACUUM INTO ?').run(target);
}
