import './support/setup-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CONTACT_WINDOW, type ContactListQuery } from '../../core/contacts';
import { App } from '../../renderer/app';
import { ELENA, makeContact, NO_DRAFTS, pageOf, PRIYA, settingsWith } from './support/fixtures';
import { inputsOf, mockApi } from './support/mock-api';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));

const FIRST_WINDOW = { limit: CONTACT_WINDOW, offset: 0 };

function lastQuery(api: ReturnType<typeof mockApi>): ContactListQuery | undefined {
  return inputsOf(api, 'contacts:list').at(-1);
}

describe('contact list', () => {
  it('shows name, role and company, status and the next step for each contact', async () => {
    mockApi({
      'settings:get': () => settingsWith('system'),
      ...NO_DRAFTS,
      'contacts:list': () => pageOf([PRIYA, ELENA]),
    });
    render(<App initialScreen="contacts" />);
    const list = await screen.findByRole('list', { name: 'Contacts' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    const priya = within(rows[0]!);
    expect(priya.getByText('Priya Raman')).toBeTruthy();
    expect(priya.getByText('Engineering Manager at Northwind Labs')).toBeTruthy();
    expect(priya.getByText('Thanked')).toBeTruthy();
    expect(priya.getByText('Check in')).toBeTruthy();
    expect(priya.getByText(/2026/).textContent).toMatch(/Due|Was due/);
    expect(within(rows[1]!).getByText('On their radar')).toBeTruthy();
    expect(screen.getByText('2 contacts')).toBeTruthy();
  });

  it('renders only the visible window of a long list', async () => {
    const many = Array.from({ length: 10_000 }, (_, index) =>
      makeContact({ id: 1000 + index, name: `Person ${String(index).padStart(5, '0')}` }),
    );
    mockApi({ 'settings:get': () => settingsWith('system'), ...NO_DRAFTS, 'contacts:list': () => pageOf(many) });
    render(<App initialScreen="contacts" />);
    const list = await screen.findByRole('list', { name: 'Contacts' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('10000');
    expect(screen.getByText('10,000 contacts')).toBeTruthy();
    expect(screen.queryByText('Person 09999')).toBeNull();
  });

  it('reads 25,000 contacts in windows as the list moves, and End reaches the last one', async () => {
    const everyone = Array.from({ length: 25_000 }, (_, index) =>
      makeContact({ id: 1 + index, name: `Person ${String(index).padStart(5, '0')}` }),
    );
    const api = mockApi({
      'settings:get': () => settingsWith('system'),
      ...NO_DRAFTS,
      // Like main: one window of the list and the true total.
      'contacts:list': (query) => ({
        items: everyone.slice(query?.offset ?? 0, (query?.offset ?? 0) + (query?.limit ?? everyone.length)),
        total: everyone.length,
      }),
    });
    const user = userEvent.setup();
    render(<App initialScreen="contacts" />);
    const first = await screen.findByRole('button', { name: /Person 00000/ });
    expect(screen.getByText('25,000 contacts')).toBeTruthy();
    first.focus();
    await user.keyboard('{End}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: /Person 24999/ })));
    expect(document.activeElement?.closest('li')?.getAttribute('aria-posinset')).toBe('25000');
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: /Person 24998/ })));
    await user.keyboard('{Home}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: /Person 00000/ })));
    const asked = inputsOf(api, 'contacts:list');
    // Never the whole list at once: each read is one window, and only the windows shown were read.
    expect(asked.every((query) => query?.limit === CONTACT_WINDOW)).toBe(true);
    expect(new Set(asked.map((query) => query?.offset))).toEqual(new Set([0, 24_800]));
  });

  it('moves between rows with the arrow keys and opens one on Enter', async () => {
    mockApi({
      'settings:get': () => settingsWith('system'),
      ...NO_DRAFTS,
      'contacts:list': () => pageOf([PRIYA, ELENA]),
    });
    const user = userEvent.setup();
    render(<App initialScreen="contacts" />);
    const first = await screen.findByRole('button', { name: /Priya Raman/ });
    first.focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: /Elena Fischer/ })));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 2, name: 'Elena Fischer' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Elena Fischer/ }).getAttribute('aria-current')).toBe('true');
  });

  it('asks contacts:list again when the search, status, sort or archived filter changes', async () => {
    const api = mockApi({
      'settings:get': () => settingsWith('system'),
      ...NO_DRAFTS,
      'contacts:list': () => pageOf([PRIYA]),
    });
    const user = userEvent.setup();
    render(<App initialScreen="contacts" />);
    await screen.findByRole('button', { name: /Priya Raman/ });
    expect(lastQuery(api)).toEqual({ search: '', status: null, sort: 'name', archived: false, ...FIRST_WINDOW });

    await user.type(screen.getByLabelText('Search contacts'), 'north');
    await waitFor(() => expect(lastQuery(api)?.search).toBe('north'));
    const searches = inputsOf(api, 'contacts:list').map((query) => query?.search);
    expect(searches).not.toContain('n');
    expect(searches).not.toContain('nor');

    await user.selectOptions(screen.getByLabelText('Status'), 'Thanked');
    await waitFor(() =>
      expect(lastQuery(api)).toEqual({
        search: 'north',
        status: 'thanked',
        sort: 'name',
        archived: false,
        ...FIRST_WINDOW,
      }),
    );

    await user.selectOptions(screen.getByLabelText('Sort by'), 'Next step');
    await waitFor(() => expect(lastQuery(api)?.sort).toBe('next-step'));

    await user.click(screen.getByLabelText('Show archived'));
    await waitFor(() =>
      expect(lastQuery(api)).toEqual({
        search: 'north',
        status: 'thanked',
        sort: 'next-step',
        archived: true,
        ...FIRST_WINDOW,
      }),
    );

    await user.selectOptions(screen.getByLabelText('Status'), 'All statuses');
    await waitFor(() => expect(lastQuery(api)?.status).toBeNull());
  });

  it('says what to do when nothing matches, and clears the filters on request', async () => {
    const api = mockApi({
      'settings:get': () => settingsWith('system'),
      ...NO_DRAFTS,
      'contacts:list': (query) => pageOf(query?.search ? [] : [PRIYA]),
    });
    const user = userEvent.setup();
    render(<App initialScreen="contacts" />);
    await screen.findByRole('button', { name: /Priya Raman/ });
    await user.type(screen.getByLabelText('Search contacts'), 'zebra');
    expect(await screen.findByRole('heading', { name: 'No one matches' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(await screen.findByRole('button', { name: /Priya Raman/ })).toBeTruthy();
    expect(screen.getByLabelText('Search contacts')).toHaveProperty('value', '');
    expect(document.activeElement).toBe(screen.getByLabelText('Search contacts'));
    expect(lastQuery(api)?.search).toBe('');
  });

  it('invites the first contact when there are none, and Ctrl+F focuses the search', async () => {
    mockApi({ 'settings:get': () => settingsWith('system'), ...NO_DRAFTS, 'contacts:list': () => pageOf([]) });
    const user = userEvent.setup();
    render(<App initialScreen="contacts" />);
    expect(await screen.findByRole('heading', { name: 'No contacts yet' })).toBeTruthy();
    await user.keyboard('{Control>}f{/Control}');
    expect(document.activeElement).toBe(screen.getByLabelText('Search contacts'));
    await user.click(screen.getByRole('button', { name: 'Add your first contact' }));
    expect(screen.getByRole('form', { name: 'New contact' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
  });

  it('archives the open contact and offers to unarchive it', async () => {
    let archived = false;
    const api = mockApi({
      'settings:get': () => settingsWith('system'),
      ...NO_DRAFTS,
      'contacts:list': (query) => pageOf(Boolean(query?.archived) === archived ? [{ ...PRIYA, archived }] : []),
      'contacts:set-archived': (input) => {
        archived = input?.archived ?? false;
        return { ...PRIYA, archived };
      },
    });
    const user = userEvent.setup();
    render(<App initialScreen="contacts" />);
    await user.click(await screen.findByRole('button', { name: /Priya Raman/ }));
    await user.click(screen.getByRole('button', { name: 'Archive' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Archived'));
    expect(inputsOf(api, 'contacts:set-archived')).toEqual([{ id: PRIYA.id, archived: true }]);
    await waitFor(() => expect(screen.queryByRole('button', { name: /Priya Raman/ })).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Unarchive' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Unarchived'));
    expect(inputsOf(api, 'contacts:set-archived').at(-1)).toEqual({ id: PRIYA.id, archived: false });
  });
});
