import { useState, type FormEvent } from 'react';
import type { ExportResult } from '../../../core/data';
import { call, downloadExport } from '../../api';
import { DialogFrame } from '../../ui/dialog-frame';
import { describeError } from '../../ui/error-message';
import { PasswordField } from '../../protection/password-field';
import { TransferProgress } from './transfer-progress';

interface ExportDialogProps {
  onClose: () => void;
  onExported: (result: ExportResult) => void;
}

/**
 * Export all my data: encrypted with a passphrase the person types (their Someday passphrase is the
 * suggestion, so there is one to remember), or, as a deliberate choice with a warning, unencrypted.
 * Main writes the file as a stream (desktop: where the person chooses; browser mode: then downloaded).
 */
export function ExportDialog({ onClose, onExported }: ExportDialogProps) {
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [plain, setPlain] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!plain && passphrase.length === 0)
      return setError('Enter a passphrase for the file, or choose to save it unencrypted.');
    if (!plain && passphrase !== again) return setError('The two passphrases differ.');
    setError(null);
    setBusy(true);
    try {
      const result = await call('data:export', { passphrase: plain ? null : passphrase });
      if (result.download !== null) downloadExport(result.download, result.fileName);
      onExported(result);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <DialogFrame
      open
      onOpenChange={(open) => (open || busy ? undefined : onClose())}
      title="Export all my data"
      description="One file with everything Someday holds, to keep or to restore on another computer."
      error={error}
      onSubmit={(event) => void submit(event)}
      actions={
        <button type="submit" className="button button-primary" aria-busy={busy} disabled={busy}>
          {plain ? 'Export unencrypted' : 'Export encrypted'}
        </button>
      }
    >
      {plain ? (
        <p className="export-warning" role="note">
          Anyone who gets an unencrypted file can read every contact, draft and note in it. Keep it somewhere only you
          can reach.
        </p>
      ) : (
        <>
          <PasswordField
            id="export-passphrase"
            label="Passphrase for the file"
            hint="Use your Someday passphrase so there is one to remember. Without it the file cannot be opened."
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="new-password"
          />
          <PasswordField
            id="export-passphrase-again"
            label="The same passphrase again"
            value={again}
            onChange={setAgain}
            autoComplete="new-password"
          />
        </>
      )}
      <label className="export-checkbox">
        <input type="checkbox" checked={plain} onChange={(event) => setPlain(event.target.checked)} />
        Save it unencrypted
      </label>
      <TransferProgress active={busy} label="Exporting" />
    </DialogFrame>
  );
}
