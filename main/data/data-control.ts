/**
 * What the data handlers need beyond a handler context: the data folder, a way to close and reopen
 * the database (delete-all leaves a fresh empty one without a restart; through the connection's one
 * owner, so everyone sees the new connection), one-at-a-time running of the slow operations (a backup
 * must not overlap a restore or a delete), and the daily backup, taken on open and checked every hour
 * while the app runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/connection';
import type { DatabaseOwner } from '../db/database-owner';
import { getSettings } from '../db/settings-repository';
import type { BackupFailure, BackupStatus } from '../../core/data';
import { createBackup, isDailyBackupDue, listBackups } from './backups';
import { currentFailure, recordFailure, retryDelayMs } from './backup-health';
import { EXPORT_TABLES } from './table-registry';
import { createTransfers, type Transfers } from './transfers';

export const RECORDINGS_FOLDER = 'recordings';
const HOUR_MS = 60 * 60 * 1000;

export interface DataControl {
  dataDir: string;
  databaseFile: string;
  /** Runs slow data operations one after another. */
  exclusive: <T>(task: () => Promise<T>) => Promise<T>;
  /** Closes the live database, runs `change` on the folder, then opens it again (fresh if it was removed). */
  reopen: (change: () => void) => void;
  dailyBackup: () => Promise<void>;
  /** Whether the last daily backup failed (and no backup was made since), why, and when it is tried again. */
  backupStatus: () => BackupStatus;
  stop: () => void;
  /** Files held for an import or a download, and the progress and Cancel of a long export or import. */
  transfers: Transfers;
}

export function hasUserData(db: Db): boolean {
  return EXPORT_TABLES.some((table) => db.prepare(`SELECT 1 FROM "${table.name}" LIMIT 1`).get() !== undefined);
}

export function createDataControl(
  database: DatabaseOwner,
  now: () => Date,
  options: { dailyBackups: boolean },
): DataControl {
  let queue: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setInterval> | null = null;
  let stopped = false;
  let failure: BackupFailure | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;

  const clearRetry = () => {
    if (retry) clearTimeout(retry);
    retry = null;
  };
  const succeeded = () => {
    failure = null;
    clearRetry();
  };
  const failed = (error: unknown) => {
    failure = recordFailure(failure, error, now());
    clearRetry();
    retry = setTimeout(() => void control.dailyBackup(), retryDelayMs(failure.attempts));
    retry.unref();
  };

  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const control: DataControl = {
    dataDir: path.dirname(database.file),
    databaseFile: database.file,
    exclusive,
    reopen: (change) => {
      database.reopen(change);
    },
    dailyBackup: () =>
      exclusive(async () => {
        if (stopped || !database.isOpen()) return;
        const db = database.current();
        // Nothing to back up, or a backup from the last day exists: nothing is failing.
        if (!hasUserData(db) || !isDailyBackupDue(control.dataDir, now())) return succeeded();
        await createBackup(db, control.dataDir, 'daily', now(), getSettings(db).backupsToKeep);
        succeeded();
      }).catch((error: unknown) => {
        if (stopped) return;
        console.error('[someday] daily backup failed:', error);
        failed(error);
      }),
    backupStatus: () => {
      failure = currentFailure(failure, listBackups(control.dataDir)[0]?.createdAt);
      if (!failure) clearRetry();
      return { failure: failure && { ...failure, nextAttemptAt: retry ? failure.nextAttemptAt : null } };
    },
    transfers: createTransfers(path.dirname(database.file)),
    stop: () => {
      stopped = true;
      control.transfers.stop();
      if (timer) clearInterval(timer);
      timer = null;
      clearRetry();
    },
  };

  if (options.dailyBackups) {
    // Decided now, on open, from what the file holds now (a brand-new empty one needs no backup).
    const db = database.current();
    if (hasUserData(db) && isDailyBackupDue(control.dataDir, now())) void control.dailyBackup();
    timer = setInterval(() => void control.dailyBackup(), HOUR_MS);
    timer.unref();
  }
  return control;
}

/** Everything of the person's in the data folder, as paths: the database and its journals, backups, recordings, leftovers. */
export function userFiles(dataDir: string, databaseFile: string): string[] {
  const base = path.basename(databaseFile);
  let names: string[] = [];
  try {
    names = fs.readdirSync(dataDir);
  } catch {
    return [];
  }
  return names
    .filter(
      (name) =>
        name === base ||
        name.startsWith(`${base}-`) ||
        name.startsWith(`${base}.`) ||
        name.startsWith('.staging-') ||
        name.startsWith('.upload-') ||
        name.startsWith('.export-') ||
        name === 'backups' ||
        name === RECORDINGS_FOLDER,
    )
    .map((name) => path.join(dataDir, name));
}
