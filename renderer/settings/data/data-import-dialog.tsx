import { useState, type FormEvent } from 'react';
import type { DataImportResult } from '../../../core/data';
import { call } from '../../api';
import { PasswordField } from '../../protection/password-field';
import { TransferProgress } from './transfer-progress';
import { DialogFrame } from '../../ui/dialog-frame';
import { describeError } from '../../ui/error-message';
import { formatMoment } from '../../ui/format-date';
import { useApiRead } from '../../ui/use-api';
import { CountsTable } from './counts-table';

/** A file main holds for the import (chosen in the desktop's dialog, or uploaded in browser mode). */
export interface ChosenFile {
  name: string;
  source: string;
  /** Encrypted (age): the dialog asks for the passphrase before main reads the file. */
  encrypted: boolean;
}

interface ImportDialogProps {
  file: ChosenFile;
  onClose: () => void;
  onImported: (result: DataImportResult) => void;
}

/**
 * Shows what importing the chosen file would do before anything changes: main checks the whole file
 * in a staging copy and answers with counts per table, or with the reason it refuses the file.
 */
export function DataImportDialog({ file, onClose, onImported }: ImportDialogProps) {
  /** The passphrase last sent (undefined until one is): each new one is a new read of the preview. */
  const [passphrase, setPassphrase] = useState<string | undefined>(undefined);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  /** Why applying failed: the preview is then gone, and only Close is left. */
  const [applyError, setApplyError] = useState<string | null>(null);

  const input = passphrase === undefined ? { source: file.source } : { source: file.source, passphrase };
  // Forgotten when the dialog closes: the passphrase is part of what the read is cached under.
  const read = useApiRead('data:import-preview', input, {
    enabled: !file.encrypted || passphrase !== undefined,
    forget: true,
  });
  const checking = read.loading;
  const needsPassphrase =
    read.errorCode === 'needs-passphrase' || (read.error !== null && /passphrase does not open/.test(read.error));
  const preview = applyError === null && !checking ? read.data : null;
  const refusal = applyError ?? (needsPassphrase || checking ? null : read.error);
  /** Set when the file is encrypted and not open yet: '' to ask, or why the last passphrase failed. */
  const asking =
    applyError !== null || checking || preview
      ? null
      : file.encrypted && passphrase === undefined
        ? ''
        : needsPassphrase
          ? passphrase === undefined
            ? ''
            : read.error
          : null;

  function open(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (typed.length === 0 || typed === passphrase) return;
    setPassphrase(typed);
  }

  async function apply() {
    if (busy || !preview) return;
    setBusy(true);
    try {
      onImported(await call('data:import-apply', input));
    } catch (failure) {
      setApplyError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <DialogFrame
      alert
      onOpenChange={(open) => (open || busy ? undefined : onClose())}
      className="dialog-wide"
      title={`Import ${file.name}?`}
      description={
        refusal
          ? 'Someday cannot import this file. Your data was not changed.'
          : asking !== null && !checking
            ? 'This export is encrypted. Enter the passphrase it was saved with.'
            : preview
              ? `This export was made ${formatMoment(preview.createdAt)}. Importing replaces everything in Someday with what the file holds. A backup of what you have now is made first, so you can go back.`
              : 'Checking every part of the file before anything changes…'
      }
      cancelLabel={refusal ? 'Close' : 'Cancel'}
      error={refusal ?? undefined}
      actions={
        <>
          {asking !== null && !checking ? (
            <button type="submit" form="import-passphrase-form" className="button button-primary">
              Open the file
            </button>
          ) : null}
          {preview ? (
            <button type="button" className="button button-danger" onClick={apply} aria-busy={busy}>
              Replace my data with this file
            </button>
          ) : null}
        </>
      }
    >
      {asking !== null && !checking ? (
        <form className="import-passphrase" onSubmit={open} id="import-passphrase-form">
          <PasswordField
            id="import-passphrase"
            label="Passphrase of the file"
            error={asking || undefined}
            value={typed}
            onChange={setTyped}
          />
        </form>
      ) : null}
      <TransferProgress active={checking || busy} label={busy ? 'Importing' : 'Checking the file'} />
      {preview ? <CountsTable tables={preview.tables} caption="What the import would change" /> : null}
      {preview && preview.settingChanges.length > 0 ? (
        <div className="setting-changes">
          <h3 className="setting-changes-title" id="setting-changes-title">
            Settings this file changes
          </h3>
          <ul aria-labelledby="setting-changes-title">
            {preview.settingChanges.map((change) => (
              <li key={change.key}>
                <strong>{change.label}</strong>: {change.now} now, {change.incoming} after the import. {change.effect}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </DialogFrame>
  );
}
