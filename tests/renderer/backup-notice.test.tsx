import './support/setup-dom';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupFailure, BackupInfo, BackupStatus } from '../../core/data';
import { App } from '../../renderer/app';
import { BACKUP_STATUS_POLL_MS } from '../../renderer/settings/data/backup-failure';
import { pageOf, settingsWith } from './support/fixtures';
import { inputsOf, mockApi } from './support/mock-api';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));

afterEach(() => vi.useRealTimers());

const FAILURE: BackupFailure = {
  since: '2026-11-26T08:00:00.000Z',
  at: '2026-11-26T08:35:00.000Z',
  reason: 'The disk is full.',
  attempts: 3,
  nextAttemptAt: '2026-11-26T09:05:00.000Z',
};
const BACKUP: BackupInfo = {
  name: 'someday-2026-11-26T09-00-00-000Z-manual.sqlite',
  reason: 'manual',
  createdAt: '2026-11-26T09:00:00.000Z',
  bytes: 94_208,
};

/** The shell on the contacts screen, with a backup status the test changes as it goes. */
function setup(initial: BackupStatus) {
  let status = initial;
  const api = mockApi({
    'settings:get': () => settingsWith('system'),
    'contacts:list': () => pageOf([]),
    'backups:list': () => [BACKUP],
    'backups:status': () => status,
    'backups:create': () => {
      status = { failure: null };
      return BACKUP;
    },
  });
  return { api, setStatus: (next: BackupStatus) => (status = next) };
}

describe('a failed daily backup', () => {
  it('is announced on the shell with its reason and the next try, and opens Your data', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.setSystemTime(new Date('2026-11-26T08:40:00Z'));
    setup({ failure: FAILURE });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<App initialScreen="contacts" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /^Your daily backup could not be made\. The disk is full\. It has failed 3 times since today, /,
    );
    expect(alert.textContent).toMatch(/Someday will try again today, /);

    await user.click(within(alert).getByRole('button', { name: 'Open Your data' }));
    await screen.findByRole('heading', { level: 2, name: 'Your data' });
    const inSettings = await screen.findByTestId('backup-failure');
    expect(inSettings.textContent).toMatch(/The disk is full\..*“Back up now” tries at once\.$/);

    // A backup made by hand succeeds: Settings clears at once, the shell at its next look.
    await user.click(screen.getByRole('button', { name: 'Back up now' }));
    await waitFor(() => expect(screen.queryByTestId('backup-failure')).toBeNull());
    expect(document.querySelector('.backup-notice')).not.toBeNull();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(BACKUP_STATUS_POLL_MS);
    });
    await waitFor(() => expect(document.querySelector('.backup-notice')).toBeNull());
  });

  it('is not shown while backups work, appears when one fails, and stays dismissed for that run of failures', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { api, setStatus } = setup({ failure: null });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<App initialScreen="contacts" />);
    await waitFor(() => expect(inputsOf(api, 'backups:status')).toHaveLength(1));
    expect(document.querySelector('.backup-notice')).toBeNull();

    setStatus({ failure: { ...FAILURE, attempts: 1 } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(BACKUP_STATUS_POLL_MS);
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).not.toMatch(/It has failed/);
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(document.querySelector('.backup-notice')).toBeNull();

    // The same run failing again stays dismissed; a new run after a success shows again.
    setStatus({ failure: { ...FAILURE, attempts: 2 } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(BACKUP_STATUS_POLL_MS);
    });
    expect(document.querySelector('.backup-notice')).toBeNull();
    setStatus({ failure: { ...FAILURE, since: '2026-11-27T08:00:00.000Z', attempts: 1 } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(BACKUP_STATUS_POLL_MS);
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(/The disk is full\./);
  });
});
