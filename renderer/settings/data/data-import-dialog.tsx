import { useEffect, useState, type FormEvent } from 'react';
import type { DataImportPreview, DataImportResult } from '../../../core/data';
import { ApiCallError, call } from '../../api';
import { PasswordField } from '../../protection/password-field';
import { TransferProgress } from './transfer-progress';
import { DialogFrame } from '../../ui/dialog-frame';
import { describeError } from '../../ui/error-message';
import { formatMoment } from '../../ui/format-date';
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
  const [preview, setPreview] = useState<DataImportPreview | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [checking, setChecking] = useState(!file.encrypted);
  /** Set when the file is encrypted: what the person types, and the one that opened it. */
  const [asking, setAsking] = useState<string | null>(file.encrypted ? '' : null);
  const [typed, setTyped] = useState('');
  const [passphrase, setPassphrase] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (file.encrypted && passphrase === undefined) return;
    let current = true;
    const input = passphrase === undefined ? { source: file.source } : { source: file.source, passphrase };
    call('data:import-preview', input).then(
      (value) => {
        if (!current) return;
        setPreview(value);
        setAsking(null);
        setChecking(false);
      },
      (failure: unknown) => {
        if (!current) return;
        const message = describeError(failure);
        const needsPassphrase =
          (failure instanceof ApiCallError && failure.code === 'needs-passphrase') ||
          /passphrase does not open/.test(message);
        if (needsPassphrase) setAsking(passphrase === undefined ? '' : message);
        else setRefusal(message);
        setChecking(false);
      },
    );
    return () => {
      current = false;
    };
  }, [file, passphrase]);

  function open(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (typed.length === 0 || typed === passphrase) return;
    setChecking(true);
    setPassphrase(typed);
  }

  async function apply() {
    if (busy || !preview) return;
    setBusy(true);
    try {
      const input = passphrase === undefined ? { source: file.source } : { source: file.source, passphrase };
      onImported(await call('data:import-apply', input));
    } catch (failure) {
      setRefusal(describeError(failure));
      setPreview(null);
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
