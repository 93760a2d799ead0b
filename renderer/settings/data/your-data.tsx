import { useState } from 'react';
import { BACKUP_REASON_LABELS, type BackupInfo, type ExportResult, type DataImportResult } from '../../../core/data';
import { call } from '../../api';
import { useSettings, withDefaults } from '../../shell/settings-context';
import { useAnnounce } from '../../shell/status';
import { describeError } from '../../ui/error-message';
import { formatMoment } from '../../ui/format-date';
import { useApiRead, useApiRefresh, useApiWrite } from '../../ui/use-api';
import { describeBackupFailure } from './backup-failure';
import { BackupsToKeepSetting } from './backups-to-keep';
import { DeleteAllDialog } from './delete-all-dialog';
import { formatBytes } from './download';
import { ExportDialog } from './export-dialog';
import { DataImportDialog } from './data-import-dialog';
import { RestoreDialog } from './restore-dialog';
import { EXPORT_FILE_ACCEPT, useExportFileChoice } from './use-export-file-choice';
import './your-data.css';

type Notice = { kind: 'info' | 'error'; text: string } | null;

/**
 * "Your data" on the settings screen: export everything to one file, import such a file (after a
 * preview), the backups with restore, how many to keep, and delete-all. Every change is made in main;
 * after one, the settings are read again so the whole app shows the data it now holds.
 */
/** "12 contacts and 4 drafts": what a person counts, rather than rows. */
function describeHeld(result: DataImportResult): string {
  const count = (table: string) => result.tables.find((counts) => counts.table === table)?.incoming ?? 0;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(count('contacts'), 'contact')} and ${plural(count('drafts'), 'draft')}`;
}

export function YourData() {
  const { onSaved, loaded } = useSettings();
  const announce = useAnnounce();
  const backupList = useApiRead('backups:list');
  // A failed daily backup is shown here too; the status is secondary, so a failure to read it is quiet.
  const failure = useApiRead('backups:status').data?.failure ?? null;
  const refresh = useApiRefresh();
  const createBackup = useApiWrite('backups:create', ['backups:list', 'backups:status']);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState<'backup' | null>(null);
  const [exporting, setExporting] = useState(false);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [keepKey, setKeepKey] = useState(0);
  const { chosen, setChosen, fileRef, choose, onFileInput } = useExportFileChoice(setNotice);
  const backups = backupList.data;
  const shownNotice: Notice = notice ?? (backupList.error ? { kind: 'error', text: backupList.error } : null);

  /** A backup made here clears a failed daily one, so both are read again. */
  const refreshBackups = () => refresh(['backups:list', 'backups:status']);

  async function reloadAll(text: string) {
    try {
      onSaved(withDefaults(await call('settings:get')));
    } catch (failure) {
      setNotice({ kind: 'error', text: describeError(failure) });
    }
    setKeepKey((key) => key + 1);
    await refreshBackups();
    setNotice({ kind: 'info', text });
    announce(text);
  }

  function exported(result: ExportResult) {
    setExporting(false);
    if (!result.saved && result.download === null) return;
    const text = `Saved a copy of all your data (${formatBytes(result.bytes)}) to ${result.path ?? result.fileName}.`;
    setNotice({ kind: 'info', text });
    announce(text);
  }

  async function backUpNow() {
    if (busy) return;
    setBusy('backup');
    setNotice(null);
    try {
      const backup = await createBackup();
      const text = `Backed up (${formatBytes(backup.bytes)}).`;
      setNotice({ kind: 'info', text });
      announce(text);
    } catch (failure) {
      setNotice({ kind: 'error', text: describeError(failure) });
    } finally {
      setBusy(null);
    }
  }

  function done(result: DataImportResult, what: string) {
    setChosen(null);
    setRestoring(null);
    void reloadAll(`${what}: Someday now holds ${describeHeld(result)}. What you had before is in the backups list.`);
  }

  return (
    <section className="settings-section your-data" aria-labelledby="your-data-title">
      <h2 id="your-data-title" className="settings-section-title">
        Your data
      </h2>
      <p className="settings-text">
        Take everything with you in one file, bring it back, go back to a backup, or remove it all. Nothing here leaves
        this computer unless you move the file yourself.
      </p>
      <div className="data-actions">
        <button type="button" className="button button-primary" onClick={() => setExporting(true)}>
          Export all my data
        </button>
        <button type="button" className="button" onClick={() => void choose()}>
          Import from a file…
        </button>
        <input
          ref={fileRef}
          type="file"
          accept={EXPORT_FILE_ACCEPT}
          hidden
          aria-label="Export file to import"
          data-testid="import-file"
          onChange={(event) => void onFileInput(event)}
        />
      </div>
      <div
        className="data-notice"
        role={shownNotice?.kind === 'error' ? 'alert' : undefined}
        data-kind={shownNotice?.kind}
      >
        {shownNotice?.text}
      </div>

      <h3 className="settings-subtitle" id="backups-title">
        Backups
      </h3>
      <p className="settings-text">
        Someday backs up once a day while you use it, and before every update, import and restore.
      </p>
      {failure ? (
        <p className="backup-failure" data-testid="backup-failure">
          {describeBackupFailure(failure)} “Back up now” tries at once.
        </p>
      ) : null}
      {backups === null ? null : backups.length === 0 ? (
        <p className="settings-text">No backups yet.</p>
      ) : (
        <ul className="backup-list" aria-labelledby="backups-title">
          {backups.map((backup) => (
            <li key={backup.name} className="backup-row">
              <span className="backup-when">{formatMoment(backup.createdAt)}</span>
              <span className="backup-meta">
                {BACKUP_REASON_LABELS[backup.reason]} · {formatBytes(backup.bytes)}
              </span>
              <button
                type="button"
                className="button button-quiet"
                onClick={() => setRestoring(backup)}
                aria-label={`Restore the backup from ${formatMoment(backup.createdAt)}`}
              >
                Restore…
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="data-actions">
        <button type="button" className="button" onClick={backUpNow} aria-busy={busy === 'backup'}>
          Back up now
        </button>
      </div>
      <BackupsToKeepSetting key={`keep-${loaded}-${keepKey}`} />

      <h3 className="settings-subtitle">Delete everything</h3>
      <p className="settings-text">Removes every contact, draft, template, setting, backup and recording for good.</p>
      <div className="data-actions">
        <DeleteAllDialog onDeleted={() => void reloadAll('All your data is deleted. Someday is empty again.')} />
      </div>

      {exporting ? <ExportDialog onClose={() => setExporting(false)} onExported={exported} /> : null}
      {chosen ? (
        <DataImportDialog
          file={chosen}
          onClose={() => setChosen(null)}
          onImported={(result) => done(result, 'Imported')}
        />
      ) : null}
      {restoring ? (
        <RestoreDialog
          backup={restoring}
          onClose={() => setRestoring(null)}
          onRestored={(result) => done(result, 'Restored')}
        />
      ) : null}
    </section>
  );
}
