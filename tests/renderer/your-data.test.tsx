import './support/setup-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { BackupInfo, DataImportPreview, DataImportResult, TableCounts } from '../../core/data';

import { ApiCallError, downloadExport } from '../../renderer/api';
import { App } from '../../renderer/app';
import { APP_INFO, pageOf, settingsWith } from './support/fixtures';
import { inputsOf, mockApi, type ApiHandlers } from './support/mock-api';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
  uploadExportFile: vi.fn(async (file: File) => ({
    source: SOURCE,
    name: file.name,
    bytes: file.size,
    encrypted: file.name.endsWith('.age'),
  })),
  downloadExport: vi.fn(),
}));

const SOURCE = 'uploaded-file-0123456789';

const INFO = { ...APP_INFO, schemaVersion: 2 };

const BACKUP: BackupInfo = {
  name: 'someday-2026-11-25T08-00-00-000Z-daily.sqlite',
  reason: 'daily',
  createdAt: '2026-11-25T08:00:00.000Z',
  bytes: 94_208,
};

const COUNTS: TableCounts[] = [
  { table: 'contacts', label: 'Contacts', incoming: 12, current: 3, added: 10, replaced: 2, removed: 1 },
  { table: 'drafts', label: 'Drafts', incoming: 4, current: 0, added: 4, replaced: 0, removed: 0 },
];
const PREVIEW: DataImportPreview = {
  appVersion: '0.1.0',
  schemaVersion: 2,
  createdAt: '2026-11-20T10:00:00.000Z',
  tables: COUNTS,
  settingChanges: [],
};
const RESULT: DataImportResult = { backup: { ...BACKUP, reason: 'before-import' }, tables: COUNTS };

function setup(extra: ApiHandlers = {}) {
  const api = mockApi({
    'settings:get': () => settingsWith('system'),
    'contacts:list': () => pageOf([]),
    'app:info': () => INFO,
    'backups:list': () => [BACKUP],
    ...extra,
  });
  return api;
}

async function openYourData() {
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getByRole('button', { name: 'Settings' }));
  await screen.findByRole('heading', { level: 2, name: 'Your data' });
  return user;
}

const inSection = () => within(screen.getByRole('region', { name: 'Your data' }));

const exportFile = () =>
  new File(['{"format":"someday-export"}'], 'someday-export-2026-11-20.json', { type: 'application/json' });

