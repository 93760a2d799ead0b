import type { BackupFailure } from '../../../core/data';
import { formatMoment } from '../../ui/format-date';

/** How often the shell and "Your data" ask whether the daily backup is failing. */
export const BACKUP_STATUS_POLL_MS = 60_000;

/** "Your daily backup could not be made. The disk is full. Someday will try again today, 10:45." */
export function describeBackupFailure(failure: BackupFailure): string {
  const tries =
    failure.attempts > 1 ? ` It has failed ${failure.attempts} times since ${formatMoment(failure.since)}.` : '';
  const next = failure.nextAttemptAt ? ` Someday will try again ${formatMoment(failure.nextAttemptAt)}.` : '';
  return `Your daily backup could not be made. ${failure.reason}${tries}${next}`;
}
