import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useEffect, useState } from 'react';
import type { ImportPreview, ImportResult } from '../../../core/data';
import { call } from '../../api';
import { useInertBackground } from '../../shell/modal-background';
import { describeError } from '../../ui/error-message';
import { formatMoment } from '../../ui/format-date';
import { CountsTable } from './counts-table';

export interface ChosenFile {
  name: string;
  content: string;
}

interface ImportDialogProps {
  file: ChosenFile;
  onClose: () => void;
  onImported: (result: ImportResult) => void;
}

/**
 * Shows what importing the chosen file would do before anything changes: main checks the whole file
 * in a staging copy and answers with counts per table, or with the reason it refuses the file. The
 * backdrop is a plain element (no Radix Overlay; see delete-contact-dialog.tsx).
 */
export function ImportDialog({ file, onClose, onImported }: ImportDialogProps) {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useInertBackground(true);

  useEffect(() => {
    let current = true;
    call('data:import-preview', { content: file.content }).then(
      (value) => {
        if (current) setPreview(value);
      },
      (failure: unknown) => {
        if (current) setRefusal(describeError(failure));
      },
    );
    return () => {
      current = false;
    };
  }, [file]);

  async function apply() {
    if (busy || !preview) return;
    setBusy(true);
    try {
      onImported(await call('data:import-apply', { content: file.content }));
    } catch (failure) {
      setRefusal(describeError(failure));
      setPreview(null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AlertDialog.Root open onOpenChange={(open) => (open || busy ? undefined : onClose())}>
      <AlertDialog.Portal>
        <div className="dialog-backdrop" aria-hidden="true" />
        <AlertDialog.Content className="dialog dialog-wide">
          <AlertDialog.Title className="dialog-title">Import {file.name}?</AlertDialog.Title>
          <AlertDialog.Description className="dialog-description">
            {refusal
              ? 'Someday cannot import this file. Your data was not changed.'
              : preview
                ? `This export was made ${formatMoment(preview.createdAt)}. Importing replaces everything in Someday with what the file holds. A backup of what you have now is made first, so you can go back.`
                : 'Checking every part of the file before anything changes…'}
          </AlertDialog.Description>
          {refusal ? (
            <p className="dialog-error" role="alert">
              {refusal}
            </p>
          ) : null}
          {preview ? <CountsTable tables={preview.tables} caption="What the import would change" /> : null}
          {preview && preview.settingChanges.length > 0 ? (
            <div className="setting-changes">
              <h3 className="setting-changes-title" id="setting-changes-title">
                Settings this file changes
              </h3>
              <ul aria-labelledby="setting-changes-title">
                {preview.settingChanges.map((change) => (
                  <li key={change.key}>
                    <strong>{change.label}</strong>: {change.now} now, {change.incoming} after the import.{' '}
                    {change.effect}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button" className="button">
                {refusal ? 'Close' : 'Cancel'}
              </button>
            </AlertDialog.Cancel>
            {preview ? (
              <button type="button" className="button button-danger" onClick={apply} aria-busy={busy}>
                Replace my data with this file
              </button>
            ) : null}
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
