import { useMemo, useState } from 'react';
import {
  ENCODING_LABELS,
  FIELD_LABELS,
  formatOfText,
  IMPORT_TARGETS,
  TARGET_LABELS,
  type ImportMapping,
  type ImportRow,
  type ImportTarget,
  type TextEncodingName,
} from '../../core/contact-files';
import { call } from '../api';
import { DialogFrame } from '../ui/dialog-frame';
import { describeError } from '../ui/error-message';
import { SelectField } from '../ui/field';
import { useApiRead } from '../ui/use-api';
import { decodeContactsFile, type DecodedFile } from './contacts-file';

interface ImportDialogProps {
  fileName: string;
  bytes: Uint8Array;
  onClose: () => void;
  onImported: (message: string) => void;
}

function decode(bytes: Uint8Array, encoding: TextEncodingName | undefined): DecodedFile | string {
  try {
    return decodeContactsFile(bytes, encoding);
  } catch {
    return `This file does not read as ${ENCODING_LABELS[encoding ?? 'utf-8']}; choose another encoding.`;
  }
}

function describeRow(row: ImportRow): string {
  const kept = row.kept.map((field) => FIELD_LABELS[field]).join(', ');
  return [`Row ${row.row}: ${row.name}.`, kept ? `Kept: ${kept}.` : '', ...row.notes].filter(Boolean).join(' ');
}

/**
 * Import, step by step: the file's bytes are read here (the byte-order mark, else UTF-8, else
 * Windows-1252, and the person can choose), then parsed and checked in main. The preview says for
 * each row what is kept and what is left out and why; a CSV's columns can be mapped to fields; and
 * nothing is written until "Import".
 */
export function ContactsImportDialog({ fileName, bytes, onClose, onImported }: ImportDialogProps) {
  const [encoding, setEncoding] = useState<TextEncodingName | undefined>(undefined);
  const [mapping, setMapping] = useState<ImportMapping | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const decoded = useMemo(() => decode(bytes, encoding), [bytes, encoding]);
  const text = typeof decoded === 'string' ? null : decoded.text;
  const format = text === null ? 'csv' : formatOfText(text);
  const decodeError = typeof decoded === 'string' ? decoded : null;
  const read = useApiRead(
    'contacts:import-preview',
    { format, text: text ?? '', ...(mapping ? { mapping } : {}) },
    { enabled: text !== null },
  );
  const preview = read.data;

  async function confirm() {
    if (busy || !preview || text === null || decodeError) return;
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

  const shown = decodeError ? null : preview;
  const bad = shown?.rows.filter((row) => !row.ok) ?? [];
  const good = shown?.rows.filter((row) => row.ok) ?? [];
  const chosenEncoding = typeof decoded === 'string' ? (encoding ?? 'utf-8') : decoded.encoding;
  return (
    <DialogFrame
      title="Import contacts"
      description={
        <>From {fileName}. Check the preview; only the rows that read well are imported, and only when you say so.</>
      }
      className="dialog-wide"
      loading={preview === null && read.error === null}
      onClose={onClose}
      error={decodeError ?? error ?? read.error}
      actions={
        <button
          type="button"
          className="button button-primary"
          aria-busy={busy}
          disabled={!shown || shown.good === 0}
          onClick={() => void confirm()}
        >
          Import {preview?.good ?? ''} contacts
        </button>
      }
    >
      <div className="form-stack">
        <SelectField
          id="import-encoding"
          label="Text encoding"
          value={chosenEncoding}
          options={ENCODING_LABELS}
          onChange={setEncoding}
          hint={
            typeof decoded !== 'string' && decoded.assumed
              ? 'This file is not UTF-8, so it was read as Windows-1252 (Western European). If names look wrong, choose another encoding.'
              : 'If names look wrong, choose another encoding.'
          }
        />
        {preview?.layout ? (
          <p>
            Recognised layout: {preview.layout}
            {preview.headerRow > 1 ? ` (column names on row ${preview.headerRow}).` : '.'}
          </p>
        ) : null}
        {preview && preview.columns.length > 0 ? (
          <fieldset className="choice-list">
            <legend className="field-label">Which column holds what</legend>
            <div className="import-mapping">
              {preview.columns.map((column, index) => (
                <div className="field" key={`${index}-${column}`}>
                  <label className="field-label" htmlFor={`import-map-${index}`}>
                    {column}
                  </label>
                  <select
                    id={`import-map-${index}`}
                    className="input select"
                    value={preview.mapping[index] ?? ''}
                    onChange={(event) =>
                      setMapping(
                        preview.mapping.map((target, i) =>
                          i === index ? (event.target.value as ImportTarget | '') : target,
                        ),
                      )
                    }
                  >
                    <option value="">Leave out</option>
                    {IMPORT_TARGETS.map((target) => (
                      <option key={target} value={target}>
                        {TARGET_LABELS[target]}
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
              <li key={row.row}>{describeRow(row)}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </DialogFrame>
  );
}
