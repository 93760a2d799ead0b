import './support/setup-dom';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Interaction, TodayItem, TodayList } from '../../core/followups';
import { App } from '../../renderer/app';
import { BANNER_POLL_MS } from '../../renderer/today/due-banner';
import { makeContact, NO_DRAFTS, pageOf, settingsWith } from './support/fixtures';
import { inputsOf, mockApi } from './support/mock-api';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));
vi.mock('../../renderer/today/outcomes-chart', () => ({ drawOutcomes: vi.fn(() => () => undefined) }));

afterEach(() => vi.useRealTimers());

function item(overrides: Partial<TodayItem> = {}): TodayItem {
  return {
    id: 11,
    contactId: 3,
    step: 'check-in',
    channel: 'email',
    templateId: 'builtin:check-in-email',
    dueAt: '2026-11-20T09:00:00.000Z',
    dueDay: '2026-11-20',
    timeZone: 'UTC',
    state: 'pending',
    createdAt: '2026-10-01T09:00:00.000Z',
    contactName: 'Ada Lovelace',
    company: 'Engines',
    contactStatus: 'thanked',
    overdue: true,
    ...overrides,
  };
}

const TODAY: TodayList = {
  today: '2026-11-26',
  items: [item()],
  upcoming: [item({ id: 12, step: 'quarterly', dueDay: '2027-02-20', overdue: false, contactName: 'Grace Hopper' })],
};

const OUTCOMES = [
  { channel: 'call' as const, followUps: 2, replies: 1 },
  { channel: 'voicemail' as const, followUps: 0, replies: 0 },
  { channel: 'email' as const, followUps: 4, replies: 1 },
  { channel: 'linkedin' as const, followUps: 0, replies: 0 },
  { channel: 'letter' as const, followUps: 0, replies: 0 },
];

/** The Today screen is a lazy chunk; the first load in a test can take a moment. */
async function findDueList() {
  return screen.findByRole('list', { name: 'Due follow-ups' }, { timeout: 5000 });
}

function mockToday(extra = {}) {
  return mockApi({
    'settings:get': () => settingsWith('system'),
    'reminders:today': () => TODAY,
    'outcomes:by-channel': () => OUTCOMES,
    ...extra,
  });
}

