import './support/setup-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MessageTemplate } from '../../core/templates';
import { App } from '../../renderer/app';
import { makeDraft, PRIYA_WITH_HIGHLIGHT, SETTINGS, summaryOf } from './support/draft-fixtures';
import { ELENA, pageOf } from './support/fixtures';
import { inputsOf, mockApi } from './support/mock-api';
import { pickContact } from './support/pick-contact';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));

const LAZY = { timeout: 5_000 };
const THANK_YOU = makeDraft();
const SENT_CALL = makeDraft({
  id: 302,
  contactId: ELENA.id,
  channel: 'call',
  title: 'Call Elena',
  subject: '',
  body: 'Hi Elena, thank you for calling me yourself.',
  status: 'sent',
  sentOn: '2026-03-14',
});

function template(id: string, channel: MessageTemplate['channel'], title: string, purpose: string): MessageTemplate {
  return {
    id,
    source: 'builtin',
    channel,
    title,
    purpose,
    subject: '',
    body: 'Hi',
    target: { unit: 'words', min: 1, max: 2 },
  };
}

const TEMPLATES = [
  template('builtin:thank-you-email', 'email', 'Thank-you email', 'Within a day or two of the news.'),
  template('builtin:call-script', 'call', 'Follow-up call script', 'A short call soon after the news.'),
  template('builtin:voicemail', 'voicemail', 'Voicemail', 'When the call goes to voicemail.'),
];

const HANDLERS = {
  'settings:get': () => SETTINGS,
  'contacts:list': () => pageOf([PRIYA_WITH_HIGHLIGHT, ELENA]),
  'contacts:get': () => PRIYA_WITH_HIGHLIGHT,
  'templates:list': () => ({ templates: TEMPLATES, problems: [] }),
  'drafts:get': () => THANK_YOU,
};

function rows() {
  return within(screen.getByRole('list', { name: /Drafts|Matching drafts/ })).getAllByRole('listitem');
}

