import './support/setup-dom';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ContactFilesPanel } from '../../renderer/today/contact-files-panel';
import { StatusLine, StatusProvider } from '../../renderer/shell/status';
import { inputsOf, mockApi } from './support/mock-api';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));

describe('contacts export', () => {
  it('downloads every contact in browser mode, past the 3 MB a save-file call may carry', async () => {
    // About 4 MB of CSV: more than output:save-file accepts, so it must not go that way.
    const content = `\uFEFFName\r\n${'Someone with a long name, and notes\r\n'.repeat(110_000)}`;
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:someday/1';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const api = mockApi({
      'contacts:export': () => ({
        fileName: 'someday-contacts-2026-12-06.csv',
        kind: 'csv',
        contacts: 110_000,
        saved: false,
        path: null,
        content,
      }),
    });
    const user = userEvent.setup();
    render(
      <StatusProvider>
        <ContactFilesPanel onImported={() => undefined} />
        <StatusLine />
      </StatusProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Export contacts (.csv)' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Downloaded someday-contacts-2026-12-06.csv (110,000 contacts)',
      ),
    );
    expect(inputsOf(api, 'contacts:export')).toEqual([{ format: 'csv' }]);
    expect(blobs.map((blob) => blob.size)).toEqual([new Blob([content]).size]);
    expect(click).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert').textContent).toBe('');
    click.mockRestore();
  });

  it('says where the desktop app saved the file, and downloads nothing', async () => {
    const createObjectURL = vi.fn(() => 'blob:someday/1');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    mockApi({
      'contacts:export': () => ({
        fileName: 'someday-contacts-2026-12-06.vcf',
        kind: 'vcf',
        contacts: 25_000,
        saved: true,
        path: '/home/ada/Documents/contacts.vcf',
        content: null,
      }),
    });
    const user = userEvent.setup();
    render(
      <StatusProvider>
        <ContactFilesPanel onImported={() => undefined} />
        <StatusLine />
      </StatusProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Export contacts (.vcf)' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Saved 25,000 contacts to /home/ada/Documents/contacts.vcf'),
    );
    expect(createObjectURL).not.toHaveBeenCalled();
  });
});
