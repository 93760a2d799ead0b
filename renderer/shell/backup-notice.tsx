import { useEffect, useState } from 'react';
import type { BackupFailure } from '../../core/data';
import { call } from '../api';
import { BACKUP_STATUS_POLL_MS, describeBackupFailure } from '../settings/data/backup-failure';

/**
 * A failed daily backup (a full disk, say) is shown on every screen until a backup succeeds: main
 * keeps the failure and retries; this asks at start and every minute. Dismissing hides it until a new
 * run of failures starts; Settings › Your data keeps showing it.
 */
export function BackupNotice({ onOpenSettings }: { onOpenSettings: () => void }) {
  const [failure, setFailure] = useState<BackupFailure | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);

  useEffect(() => {
    let stopped = false;
    const check = () =>
      call('backups:status').then(
        (status) => {
          if (!stopped) setFailure(status.failure);
        },
        () => undefined,
      );
    void check();
    const timer = window.setInterval(() => void check(), BACKUP_STATUS_POLL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, []);

  if (!failure || dismissed === failure.since) return null;
  return (
    <div className="backup-notice" role="alert">
      <p>{describeBackupFailure(failure)}</p>
      <div className="backup-notice-actions">
        <button type="button" className="button button-small" onClick={onOpenSettings}>
          Open Your data
        </button>
        <button type="button" className="button button-small button-quiet" onClick={() => setDismissed(failure.since)}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
