import { useRef, useState, type ChangeEvent } from 'react';
import { IMPORT_LIMIT, TOO_LARGE_MESSAGE, type ExportedFile, type ImportFormat } from '../../core/portability';
import { call, saveFile } from '../api';
import { useAnnounce } from '../shell/status';
import { describeError } from '../ui/error-message';
import { ImportDialog } from './import-dialog';

interface Picked {
  fileName: string;
  format: ImportFormat;
  text: string;
}

function formatOf(name: string): ImportFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.vcf') || lower.endsWith('.vcard')) return 'vcard';
  return null;
}

/** Taking your list elsewhere: check-ins to a calendar, contacts to and from CSV and vCard. */
export function PortabilityPanel({ onImported }: { onImported: () => void }) {
  const announce = useAnnounce();
  const inputRef = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function save(load: () => Promise<ExportedFile>) {
    setError(null);
    try {
      const file = await load();
      const result = await saveFile({ kind: file.kind, fileName: file.fileName, content: file.content });
      if (result.saved) announce(result.path ? `Saved to ${result.path}` : `Downloaded ${file.fileName}`);
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    setError(null);
    if (!file) return;
    const format = formatOf(file.name);
    if (!format) {
      setError('Choose a .csv or .vcf file.');
      return;
    }
    if (file.size > IMPORT_LIMIT) {
      setError(TOO_LARGE_MESSAGE);
      return;
    }
    try {
      setPicked({ fileName: file.name, format, text: await file.text() });
    } catch {
      setError('Someday could not read that file. Is it still there?');
    }
  }

  return (
    <section className="today-section" aria-labelledby="portability-title">
      <h2 id="portability-title" className="settings-section-title">
        Calendar and contact files
      </h2>
      <div className="today-card-actions">
        <button type="button" className="button" onClick={() => void save(() => call('reminders:export-ics'))}>
          Export check-ins (.ics)
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void save(() => call('contacts:export', { format: 'csv' }))}
        >
          Export contacts (.csv)
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void save(() => call('contacts:export', { format: 'vcard' }))}
        >
          Export contacts (.vcf)
        </button>
        <button type="button" className="button" onClick={() => inputRef.current?.click()}>
          Import contacts…
        </button>
        <input
          ref={inputRef}
          type="file"
          accept=".csv,.vcf,.vcard,text/csv,text/vcard"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Contacts file to import"
          onChange={(event) => void pick(event)}
        />
      </div>
      <div className="pane-alert" role="alert">
        {error}
      </div>
      {picked ? (
        <ImportDialog
          {...picked}
          onClose={() => setPicked(null)}
          onImported={(message) => {
            setPicked(null);
            announce(message);
            onImported();
          }}
        />
      ) : null}
    </section>
  );
}
