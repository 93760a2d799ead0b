import { useRef, useState, type ChangeEvent } from 'react';
import { call, inDesktopApp, uploadExportFile } from '../../api';
import { describeError } from '../../ui/error-message';
import type { ChosenFile } from './data-import-dialog';

/** What the file input offers: every layer of a Someday export (age, gzip, JSON Lines) and format 1's JSON. */
export const EXPORT_FILE_ACCEPT = '.age,.gz,.jsonl,.json,application/json,application/gzip';

/**
 * Choosing a Someday export to import, the one way for Settings and the first run: the desktop asks in
 * main (the file is read from disk there); browser mode clicks the hidden file input and uploads the
 * file as a stream. `chosen` is what the import dialog opens.
 */
export function useExportFileChoice(report: (notice: { kind: 'info' | 'error'; text: string } | null) => void) {
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  async function choose() {
    if (!inDesktopApp()) {
      fileRef.current?.click();
      return;
    }
    report(null);
    try {
      const { chosen: picked } = await call('data:import-choose');
      if (picked) setChosen({ name: picked.name, source: picked.source, encrypted: picked.encrypted });
    } catch (failure) {
      report({ kind: 'error', text: describeError(failure) });
    }
  }

  async function onFileInput(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    report({ kind: 'info', text: `Reading ${file.name}…` });
    try {
      const uploaded = await uploadExportFile(file);
      report(null);
      setChosen({ name: uploaded.name, source: uploaded.source, encrypted: uploaded.encrypted });
    } catch (failure) {
      report({ kind: 'error', text: describeError(failure) });
    }
  }

  return { chosen, setChosen, fileRef, choose, onFileInput };
}
