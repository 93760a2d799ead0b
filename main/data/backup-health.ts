/**
 * What happens when a daily backup fails (a full disk, a folder Someday may not write to): the failure
 * is kept with a plain reason, shown in Settings and on the app's shell (`backups:status`), and the
 * backup is tried again after 5, 15 and 30 minutes, then every hour. Any backup made since the failure
 * clears it, whoever made it.
 */
import type { BackupFailure } from '../../core/data';

const MINUTE_MS = 60_000;
export const RETRY_DELAYS_MS: readonly number[] = [5 * MINUTE_MS, 15 * MINUTE_MS, 30 * MINUTE_MS, 60 * MINUTE_MS];

/** How long to wait before the next try after `attempts` failures in a row. */
export function retryDelayMs(attempts: number): number {
  return RETRY_DELAYS_MS[Math.min(Math.max(attempts, 1), RETRY_DELAYS_MS.length) - 1]!;
}

function textOf(error: unknown): string {
  if (error instanceof Error) return `${(error as NodeJS.ErrnoException).code ?? ''} ${error.message}`;
  return String(error);
}

/** Why a backup failed, in one sentence for the person. */
export function backupFailureReason(error: unknown): string {
  const text = textOf(error);
  if (/SQLITE_FULL|ENOSPC|EDQUOT|disk is full/i.test(text)) return 'The disk is full.';
  if (/EACCES|EPERM|EROFS|SQLITE_READONLY|read-?only/i.test(text))
    return 'Someday is not allowed to write to the backups folder.';
  return 'The backup file could not be written to the backups folder.';
}

export function recordFailure(previous: BackupFailure | null, error: unknown, now: Date): BackupFailure {
  const attempts = (previous?.attempts ?? 0) + 1;
  return {
    since: previous?.since ?? now.toISOString(),
    at: now.toISOString(),
    reason: backupFailureReason(error),
    attempts,
    nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)).toISOString(),
  };
}

/** The failure, unless a backup was made after it (by hand, before an import, …): then there is none. */
export function currentFailure(
  failure: BackupFailure | null,
  newestBackupAt: string | undefined,
): BackupFailure | null {
  if (!failure || (newestBackupAt !== undefined && Date.parse(newestBackupAt) >= Date.parse(failure.at))) return null;
  return failure;
}