describe('the drafts screen', () => {
  it('lists every draft with who, channel, title, status and when it was sent', async () => {
    mockApi({
      ...HANDLERS,
      'drafts:list': () => ({
        items: [summaryOf(SENT_CALL, ELENA), summaryOf(THANK_YOU, PRIYA_WITH_HIGHLIGHT)],
        total: 2,
      }),
    });
    const user = userEvent.setup();
    render(<App initialScreen="contacts" />);
    await user.click(screen.getByRole('button', { name: 'Drafts' }));
    await screen.findByRole('list', { name: 'Drafts' }, LAZY);
    expect(screen.getByRole('heading', { level: 1, name: 'Drafts' })).toBe(document.activeElement);
    expect(screen.getByText('2 drafts')).toBeTruthy();
    const [call, email] = rows();
    expect(within(call!).getByText('Call Elena')).toBeTruthy();
    expect(within(call!).getByText('Elena Fischer · Brightline Health · Live call')).toBeTruthy();
    expect(within(call!).getByText('Sent or said')).toBeTruthy();
    expect(within(call!).getByText(/^Sent (14 Mar 2026|Mar 14, 2026)$/)).toBeTruthy();
    expect(within(email!).getByText('Priya Raman · Northwind Labs · Email')).toBeTruthy();
    expect(within(email!).getByText('Draft')).toBeTruthy();
    expect(within(email!).getByText(/^Edited /)).toBeTruthy();

    await user.click(within(email!).getByRole('button'));
    await screen.findByRole('heading', { level: 1, name: 'Email to Priya Raman' }, LAZY);
  });

  it('searches the text of the drafts and marks the words that matched', async () => {
    const api = mockApi({
      ...HANDLERS,
      'drafts:list': (query) =>
        query?.search
          ? { items: [summaryOf(THANK_YOU, PRIYA_WITH_HIGHLIGHT, '…for the [[pairing]] session on the…')], total: 1 }
          : { items: [summaryOf(SENT_CALL, ELENA), summaryOf(THANK_YOU, PRIYA_WITH_HIGHLIGHT)], total: 2 },
    });
    const user = userEvent.setup();
    render(<App initialScreen="contacts" />);
    await user.click(screen.getByRole('button', { name: 'Drafts' }));
    await screen.findByRole('list', { name: 'Drafts' }, LAZY);
    await user.type(screen.getByLabelText('Search drafts'), 'pairing');

    await waitFor(() => expect(rows()).toHaveLength(1));
    const searches = inputsOf(api, 'drafts:list').map((query) => query?.search);
    expect(searches).toContain('pairing');
    expect(searches).not.toContain('pair');
    const marks = rows()[0]!.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['pairing']);
    expect(rows()[0]!.textContent).toContain('…for the pairing session on the…');
    expect(rows()[0]!.textContent).not.toContain('[[');
  });

  it('filters by status, and offers to clear a search that found nothing', async () => {
    const api = mockApi({
      ...HANDLERS,
      'drafts:list': (query) =>
        query?.status === 'sent' && !query.search
          ? { items: [summaryOf(SENT_CALL, ELENA)], total: 1 }
          : query?.search
            ? { items: [], total: 0 }
            : { items: [summaryOf(SENT_CALL, ELENA), summaryOf(THANK_YOU, PRIYA_WITH_HIGHLIGHT)], total: 2 },
    });
    const user = userEvent.setup();
    render(<App initialScreen="contacts" />);
    await user.click(screen.getByRole('button', { name: 'Drafts' }));
    await screen.findByRole('list', { name: 'Drafts' }, LAZY);
    await user.selectOptions(screen.getByLabelText('Status'), 'Sent or said');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(inputsOf(api, 'drafts:list').at(-1)).toEqual({ search: '', status: 'sent' });

    await user.type(screen.getByLabelText('Search drafts'), 'zebra');
    await screen.findByRole('heading', { name: 'No drafts match' });
    await user.click(screen.getByRole('button', { name: 'Clear search and filter' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    // The cached list shows at once; the fresh read with the cleared search follows it.
    await waitFor(() => expect(inputsOf(api, 'drafts:list').at(-1)).toEqual({ search: '', status: null }));
  });

  it('creates a draft from a template of the chosen channel, or a blank one', async () => {
    const created = makeDraft({
      id: 310,
      channel: 'call',
      subject: '',
      title: 'Follow-up call script for Priya Raman',
    });
    const api = mockApi({
      ...HANDLERS,
      'drafts:list': () => ({ items: [], total: 0 }),
      'drafts:create': () => created,
      'drafts:get': () => created,
    });
    const user = userEvent.setup();
    render(<App initialScreen="contacts" />);
    await user.click(screen.getByRole('button', { name: 'Drafts' }));
    await user.click(await screen.findByRole('button', { name: 'Start a draft' }, LAZY));

    const dialog = screen.getByRole('dialog', { name: 'New draft' });
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'To' })).toHaveProperty('disabled', false));
    await pickContact(user, dialog, 'To', 'Pri', 'Priya Raman (Northwind Labs)');
    expect(within(dialog).getByRole('radio', { name: 'Thank-you email' })).toHaveProperty('checked', true);
    await user.click(within(dialog).getByRole('radio', { name: 'Live call' }));
    expect(within(dialog).queryByRole('radio', { name: 'Thank-you email' })).toBeNull();
    const script = within(dialog).getByRole('radio', { name: 'Follow-up call script' });
    expect(script).toHaveProperty('checked', true);
    expect(script.getAttribute('aria-describedby')).toBeTruthy();
    expect(within(dialog).getByText('A short call soon after the news.')).toBeTruthy();
    expect(within(dialog).getByRole('radio', { name: 'Blank' })).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Create draft' }));

    await screen.findByRole('heading', { level: 1, name: 'Live call to Priya Raman' }, LAZY);
    expect(inputsOf(api, 'drafts:create')).toEqual([
      { contactId: PRIYA_WITH_HIGHLIGHT.id, channel: 'call', templateId: 'builtin:call-script' },
    ]);
  });

  it('starts a blank draft for the contact open on the Contacts screen', async () => {
    const created = makeDraft({ id: 311, channel: 'letter', subject: '', body: '', title: 'Letter for Priya' });
    const api = mockApi({
      ...HANDLERS,
      'drafts:list': (query) =>
        query?.contactId === PRIYA_WITH_HIGHLIGHT.id
          ? { items: [summaryOf(THANK_YOU, PRIYA_WITH_HIGHLIGHT)], total: 1 }
          : { items: [], total: 0 },
      'drafts:create': () => created,
      'drafts:get': () => created,
    });
    const user = userEvent.setup();
    render(<App initialScreen="contacts" />);
    await user.click(await screen.findByRole('button', { name: /Priya Raman/ }));
    const drafts = within(screen.getByRole('region', { name: 'Drafts' }));
    expect(await drafts.findByText('Thank-you to Priya')).toBeTruthy();
    expect(drafts.getByText('Email')).toBeTruthy();

    await user.click(drafts.getByRole('button', { name: 'New draft' }));
    const dialog = await screen.findByRole('dialog', { name: 'New draft' }, LAZY);
    await waitFor(() =>
      expect(within(dialog).getByRole('combobox', { name: 'To' })).toHaveProperty(
        'value',
        'Priya Raman (Northwind Labs)',
      ),
    );
    await user.click(within(dialog).getByRole('radio', { name: 'Letter or card' }));
    expect(within(dialog).getByRole('radio', { name: 'Blank' })).toHaveProperty('checked', true);
    await user.click(within(dialog).getByRole('button', { name: 'Create draft' }));

    await screen.findByRole('heading', { level: 1, name: 'Letter or card to Priya Raman' }, LAZY);
    expect(inputsOf(api, 'drafts:create')).toEqual([
      { contactId: PRIYA_WITH_HIGHLIGHT.id, channel: 'letter', templateId: null },
    ]);
    expect(screen.getByRole('button', { name: 'Drafts' }).getAttribute('aria-current')).toBe('page');
  });
});
