import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useState } from 'react';
import {
  FIELD_LABELS,
  MAPPABLE_FIELDS,
  type ImportFormat,
  type ImportPreview,
  type MappableField,
} from '../../core/portability';
import { call } from '../api';
import { useInertBackground } from '../shell/modal-background';
import { describeError } from '../ui/error-message';

interface ImportDialogProps {
  fileName: string;
  format: ImportFormat;
  text: string;
  onClose: () => void;
  onImported: (message: string) => void;
}

type Mapping = Record<string, MappableField | ''>;

/**
 * Import, step by step: the file is read and checked in main, the preview lists every bad row and
 * why, a CSV's columns can be mapped to fields, and nothing is written until "Import".
 */
export function ImportDialog({ fileName, format, text, onClose, onImported }: ImportDialogProps) {
  const [mapping, setMapping] = useState<Mapping | undefined>(undefined);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useInertBackground(true);

  useEffect(() => {
    let current = true;
    call('contacts:import-preview', { format, text, ...(mapping ? { mapping } : {}) }).then(
      (loaded) => {
        if (!current) return;
        setPreview(loaded);
        setError(null);
      },
      (failure: unknown) => {
        if (current) setError(describeError(failure));
      },
    );
    return () => {
      current = false;
    };
  }, [format, text, mapping]);

  async function confirm() {
    if (busy || !preview) return;
    setBusy(true);
    try {
      const result = await call('contacts:import', { format, text, mapping: preview.mapping });
      onImported(
        `Imported ${result.imported} contact${result.imported === 1 ? '' : 's'}` +
          (result.skipped > 0 ? `; ${result.skipped} row${result.skipped === 1 ? '' : 's'} left out.` : '.'),
      );
    } catch (failure) {
      setError(describeError(failure));
      setBusy(false);
    }
  }

  const bad = preview?.rows.filter((row) => !row.ok) ?? [];
  const good = preview?.rows.filter((row) => row.ok).slice(0, 20) ?? [];
  return (
    <Dialog.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <Dialog.Portal>
        <div className="dialog-backdrop" aria-hidden="true" />
        <Dialog.Content className="dialog dialog-wide" aria-busy={preview === null && error === null}>
          <Dialog.Title className="dialog-title">Import contacts</Dialog.Title>
          <Dialog.Description className="dialog-description">
            From {fileName}. Check the preview; only the rows that read well are imported, and only when you say so.
          </Dialog.Description>
          <div className="radar-form">
            {preview && preview.columns.length > 0 ? (
              <fieldset className="radar-choices">
                <legend className="field-label">Which column holds what</legend>
                <div className="import-mapping">
                  {preview.columns.map((column, index) => (
                    <div className="field" key={column}>
                      <label className="field-label" htmlFor={`import-map-${index}`}>
                        {column}
                      </label>
                      <select
                        id={`import-map-${index}`}
                        className="input select"
                        value={preview.mapping[column] ?? ''}
                        onChange={(event) =>
                          setMapping({ ...preview.mapping, [column]: event.target.value as MappableField | '' })
                        }
                      >
                        <option value="">Leave out</option>
                        {MAPPABLE_FIELDS.map((field) => (
                          <option key={field} value={field}>
                            {FIELD_LABELS[field]}
                          </option>
                        ))}
                      </select>
                    </div>
                  ))}
                </div>
              </fieldset>
            ) : null}
            {preview ? (
              <p>
                {preview.good} of {preview.total} rows are ready to import.
                {preview.bad > 0 ? ` ${preview.bad} will be left out:` : ''}
              </p>
            ) : null}
            {bad.length > 0 ? (
              <ul className="import-preview import-bad" aria-label="Rows that will be left out">
                {bad.map((row) => (
                  <li key={row.row}>
                    Row {row.row}
                    {row.name ? ` (${row.name})` : ''}: {row.reasons.join(' ')}
                  </li>
                ))}
              </ul>
            ) : null}
            {good.length > 0 ? (
              <ul className="import-preview" aria-label="Rows to import">
                {good.map((row) => (
                  <li key={row.row}>
                    Row {row.row}: {row.name}
                  </li>
                ))}
              </ul>
            ) : null}
            <div className="dialog-error" role="alert">
              {error}
            </div>
            <div className="dialog-actions">
              <Dialog.Close asChild>
                <button type="button" className="button">
                  Cancel
                </button>
              </Dialog.Close>
              <button
                type="button"
                className="button button-primary"
                aria-busy={busy}
                disabled={!preview || preview.good === 0}
                onClick={() => void confirm()}
              >
                Import {preview?.good ?? ''} contacts
              </button>
            </div>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