describe('Your data', () => {
  it('exports everything encrypted with the passphrase typed twice and, in browser mode, downloads the file', async () => {
    const api = setup({
      'data:export': () => ({
        fileName: 'someday-export-2026-11-26.jsonl.gz.age',
        bytes: 2048,
        rows: 31,
        saved: false,
        path: null,
        download: 'download-id-0123456789',
      }),
    });
    const user = await openYourData();
    await user.click(screen.getByRole('button', { name: 'Export all my data' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export all my data' });
    await user.type(within(dialog).getByLabelText('Passphrase for the file'), 'my long passphrase');
    await user.type(within(dialog).getByLabelText('The same passphrase again'), 'my long passphras');
    await user.click(within(dialog).getByRole('button', { name: 'Export encrypted' }));
    await within(dialog).findByText('The two passphrases differ.');
    expect(inputsOf(api, 'data:export')).toEqual([]);
    await user.type(within(dialog).getByLabelText('The same passphrase again'), 'e');
    await user.click(within(dialog).getByRole('button', { name: 'Export encrypted' }));
    await inSection().findByText('Saved a copy of all your data (2 KB) to someday-export-2026-11-26.jsonl.gz.age.');
    expect(inputsOf(api, 'data:export')).toEqual([{ passphrase: 'my long passphrase' }]);
    expect(downloadExport).toHaveBeenCalledWith('download-id-0123456789', 'someday-export-2026-11-26.jsonl.gz.age');
  });

  it('exports unencrypted only when chosen, after a warning', async () => {
    const api = setup({
      'data:export': () => ({
        fileName: 'someday-export-2026-11-26.jsonl.gz',
        bytes: 4096,
        rows: 31,
        saved: true,
        path: '/home/sam/someday-export-2026-11-26.jsonl.gz',
        download: null,
      }),
    });
    const user = await openYourData();
    await user.click(screen.getByRole('button', { name: 'Export all my data' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export all my data' });
    await user.click(within(dialog).getByRole('button', { name: 'Export encrypted' }));
    await within(dialog).findByText('Enter a passphrase for the file, or choose to save it unencrypted.');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Save it unencrypted' }));
    expect(within(dialog).getByText(/Anyone who gets an unencrypted file can read/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Export unencrypted' }));
    await inSection().findByText(
      'Saved a copy of all your data (4 KB) to /home/sam/someday-export-2026-11-26.jsonl.gz.',
    );
    expect(inputsOf(api, 'data:export')).toEqual([{ passphrase: null }]);
  });

  it('asks for the passphrase of an encrypted file, and says so when it is wrong', async () => {
    const api = setup({
      'data:import-preview': (input) => {
        if (!input || !('passphrase' in input) || input.passphrase === undefined) {
          throw new ApiCallError(
            'needs-passphrase',
            'This export is encrypted. Enter the passphrase it was saved with.',
          );
        }
        if (input.passphrase !== 'right one') {
          throw new ApiCallError('invalid-input', 'This passphrase does not open the file. Nothing was changed.');
        }
        return PREVIEW;
      },
      'data:import-apply': () => RESULT,
    });
    const user = await openYourData();
    await user.upload(screen.getByLabelText('Export file to import'), exportFile());
    const dialog = await screen.findByRole('alertdialog', { name: 'Import someday-export-2026-11-20.json?' });
    await user.type(await within(dialog).findByLabelText('Passphrase of the file'), 'wrong one');
    await user.click(within(dialog).getByRole('button', { name: 'Open the file' }));
    await within(dialog).findByText('This passphrase does not open the file. Nothing was changed.');
    await user.clear(within(dialog).getByLabelText('Passphrase of the file'));
    await user.type(within(dialog).getByLabelText('Passphrase of the file'), 'right one');
    await user.click(within(dialog).getByRole('button', { name: 'Open the file' }));
    await within(dialog).findByRole('table', { name: 'What the import would change' });
    await user.click(within(dialog).getByRole('button', { name: 'Replace my data with this file' }));
    await waitFor(() =>
      expect(inputsOf(api, 'data:import-apply')).toEqual([{ source: SOURCE, passphrase: 'right one' }]),
    );
  });

  it('asks for the passphrase of a file it knows is encrypted before main reads any of it', async () => {
    const api = setup({ 'data:import-preview': () => PREVIEW, 'data:import-apply': () => RESULT });
    const user = await openYourData();
    await user.upload(
      screen.getByLabelText('Export file to import'),
      new File(['age-encryption.org/v1'], 'someday-export.jsonl.gz.age'),
    );
    const dialog = await screen.findByRole('alertdialog', { name: 'Import someday-export.jsonl.gz.age?' });
    await within(dialog).findByLabelText('Passphrase of the file');
    expect(inputsOf(api, 'data:import-preview')).toEqual([]);
    await user.type(within(dialog).getByLabelText('Passphrase of the file'), 'right one');
    await user.click(within(dialog).getByRole('button', { name: 'Open the file' }));
    await within(dialog).findByRole('table', { name: 'What the import would change' });
    expect(inputsOf(api, 'data:import-preview')).toEqual([{ source: SOURCE, passphrase: 'right one' }]);
  });

  it('previews an import with counts per table, then replaces the data and reloads the settings', async () => {
    const api = setup({
      'data:import-preview': () => PREVIEW,
      'data:import-apply': () => RESULT,
    });
    const user = await openYourData();
    await user.upload(screen.getByLabelText('Export file to import'), exportFile());
    const dialog = await screen.findByRole('alertdialog', { name: 'Import someday-export-2026-11-20.json?' });
    const table = await within(dialog).findByRole('table');
    expect(within(table).getByRole('row', { name: 'Contacts 12 10 2 1' })).toBeTruthy();
    expect(within(table).getByRole('row', { name: 'Drafts 4 4 0 0' })).toBeTruthy();
    expect(within(dialog).queryByRole('list', { name: 'Settings this file changes' })).toBeNull();
    expect(inputsOf(api, 'data:import-preview')).toEqual([{ source: SOURCE }]);
    expect(inputsOf(api, 'data:import-apply')).toEqual([]);
    const settingsReads = inputsOf(api, 'settings:get').length;

    await user.click(within(dialog).getByRole('button', { name: 'Replace my data with this file' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(inputsOf(api, 'data:import-apply')).toEqual([{ source: SOURCE }]);
    expect(inputsOf(api, 'settings:get').length).toBe(settingsReads + 1);
    await inSection().findByText(/^Imported: Someday now holds 12 contacts and 4 drafts\./);
  });

  it('names the settings the file changes that decide what is deleted, and none when nothing changes', async () => {
    setup({
      'data:import-preview': () => ({
        ...PREVIEW,
        settingChanges: [
          {
            key: 'backupsToKeep',
            label: 'Daily backups to keep',
            now: '7',
            incoming: '1',
            effect: 'At the next daily backup, only the newest 1 daily backup is kept.',
          },
        ],
      }),
    });
    const user = await openYourData();
    await user.upload(screen.getByLabelText('Export file to import'), exportFile());
    const dialog = await screen.findByRole('alertdialog', { name: 'Import someday-export-2026-11-20.json?' });
    const list = await within(dialog).findByRole('list', { name: 'Settings this file changes' });
    expect(within(list).getByRole('listitem').textContent).toBe(
      'Daily backups to keep: 7 now, 1 after the import. At the next daily backup, only the newest 1 daily backup is kept.',
    );
  });

  it('shows why a file is refused and offers no way to import it', async () => {
    const api = setup({
      'data:import-preview': () => {
        throw new ApiCallError(
          'invalid-input',
          'The file is damaged: its contents do not match the checksum written inside it.',
        );
      },
    });
    const user = await openYourData();
    await user.upload(screen.getByLabelText('Export file to import'), exportFile());
    const dialog = await screen.findByRole('alertdialog');
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'The file is damaged: its contents do not match the checksum written inside it.',
    );
    expect(within(dialog).getByText('Someday cannot import this file. Your data was not changed.')).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: /Replace/ })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(inputsOf(api, 'data:import-apply')).toEqual([]);
  });

  it('lists backups and restores one after asking', async () => {
    const api = setup({ 'backups:restore': () => ({ ...RESULT, backup: { ...BACKUP, reason: 'before-restore' } }) });
    const user = await openYourData();
    const list = await screen.findByRole('list', { name: 'Backups' });
    expect(within(list).getByText(/Daily · 92 KB/)).toBeTruthy();
    await user.click(within(list).getByRole('button', { name: /^Restore the backup from / }));
    const dialog = await screen.findByRole('alertdialog', { name: /^Go back to the backup from / });
    await user.click(within(dialog).getByRole('button', { name: 'Restore this backup' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(inputsOf(api, 'backups:restore')).toEqual([{ name: BACKUP.name }]);
    await inSection().findByText(/^Restored: Someday now holds 12 contacts and 4 drafts\./);
  });

  it('makes a backup on request and saves how many to keep, refusing a number out of range', async () => {
    const api = setup({
      'backups:create': () => ({ ...BACKUP, reason: 'manual' }),
      'settings:update': (patch) => ({ ...settingsWith('system'), backupsToKeep: patch?.backupsToKeep ?? 7 }),
    });
    const user = await openYourData();
    await user.click(screen.getByRole('button', { name: 'Back up now' }));
    await inSection().findByText('Backed up (92 KB).');
    expect(inputsOf(api, 'backups:create')).toHaveLength(1);

    const field = screen.getByRole('spinbutton', { name: 'Backups to keep' });
    await user.clear(field);
    await user.type(field, '0');
    await user.tab();
    expect((await screen.findByText('Keep at least 1 backup')).getAttribute('role')).toBe('alert');
    expect(inputsOf(api, 'settings:update')).toEqual([]);
    await user.clear(field);
    await user.type(field, '12');
    await user.tab();
    await waitFor(() => expect(inputsOf(api, 'settings:update')).toEqual([{ backupsToKeep: 12 }]));
  });

  it('deletes everything only after the word is typed', async () => {
    const api = setup({ 'data:delete-all': () => ({ removed: ['someday.sqlite'] }) });
    const user = await openYourData();
    await user.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete everything Someday holds?' });
    const field = within(dialog).getByLabelText('Type DELETE to confirm');
    await user.type(field, 'delete');
    await user.click(within(dialog).getByRole('button', { name: 'Delete everything' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Type DELETE in capitals to confirm.');
    expect(inputsOf(api, 'data:delete-all')).toEqual([]);

    await user.clear(field);
    await user.type(field, 'DELETE{Enter}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(inputsOf(api, 'data:delete-all')).toEqual([{ confirmation: 'DELETE' }]);
    await inSection().findByText('All your data is deleted. Someday is empty again.');
  });

  it('keeps the data when the dialog is cancelled', async () => {
    const api = setup();
    const user = await openYourData();
    await user.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Keep my data' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByRole('button', { name: 'Delete all my data…' })).toBe(document.activeElement);
    expect(inputsOf(api, 'data:delete-all')).toEqual([]);
  });
});
