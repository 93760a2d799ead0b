import '../support/setup-dom';
import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DataProgress } from '../../../core/data';
import { ApiCallError } from '../../../renderer/api';
import { ContactsScreen } from '../../../renderer/contacts/contacts-screen';
import {
  PROGRESS_POLL_MS,
  PROGRESS_SHOWN_AFTER_MS,
  TransferProgress,
} from '../../../renderer/settings/data/transfer-progress';
import { createQueryClient, useApiRead, useApiRefresh, useFirstAnswer } from '../../../renderer/ui/use-api';
import { ELENA, NO_DRAFTS, pageOf, PRIYA } from '../support/fixtures';
import { inputsOf, mockApi } from '../support/mock-api';
import { WithData } from '../support/with-data';

vi.mock('../../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../renderer/api')>()),
  call: vi.fn(),
}));

afterEach(() => vi.useRealTimers());

const advance = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

describe('useApiRead options', () => {
  it('polls every refetchInterval while enabled, and stops when disabled', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let done = 0;
    const api = mockApi({ 'data:progress': () => ({ operation: 'import' as const, done: (done += 10), total: 100 }) });
    const { result, rerender } = renderHook(
      ({ enabled }) => useApiRead('data:progress', undefined, { enabled, refetchInterval: 500 }),
      { wrapper: WithData, initialProps: { enabled: true } },
    );
    await waitFor(() => expect(result.current.data?.done).toBe(10));
    await advance(500);
    await waitFor(() => expect(result.current.data?.done).toBe(20));
    await advance(500);
    await waitFor(() => expect(result.current.data?.done).toBe(30));
    rerender({ enabled: false });
    const calls = inputsOf(api, 'data:progress').length;
    await advance(2000);
    expect(inputsOf(api, 'data:progress')).toHaveLength(calls);
  });

  it('forgets an answer once nothing reads it (forget), and keeps it for the next reader otherwise', async () => {
    let count = 0;
    mockApi({ 'app:info': () => ({ ...INFO, version: `${(count += 1)}` }) });
    const shown: string[] = [];
    function Reader({ forget }: { forget: boolean }) {
      const { data } = useApiRead('app:info', undefined, { forget });
      const text = data ? `version ${data.version}` : 'nothing yet';
      shown.push(text);
      return <p>{text}</p>;
    }
    function Toggle({ forget }: { forget: boolean }) {
      const [visible, setVisible] = useState(true);
      return (
        <>
          <button type="button" onClick={() => setVisible((now) => !now)}>
            toggle
          </button>
          {visible ? <Reader forget={forget} /> : null}
        </>
      );
    }
    const user = userEvent.setup();
    /** What the reader shows first when it comes back after a pause. */
    async function firstShownOnReturn() {
      await user.click(screen.getByRole('button', { name: 'toggle' }));
      await new Promise((resolve) => setTimeout(resolve, 20));
      shown.length = 0;
      await user.click(screen.getByRole('button', { name: 'toggle' }));
      await screen.findByText('version 2');
      return shown[0];
    }

    const forgetting = render(<Toggle forget />, { wrapper: WithData });
    await screen.findByText('version 1');
    expect(await firstShownOnReturn()).toBe('nothing yet');
    forgetting.unmount();

    count = 0;
    render(<Toggle forget={false} />, { wrapper: WithData });
    await screen.findByText('version 1');
    expect(await firstShownOnReturn()).toBe('version 1');
  });

  it('gives the failure code beside the sentence', async () => {
    mockApi({
      'app:info': () => {
        throw new ApiCallError('needs-passphrase', 'This export is encrypted.');
      },
    });
    const { result } = renderHook(() => useApiRead('app:info'), { wrapper: WithData });
    await waitFor(() => expect(result.current.errorCode).toBe('needs-passphrase'));
    expect(result.current.error).toBe('This export is encrypted.');
  });
});

const INFO = {
  version: '0.1.0',
  mode: 'browser' as const,
  dataDir: '/d',
  databaseFile: '/d/f',
  schemaVersion: 2,
};

describe('useApiRefresh', () => {
  it('reads the named channels again and settles when they have, leaving other reads alone', async () => {
    let backups = 0;
    const api = mockApi({
      'backups:list': () => Array.from({ length: (backups += 1) }, () => BACKUP),
      'app:info': () => INFO,
    });
    const { result } = renderHook(
      () => ({
        list: useApiRead('backups:list'),
        info: useApiRead('app:info'),
        refresh: useApiRefresh(),
      }),
      { wrapper: WithData },
    );
    await waitFor(() => expect(result.current.list.data).toHaveLength(1));
    await waitFor(() => expect(result.current.info.data).not.toBeNull());
    await act(() => result.current.refresh(['backups:list']));
    expect(inputsOf(api, 'backups:list')).toHaveLength(2);
    await waitFor(() => expect(result.current.list.data).toHaveLength(2));
    expect(inputsOf(api, 'app:info')).toHaveLength(1);
  });
});