describe('Today', () => {
  it('is the home screen: due follow-ups with the suggested channel and template, then what is coming up', async () => {
    mockToday();
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeTruthy();
    const due = await findDueList();
    const card = within(due).getByRole('listitem', { name: /Check in: Ada Lovelace/ });
    expect(card.textContent).toMatch(/Overdue since/);
    expect(card.textContent).toMatch(/Suggested: Email, starting from the check-in email/);
    expect(within(screen.getByRole('list', { name: 'Coming up' })).getByText(/Grace Hopper/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Today' }).getAttribute('aria-current')).toBe('page');
  });

  it('shows outcomes by channel as a table next to the chart', async () => {
    mockToday();
    render(<App />);
    const table = await screen.findByRole('table', { name: 'Follow-ups and replies by channel' }, { timeout: 5000 });
    const email = within(table).getByRole('row', { name: /Email/ });
    expect(
      within(email)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['4', '1', '25%']);
    expect(screen.getByRole('img', { name: /Bar chart of follow-ups/ })).toBeTruthy();
  });

  it('done logs the interaction after showing the guard-rail warning', async () => {
    const api = mockToday({
      'interactions:check': () => [{ code: 'too-soon', message: 'You last reached out 3 days ago.' }],
      'reminders:complete': () => ({ interaction: {} as Interaction, next: null }),
    });
    const user = userEvent.setup();
    render(<App />);
    await findDueList();
    await user.click(screen.getByRole('button', { name: 'Done… with Ada Lovelace' }));
    const dialog = await screen.findByRole('dialog', { name: 'Done: Ada Lovelace' });
    expect(await within(dialog).findByText('You last reached out 3 days ago.')).toBeTruthy();
    await user.selectOptions(within(dialog).getByLabelText('How it went'), 'They replied');
    await user.type(within(dialog).getByLabelText('A few words (optional)'), 'She wrote back kindly');
    await user.click(within(dialog).getByRole('button', { name: 'Log it anyway' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(inputsOf(api, 'reminders:complete')).toEqual([
      expect.objectContaining({ id: 11, kind: 'email', outcome: 'replied', summary: 'She wrote back kindly' }),
    ]);
    expect(inputsOf(api, 'reminders:today').length).toBeGreaterThanOrEqual(2);
  });

  it('snoozes to a chosen day, asking for the day first', async () => {
    const api = mockToday({ 'reminders:snooze': () => item({ dueDay: '2026-12-24' }) });
    const user = userEvent.setup();
    render(<App />);
    await findDueList();
    await user.click(screen.getByRole('button', { name: 'Snooze… Ada Lovelace' }));
    const dialog = await screen.findByRole('dialog', { name: 'Snooze: Ada Lovelace' });
    await user.click(within(dialog).getByRole('radio', { name: 'Until a day I choose' }));
    await user.click(within(dialog).getByRole('button', { name: 'Snooze' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Choose the day to snooze until.');
    expect(inputsOf(api, 'reminders:snooze')).toEqual([]);
    fireEvent.change(within(dialog).getByLabelText('Snooze until'), { target: { value: '2026-12-24' } });
    await user.click(within(dialog).getByRole('button', { name: 'Snooze' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(inputsOf(api, 'reminders:snooze')).toEqual([
      expect.objectContaining({ id: 11, by: 'date', until: '2026-12-24' }),
    ]);
  });

  it('skips, and opens a draft from the suggested template', async () => {
    const api = mockToday({
      'reminders:skip': () => ({ skipped: item({ state: 'skipped' }), next: null }),
      'drafts:create': () => Promise.reject(new Error('stop here')),
    });
    const user = userEvent.setup();
    render(<App />);
    await findDueList();
    await user.click(screen.getByRole('button', { name: 'Skip Ada Lovelace' }));
    await waitFor(() => expect(inputsOf(api, 'reminders:skip')).toEqual([expect.objectContaining({ id: 11 })]));
    await user.click(screen.getByRole('button', { name: 'Write it for Ada Lovelace' }));
    expect(inputsOf(api, 'drafts:create')).toEqual([
      { contactId: 3, channel: 'email', templateId: 'builtin:check-in-email' },
    ]);
  });

  it('shows a banner in browser mode when a follow-up falls due while the app is open', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.setSystemTime(new Date('2026-11-26T08:59:30Z'));
    const fresh = item({ id: 20, contactName: 'Mary Somerville', dueAt: '2026-11-26T09:00:00.000Z', overdue: false });
    mockToday({
      'app:info': () => ({ version: '1', mode: 'browser', dataDir: '/d', databaseFile: '/d/f', schemaVersion: 3 }),
      'reminders:today': () => ({ ...TODAY, items: [item(), fresh] }),
    });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Today' });
    expect(screen.queryByText(/time to follow up with/)).toBeNull();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(BANNER_POLL_MS);
    });
    expect(await screen.findByText('It is time to follow up with Mary Somerville.')).toBeTruthy();
  });
});

describe('contacts import from Today', () => {
  const PREVIEW = {
    format: 'csv' as const,
    columns: ['Who', 'Email'],
    mapping: ['' as const, 'email' as const],
    headerRow: 1,
    layout: null,
    rows: [
      { row: 2, name: '', ok: false, reasons: ['Name is required'], kept: [], notes: [] },
      {
        row: 3,
        name: '',
        ok: false,
        reasons: ['Name is required', 'Email must look like name@example.com'],
        kept: [],
        notes: [],
      },
    ],
    total: 2,
    good: 0,
    bad: 2,
  };

  it('previews bad rows with reasons, re-checks after a mapping change and imports only on confirm', async () => {
    const api = mockToday({
      'contacts:import-preview': (input?: { mapping?: string[] }) =>
        input?.mapping?.[0] === 'name'
          ? {
              ...PREVIEW,
              mapping: ['name' as const, 'email' as const],
              rows: [
                {
                  row: 2,
                  name: 'Ada',
                  ok: true,
                  reasons: [],
                  kept: ['name' as const, 'email' as const],
                  notes: ['1 more email address kept in the notes.'],
                },
                PREVIEW.rows[1]!,
              ],
              good: 1,
              bad: 1,
            }
          : PREVIEW,
      'contacts:import': () => ({ imported: 1, skipped: 1 }),
    });
    const user = userEvent.setup();
    render(<App />);
    await findDueList();
    const file = new File(['Who,Email\nAda,ada@example.com\n,bad\n'], 'people.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Contacts file to import'), file);
    const dialog = await screen.findByRole('dialog', { name: 'Import contacts' });
    const bad = await within(dialog).findByRole('list', { name: 'Rows that will be left out' });
    expect(bad.textContent).toMatch(/Row 3: Name is required Email must look like name@example.com/);
    expect(within(dialog).getByRole('button', { name: /^Import/ })).toHaveProperty('disabled', true);
    await user.selectOptions(within(dialog).getByLabelText('Who'), 'Name');
    await within(dialog).findByText('1 of 2 rows are ready to import. 1 will be left out:');
    expect(within(dialog).getByRole('list', { name: 'Rows to import' }).textContent).toBe(
      'Row 2: Ada. Kept: Name, Email. 1 more email address kept in the notes.',
    );
    expect(inputsOf(api, 'contacts:import')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 contacts' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(inputsOf(api, 'contacts:import')).toEqual([
      { format: 'csv', text: 'Who,Email\nAda,ada@example.com\n,bad\n', mapping: ['name', 'email'] },
    ]);
  });

  it('reads a Windows-1252 file, says so, and reads it again in the encoding chosen', async () => {
    const api = mockToday({ 'contacts:import-preview': () => ({ ...PREVIEW, rows: [], total: 0, bad: 0 }) });
    const user = userEvent.setup();
    render(<App />);
    await findDueList();
    // "Hélène" in Windows-1252: é is the single byte 0xE9, which is not UTF-8.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Name\nH'),
      0xe9,
      ...new TextEncoder().encode('l'),
      0xe8,
    ]);
    await user.upload(screen.getByLabelText('Contacts file to import'), new File([bytes], 'outlook.csv'));
    const dialog = await screen.findByRole('dialog', { name: 'Import contacts' });
    await within(dialog).findByText(/not UTF-8, so it was read as Windows-1252/);
    await waitFor(() =>
      expect(inputsOf(api, 'contacts:import-preview')).toEqual([{ format: 'csv', text: 'Name\nHélè' }]),
    );
    await user.selectOptions(within(dialog).getByLabelText('Text encoding'), 'UTF-8');
    expect(await within(dialog).findByText('This file does not read as UTF-8; choose another encoding.')).toBeTruthy();
    expect(inputsOf(api, 'contacts:import-preview')).toHaveLength(1);
  });

  it('refuses a file that is too large before reading it, and a file of another kind', async () => {
    const api = mockToday();
    const user = userEvent.setup({ applyAccept: false });
    render(<App />);
    await findDueList();
    const big = new File(['x'], 'big.csv', { type: 'text/csv' });
    Object.defineProperty(big, 'size', { value: 2_000_000 });
    await user.upload(screen.getByLabelText('Contacts file to import'), big);
    expect(await screen.findByText(/over 1 MB/)).toBeTruthy();
    await user.upload(
      screen.getByLabelText('Contacts file to import'),
      new File(['BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'], 'contacts.vcf'),
    );
    expect(
      await screen.findByText('contacts.vcf: This is a calendar file (.ics), not a list of contacts.'),
    ).toBeTruthy();
    expect(inputsOf(api, 'contacts:import-preview')).toEqual([]);
  });
});

describe('contact follow-ups', () => {
  it('proposes the plan when a contact is marked rejected, and confirms it as adjusted', async () => {
    const before = makeContact({ id: 5, name: 'Priya Raman', status: 'thanked' });
    const after = {
      ...before,
      status: 'rejected' as const,
      nextStep: { state: 'proposed' as const, step: null, label: 'Plan to confirm', due: null },
    };
    const api = mockApi({
      'settings:get': () => settingsWith('system'),
      ...NO_DRAFTS,
      'contacts:list': () => pageOf([before]),
      'contacts:update': () => after,
      'contacts:get': () => ({
        ...after,
        nextStep: { state: 'planned', step: 'thank-you', label: 'Say thank you', due: '2026-11-27' },
      }),
      'reminders:plan': () => ({
        contactId: 5,
        timeZone: 'UTC',
        blocked: null,
        steps: [
          {
            step: 'thank-you',
            channel: 'email',
            templateId: 'builtin:thank-you-email',
            dueAt: 'x',
            dueDay: '2026-11-27',
          },
          {
            step: 'check-in',
            channel: 'email',
            templateId: 'builtin:check-in-email',
            dueAt: 'x',
            dueDay: '2026-12-26',
          },
        ],
      }),
      'reminders:confirm-plan': () => [],
    });
    const user = userEvent.setup();
    render(<App initialScreen="contacts" />);
    await user.click(await screen.findByRole('button', { name: /Priya Raman/ }));
    const form = await screen.findByRole('form', { name: 'Priya Raman' });
    await user.selectOptions(within(form).getByLabelText('Status'), 'Rejected');
    await user.click(within(form).getByRole('button', { name: 'Save contact' }));
    const dialog = await screen.findByRole('region', { name: 'Stay on Priya Raman’s radar' }, { timeout: 5000 });
    const days = await within(dialog).findAllByLabelText('Day');
    fireEvent.change(days[1]!, { target: { value: '2026-11-30' } });
    expect(within(dialog).getByText(/Less than 14 days after the step before/)).toBeTruthy();
    await user.selectOptions(within(dialog).getAllByLabelText('How')[1]!, 'LinkedIn');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm plan' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /radar/ })).toBeNull());
    expect(inputsOf(api, 'reminders:confirm-plan')).toEqual([
      expect.objectContaining({
        contactId: 5,
        steps: [
          { step: 'thank-you', channel: 'email', templateId: 'builtin:thank-you-email', dueDay: '2026-11-27' },
          { step: 'check-in', channel: 'linkedin', templateId: 'builtin:check-in-email', dueDay: '2026-11-30' },
        ],
      }),
    ]);
  });

  it('shows the timeline and logs an interaction with exactly the contract’s fields', async () => {
    const priya = makeContact({ id: 6, name: 'Priya Raman', status: 'thanked' });
    const api = mockApi({
      'settings:get': () => settingsWith('system'),
      ...NO_DRAFTS,
      'contacts:list': () => pageOf([priya]),
      'interactions:list': () => [
        {
          id: 1,
          contactId: 6,
          kind: 'call',
          occurredAt: '2026-11-20T10:00:00.000Z',
          summary: 'Thanked her for the panel',
          outcome: 'reached',
          draftId: null,
          draftTitle: null,
          createdAt: 'x',
          updatedAt: 'x',
        },
      ],
      'interactions:check': () => [],
      'interactions:create': () => ({}) as Interaction,
    });
    const user = userEvent.setup();
    render(<App initialScreen="contacts" />);
    await user.click(await screen.findByRole('button', { name: /Priya Raman/ }));
    const timeline = await screen.findByRole('list', { name: 'Timeline' });
    expect(within(timeline).getByText('Thanked her for the panel')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Log' }));
    const form = screen.getByRole('form', { name: 'Log an interaction' });
    await user.selectOptions(within(form).getByLabelText('What you did'), 'Voicemail');
    fireEvent.change(within(form).getByLabelText('When'), { target: { value: '2026-11-25T14:30' } });
    await user.click(within(form).getByRole('button', { name: 'Log it' }));
    await waitFor(() => expect(inputsOf(api, 'interactions:create')).toHaveLength(1));
    expect(inputsOf(api, 'interactions:create')[0]).toEqual({
      contactId: 6,
      kind: 'voicemail',
      outcome: 'left-voicemail',
      summary: '',
      occurredAt: new Date('2026-11-25T14:30').toISOString(),
      draftId: null,
    });
  });
});
