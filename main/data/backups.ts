/**
 * Backups in <dataDir>/backups/, made with `VACUUM INTO`, which writes a consistent, compacted snapshot
 * (through the WAL; a raw copy of a live WAL database can miss every committed row still in the -wal
 * file) encrypted with the same key as the database (SQLite's online backup API, db.backup(), refuses
 * an encrypted source). A backup is written under a temporary name and
 * renamed when complete, so a half-written file is never listed. Only the newest N daily backups are kept (the
 * backupsToKeep setting); the others are a safety net, kept until delete-all. The copy taken before a
 * migration (main/db/migrate.ts) is listed too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/api-result';
import { BACKUP_REASONS_PRUNED_BY_COUNT, type BackupInfo, type BackupReason } from '../../core/data';
import type { Db } from '../db/connection';
import { createPrivateFile, makePrivateDir } from './private-files';

export const BACKUPS_FOLDER = 'backups';
const DAY_MS = 24 * 60 * 60 * 1000;
const OWN =
  /^someday-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(daily|manual|before-restore|before-import)(?:-(\d+))?\.sqlite$/;
const MIGRATION = /^before-migration-v\d+-to-v\d+\.sqlite$/;

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, BACKUPS_FOLDER);
}

/** `sequence` orders backups made within the same millisecond (a second one gets -2 in its name). */
type Listed = BackupInfo & { sequence: number };

function describe(dir: string, name: string): Listed | null {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(path.join(dir, name));
  } catch {
    return null;
  }
  if (!stats.isFile()) return null;
  const own = OWN.exec(name);
  if (own) {
    const [, day, hours, minutes, seconds, millis, reason] = own;
    const createdAt = `${day}T${hours}:${minutes}:${seconds}.${millis}Z`;
    return { name, reason: reason as BackupReason, createdAt, bytes: stats.size, sequence: Number(own[7] ?? 1) };
  }
  if (MIGRATION.test(name)) {
    return { name, reason: 'before-migration', createdAt: stats.mtime.toISOString(), bytes: stats.size, sequence: 0 };
  }
  return null;
}

/** Newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupsDir(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => describe(dir, name))
    .filter((info): info is Listed => info !== null)
    .sort((a, b) => (a.createdAt === b.createdAt ? b.sequence - a.sequence : b.createdAt.localeCompare(a.createdAt)))
    .map(({ sequence: _sequence, ...info }) => info);
}

export function findBackup(dataDir: string, name: string): { info: BackupInfo; file: string } {
  const info = listBackups(dataDir).find((backup) => backup.name === name);
  if (!info)
    throw new AppError(
      'not-found',
      'That backup is no longer in the backups folder. Refresh the list and choose another.',
    );
  return { info, file: path.join(backupsDir(dataDir), name) };
}

/** A new name, numbered after any backup made in the same millisecond so the newest always sorts first. */
function freeName(dir: string, now: Date, reason: BackupReason): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let last = 0;
  for (const name of fs.readdirSync(dir)) {
    const own = OWN.exec(name);
    if (own && name.startsWith(`someday-${stamp}-`)) last = Math.max(last, Number(own[7] ?? 1));
  }
  return `someday-${stamp}-${reason}${last === 0 ? '' : `-${last + 1}`}.sqlite`;
}

/**
 * Deletes all but the newest `keep` daily backups. Backups made by the person, before an import, a
 * restore or an update are never removed by the count: an imported `backupsToKeep: 1` must not let the
 * next backup delete the copy taken before that import.
 */
export function pruneBackups(dataDir: string, keep: number): string[] {
  const dir = backupsDir(dataDir);
  const old = listBackups(dataDir)
    .filter((backup) => BACKUP_REASONS_PRUNED_BY_COUNT.includes(backup.reason))
    .slice(Math.max(1, keep));
  for (const backup of old) {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path.join(dir, `${backup.name}${suffix}`), { force: true });
  }
  return old.map((backup) => backup.name);
}

export async function createBackup(
  db: Db,
  dataDir: string,
  reason: BackupReason,
  now: Date,
  keep: number,
): Promise<BackupInfo> {
  const dir = backupsDir(dataDir);
  makePrivateDir(dir);
  const name = freeName(dir, now, reason);
  const partial = path.join(dir, `.partial-${name}`);
  fs.rmSync(partial, { force: true });
  try {
    // VACUUM INTO accepts an empty file, so the copy is owner-only before its first page is written.
    createPrivateFile(partial);
    db.prepare('VACUUM INTO ?').run(partial);
    fs.renameSync(partial, path.join(dir, name));
  } catch (error) {
    fs.rmSync(partial, { force: true });
    const message = error instanceof Error ? error.message : String(error);
    if (/SQLITE_FULL|disk is full|ENOSPC/i.test(message)) {
      throw new AppError('internal', 'The disk is full, so the backup could not be made. Nothing was changed.');
    }
    throw new AppError('internal', 'The backup could not be written. Nothing was changed.');
  }
  pruneBackups(dataDir, keep);
  const info = listBackups(dataDir).find((backup) => backup.name === name);
  if (!info) throw new AppError('internal', 'The backup was written but then disappeared from the backups folder.');
  return info;
}

/** Whether the newest backup is more than a day old (or there is none). */
export function isDailyBackupDue(dataDir: string, now: Date): boolean {
  const newest = listBackups(dataDir)[0];
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= DAY_MS;
}
