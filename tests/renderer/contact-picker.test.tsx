import './support/setup-dom';
import path from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Contact, ContactListQuery } from '../../core/contacts';
import type { MessageTemplate } from '../../core/templates';
import { findAppRoot } from '../../main/paths';
import { loadScenarioLibrary, scenariosDir } from '../../main/scenarios-loader';
import { App } from '../../renderer/app';
import { NewDraftDialog } from '../../renderer/drafts/new-draft-dialog';
import { PICKER_LIMIT } from '../../renderer/ui/contact-picker';
import { SETTINGS } from './support/draft-fixtures';
import { makeContact } from './support/fixtures';
import { inputsOf, mockApi } from './support/mock-api';
import { WithData } from './support/with-data';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));

const MANY = 25_000;
/** Generous: the machine may be busy, and the picker waits 120 ms after each key before it asks. */
const SLOW = { timeout: 5000 };
const THANKED = { state: 'planned', step: 'check-in', label: 'Check in', due: '2026-04-14' } as const;

/** 25,000 people, "Person 00001" to "Person 25000", searched and paged like main's contacts:list. */
const PEOPLE: Contact[] = Array.from({ length: MANY }, (_, index) => {
  const n = String(index + 1).padStart(5, '0');
  return makeContact({
    id: index + 1,
    name: `Person ${n}`,
    company: `Firm ${index % 100}`,
    email: `person${n}@example.com`,
    ...(index % 2 === 1 ? { status: 'thanked', nextStep: THANKED } : {}),
  });
});

function listContacts(query: ContactListQuery | undefined) {
  const search = (query?.search ?? '').toLowerCase();
  const matches = search
    ? PEOPLE.filter((p) => p.name.toLowerCase().includes(search) || p.company.toLowerCase().includes(search))
    : PEOPLE;
  const offset = query?.offset ?? 0;
  return { items: matches.slice(offset, offset + (query?.limit ?? matches.length)), total: matches.length };
}

function template(id: string, title: string): MessageTemplate {
  return {
    id,
    source: 'builtin',
    channel: 'email',
    title,
    purpose: `${title}.`,
    subject: '',
    body: 'Hi',
    target: { unit: 'words', min: 1, max: 2 },
  };
}

/** The check-in comes first in the library, as it does on disk; the thank-you must still be chosen when due. */
const TEMPLATES = [
  template('builtin:check-in-email', 'Check-in email'),
  template('builtin:feedback-reply', 'Reply to feedback'),
  template('builtin:thank-you-email', 'Thank-you email'),
];

const HANDLERS = {
  'settings:get': () => SETTINGS,
  'contacts:list': listContacts,
  'contacts:get': (input?: { id: number }) => PEOPLE[(input?.id ?? 1) - 1]!,
  'templates:list': () => ({ templates: TEMPLATES, problems: [] }),
};

function renderDialog(contactId: number | null = null) {
  const onClose = vi.fn();
  render(
    <WithData>
      <NewDraftDialog contactId={contactId} onClose={onClose} onCreated={() => undefined} />
    </WithData>,
  );
  return { onClose, dialog: screen.getByRole('dialog', { name: 'New draft' }) };
}

describe('the contact picker', () => {
  it('searches 25,000 contacts through contacts:list, shows at most a page of them, and picks with the keyboard', async () => {
    const api = mockApi(HANDLERS);
    const user = userEvent.setup();
    const { dialog, onClose } = renderDialog();
    const box = within(dialog).getByRole('combobox', { name: 'To' });
    await waitFor(() => expect(box).toHaveProperty('value', 'Person 00001 (Firm 0)'), SLOW);

    await user.click(box);
    await user.keyboard('{ArrowDown}');
    const list = within(dialog).getByRole('listbox');
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(PICKER_LIMIT), SLOW);
    expect(within(dialog).getByText(/The first 50 of 25,000 are shown; type more of a name or company/)).toBeTruthy();

    await user.clear(box);
    await user.type(box, 'person 1241');
    const ids = Array.from({ length: 10 }, (_, n) => 12_410 + n);
    await waitFor(
      () =>
        expect(
          within(list)
            .getAllByRole('option')
            .map((option) => option.getAttribute('aria-label')),
        ).toEqual(ids.map((id) => `Person ${id} (Firm ${(id - 1) % 100})`)),
      SLOW,
    );
    expect(within(dialog).getByText('10 contacts.')).toBeTruthy();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(box).toHaveProperty('value', 'Person 12411 (Firm 10)');
    expect(list.hidden).toBe(true);

    const reads = inputsOf(api, 'contacts:list');
    expect(reads.length).toBeGreaterThan(1);
    for (const read of reads) expect(read?.limit).toBeLessThanOrEqual(PICKER_LIMIT);
    expect(reads).toContainEqual({ search: 'person 1241', limit: PICKER_LIMIT, archived: false });

    await user.type(box, 'x');
    await user.keyboard('{Escape}');
    expect(list.hidden).toBe(true);
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'New draft' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(box).toHaveProperty('value', 'Person 12411 (Firm 10)');
  });

  it('starts from the template the picked contact needs next, not the first in the list', async () => {
    mockApi(HANDLERS);
    const user = userEvent.setup();
    const { dialog } = renderDialog(2);
    const box = within(dialog).getByRole('combobox', { name: 'To' });
    await waitFor(() => expect(box).toHaveProperty('value', 'Person 00002 (Firm 1)'), SLOW);
    expect(within(dialog).getByRole('radio', { name: 'Check-in email' })).toHaveProperty('checked', true);

    await user.clear(box);
    await user.type(box, 'Person 00003');
    await user.click(await within(dialog).findByRole('option', { name: 'Person 00003 (Firm 2)' }, SLOW));
    expect(within(dialog).getByRole('radio', { name: 'Thank-you email' })).toHaveProperty('checked', true);
    expect(within(dialog).getByRole('radio', { name: 'Check-in email' })).toHaveProperty('checked', false);
    // In view: first in the list, and said to be their next step.
    const first = within(dialog).getAllByRole('radio')[5];
    expect(first).toBe(within(dialog).getByRole('radio', { name: 'Thank-you email' }));
    expect(first?.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(first!.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /^Their next step\./,
    );
  });

  it('is the picker Rehearse uses too: it opens on the first contact and reads the scripts of the one picked', async () => {
    const library = loadScenarioLibrary(scenariosDir(path.join(findAppRoot(), 'templates')));
    const api = mockApi({
      ...HANDLERS,
      'scenarios:list': () => library,
      'rehearsals:list': () => [],
      'drafts:list': () => ({ items: [], total: 0 }),
    });
    const user = userEvent.setup();
    render(<App initialScreen="rehearse" />);
    const box = await screen.findByRole('combobox', { name: 'Who are you calling?' }, { timeout: 5000 });
    expect(box).toHaveProperty('value', 'Person 00001 (Firm 0)');
    await user.clear(box);
    await user.type(box, 'Firm 42');
    const list = screen.getByRole('listbox', { name: 'Who are you calling?' });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(PICKER_LIMIT), SLOW);
    expect(await screen.findByText(/The first 50 of 250 are shown/, {}, SLOW)).toBeTruthy();
    await user.click(within(list).getByRole('option', { name: 'Person 00143 (Firm 42)' }));
    expect(box).toHaveProperty('value', 'Person 00143 (Firm 42)');
    await waitFor(() => expect(inputsOf(api, 'drafts:list')).toContainEqual({ contactId: 143 }), SLOW);
    for (const read of inputsOf(api, 'contacts:list')) expect(read?.limit).toBeLessThanOrEqual(PICKER_LIMIT);
  });
});