const BACKUP = {
  name: 'someday-2026-11-25T08-00-00-000Z-daily.sqlite',
  reason: 'daily' as const,
  createdAt: '2026-11-25T08:00:00.000Z',
  bytes: 1024,
};

describe('useFirstAnswer', () => {
  it('hands on the first fresh answer once per key, not later re-reads, and not a cached answer being refreshed', async () => {
    let version = 0;
    mockApi({ 'app:info': () => ({ ...INFO, version: `${(version += 1)}` }) });
    const applied: string[] = [];
    const client = createQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const { result, rerender } = renderHook(
      ({ key }) => {
        const read = useApiRead('app:info');
        useFirstAnswer(read, (info) => applied.push(`${String(key)}:${info.version}`), key);
        return { read, refresh: useApiRefresh() };
      },
      { wrapper, initialProps: { key: 'a' } },
    );
    await waitFor(() => expect(applied).toEqual(['a:1']));
    await act(() => result.current.refresh(['app:info']));
    await waitFor(() => expect(result.current.read.data?.version).toBe('2'));
    expect(applied).toEqual(['a:1']);
    rerender({ key: 'b' });
    await waitFor(() => expect(applied).toEqual(['a:1', 'b:2']));

    // A second reader of the cached answer (2) waits for its refresh (3) rather than taking the cached one.
    renderHook(
      () => {
        const read = useApiRead('app:info');
        useFirstAnswer(read, (info) => applied.push(`second:${info.version}`));
        return read;
      },
      { wrapper },
    );
    await waitFor(() => expect(applied).toEqual(['a:1', 'b:2', 'second:3']));
  });
});

describe('TransferProgress', () => {
  it('shows nothing for the first second, then polls twice a second with the percent, and Cancel asks main to stop', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let progress: DataProgress = { operation: 'import', done: 0, total: 0 };
    const api = mockApi({ 'data:progress': () => progress, 'data:cancel': () => ({ cancelled: true }) });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { rerender } = render(<TransferProgress active label="Importing" />, { wrapper: WithData });
    expect(screen.queryByTestId('transfer-progress')).toBeNull();
    await advance(PROGRESS_SHOWN_AFTER_MS);
    const bar = await screen.findByTestId('transfer-progress');
    expect(within(bar).getByText('Importing…')).toBeTruthy();
    progress = { operation: 'import', done: 250, total: 1000 };
    await advance(PROGRESS_POLL_MS);
    await within(bar).findByText('Importing 25%');
    progress = { operation: 'import', done: 2000, total: 1000 };
    await advance(PROGRESS_POLL_MS);
    await within(bar).findByText('Importing 100%');
    await user.click(within(bar).getByRole('button', { name: 'Cancel' }));
    expect(inputsOf(api, 'data:cancel')).toHaveLength(1);

    rerender(<TransferProgress active={false} label="Importing" />);
    expect(screen.queryByTestId('transfer-progress')).toBeNull();
    const polls = inputsOf(api, 'data:progress').length;
    await advance(PROGRESS_POLL_MS * 4);
    expect(inputsOf(api, 'data:progress')).toHaveLength(polls);

    // A new run shows again after its own first second, with its own label.
    progress = { operation: 'import', done: 0, total: 0 };
    rerender(<TransferProgress active label="Checking the file" />);
    await advance(PROGRESS_SHOWN_AFTER_MS);
    const next = await screen.findByTestId('transfer-progress');
    expect(within(next).getByText('Checking the file…')).toBeTruthy();
  });
});

describe('ContactsScreen given a contact id', () => {
  it('opens that contact once read, and a later re-read of the list does not reopen it', async () => {
    const api = mockApi({
      ...NO_DRAFTS,
      'contacts:list': () => pageOf([PRIYA, ELENA]),
      'contacts:get': (input) => (input?.id === ELENA.id ? ELENA : PRIYA),
    });
    render(<ContactsScreen openContactId={ELENA.id} />, { wrapper: WithData });
    const form = await screen.findByRole('form', { name: ELENA.name });
    expect(form).toBeTruthy();
    expect(inputsOf(api, 'contacts:get')).toEqual([{ id: ELENA.id }]);
  });
});
