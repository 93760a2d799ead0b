import { BACKUP_REASON_LABELS, type BackupInfo, type DataImportResult } from '../../../core/data';
import { call } from '../../api';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { formatMoment } from '../../ui/format-date';

interface RestoreDialogProps {
  backup: BackupInfo;
  onClose: () => void;
  onRestored: (result: DataImportResult) => void;
}

/** Confirms a restore; main backs up the current state first, so a restore can itself be undone. */
export function RestoreDialog({ backup, onClose, onRestored }: RestoreDialogProps) {
  return (
    <ConfirmDialog
      title={`Go back to the backup from ${formatMoment(backup.createdAt)}?`}
      description={`Someday will look exactly as it did then (${BACKUP_REASON_LABELS[backup.reason].toLowerCase()} backup). What you have now is backed up first, so you can come back to it from this list.`}
      cancelLabel="Cancel"
      confirmLabel="Restore this backup"
      tone="primary"
      placeFocusAfterConfirm={false}
      onClose={onClose}
      onConfirm={async () => onRestored(await call('backups:restore', { name: backup.name }))}
    />
  );
}
