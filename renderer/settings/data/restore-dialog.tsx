import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useState } from 'react';
import { BACKUP_REASON_LABELS, type BackupInfo, type ImportResult } from '../../../core/data';
import { call } from '../../api';
import { useInertBackground } from '../../shell/modal-background';
import { describeError } from '../../ui/error-message';
import { formatMoment } from '../../ui/format-date';

interface RestoreDialogProps {
  backup: BackupInfo;
  onClose: () => void;
  onRestored: (result: ImportResult) => void;
}

/** Confirms a restore; main backs up the current state first, so a restore can itself be undone. */
export function RestoreDialog({ backup, onClose, onRestored }: RestoreDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useInertBackground(true);
  const when = formatMoment(backup.createdAt);

  async function restore() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onRestored(await call('backups:restore', { name: backup.name }));
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <AlertDialog.Root open onOpenChange={(open) => (open || busy ? undefined : onClose())}>
      <AlertDialog.Portal>
        <div className="dialog-backdrop" aria-hidden="true" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title className="dialog-title">Go back to the backup from {when}?</AlertDialog.Title>
          <AlertDialog.Description className="dialog-description">
            Someday will look exactly as it did then ({BACKUP_REASON_LABELS[backup.reason].toLowerCase()} backup). What
            you have now is backed up first, so you can come back to it from this list.
          </AlertDialog.Description>
          <div className="dialog-error" role="alert">
            {error}
          </div>
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button" className="button">
                Cancel
              </button>
            </AlertDialog.Cancel>
            <button type="button" className="button button-primary" onClick={restore} aria-busy={busy}>
              Restore this backup
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
