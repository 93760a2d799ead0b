import { useRef, useState, type ChangeEvent } from 'react';
import { describeNonContacts, IMPORT_LIMIT, TOO_LARGE_MESSAGE, type ExportedFile } from '../../core/contact-files';
import { call, saveFile } from '../api';
import { useAnnounce } from '../shell/status';
import { describeError } from '../ui/error-message';
import { downloadText } from '../settings/data/download';
import { decodeContactsFile } from './contacts-file';

const CONTACT_FILE_TYPES = { csv: 'text/csv;charset=utf-8', vcf: 'text/vcard;charset=utf-8' } as const;
import { ContactsImportDialog } from './contacts-import-dialog';

interface Picked {
  fileName: string;
  bytes: Uint8Array;
}

/** Read as bytes: the dialog decodes them (UTF-8, UTF-16, Windows-1252) and the format comes from the content. */
async function readBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/** Taking your list elsewhere: check-ins to a calendar, contacts to and from CSV and vCard. */
export function ContactFilesPanel({ onImported }: { onImported: () => void }) {
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

  /** Every contact: written in chunks by main where the person chose (desktop), or downloaded here (browser mode). */
  async function exportContacts(format: 'csv' | 'vcard') {
    setError(null);
    try {
      const file = await call('contacts:export', { format });
      if (file.content !== null) downloadText(file.fileName, file.content, CONTACT_FILE_TYPES[file.kind]);
      const count = `${file.contacts.toLocaleString()} ${file.contacts === 1 ? 'contact' : 'contacts'}`;
      if (file.saved) announce(`Saved ${count} to ${file.path ?? file.fileName}`);
      else if (file.content !== null) announce(`Downloaded ${file.fileName} (${count})`);
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    setError(null);
    if (!file) return;
    if (file.size > IMPORT_LIMIT) {
      setError(TOO_LARGE_MESSAGE);
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readBytes(file);
    } catch {
      setError('Someday could not read that file. Is it still there?');
      return;
    }
    let other: string | null = null;
    try {
      other = describeNonContacts(decodeContactsFile(bytes).text);
    } catch {
      // Bytes that do not fit their byte-order mark: the dialog says so and offers other encodings.
    }
    if (other) {
      setError(`${file.name}: ${other}`);
      return;
    }
    setPicked({ fileName: file.name, bytes });
  }

  return (
    <section className="today-section" aria-labelledby="contact-files-title">
      <h2 id="contact-files-title" className="settings-section-title">
        Calendar and contact files
      </h2>
      <div className="today-card-actions">
        <button type="button" className="button" onClick={() => void save(() => call('reminders:export-ics'))}>
          Export check-ins (.ics)
        </button>
        <button type="button" className="button" onClick={() => void exportContacts('csv')}>
          Export contacts (.csv)
        </button>
        <button type="button" className="button" onClick={() => void exportContacts('vcard')}>
          Export contacts (.vcf)
        </button>
        <button type="button" className="button" onClick={() => inputRef.current?.click()}>
          Import contacts…
        </button>
        <input
          ref={inputRef}
          type="file"
          accept=".csv,.vcf,.vcard,.txt,text/csv,text/vcard,text/plain"
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
        <ContactsImportDialog
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
