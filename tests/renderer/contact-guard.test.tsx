import './support/setup-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/app';
import { SETTINGS } from './support/draft-fixtures';
import { ELENA, NO_DRAFTS, pageOf, PRIYA } from './support/fixtures';
import { inputsOf, mockApi } from './support/mock-api';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));

const HANDLERS = {
  'settings:get': () => SETTINGS,
  ...NO_DRAFTS,
  'contacts:list': () => pageOf([PRIYA, ELENA]),
  'app:info': () => ({
    version: '0.1.0',
    mode: 'browser' as const,
    dataDir: '/d',
    databaseFile: '/d/f',
    schemaVersion: 2,
  }),
};

async function editPriya() {
  const user = userEvent.setup();
  render(<App initialScreen="contacts" />);
  await user.click(await screen.findByRole('button', { name: /Priya Raman/ }));
  const jobTitle = within(screen.getByRole('form', { name: 'Priya Raman' })).getByLabelText('Job title');
  await user.type(jobTitle, ' (acting)');
  return { user, jobTitle };
}

describe('unsaved contact edits', () => {
  it('asks before switching to another contact; Keep editing keeps the edits, Discard moves on', async () => {
    mockApi(HANDLERS);
    const { user, jobTitle } = await editPriya();
    await user.click(screen.getByRole('button', { name: /Elena Fischer/ }));

    const dialog = screen.getByRole('alertdialog', { name: 'Discard changes to Priya Raman?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByRole('heading', { level: 2, name: 'Priya Raman' })).toBeTruthy();
    expect(jobTitle).toHaveProperty('value', 'Engineering Manager (acting)');

    await user.click(screen.getByRole('button', { name: /Elena Fischer/ }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Elena Fischer' })).toBeTruthy());
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('asks before Ctrl+N starts a new contact', async () => {
    mockApi(HANDLERS);
    const { user } = await editPriya();
    await user.keyboard('{Control>}n{/Control}');
    const dialog = screen.getByRole('alertdialog', { name: 'Discard changes to Priya Raman?' });
    await user.click(within(dialog).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.getByRole('form', { name: 'New contact' })).toBeTruthy());
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
  });

  it('asks before leaving the Contacts screen, and names a new contact by what was typed', async () => {
    mockApi(HANDLERS);
    const user = userEvent.setup();
    render(<App initialScreen="contacts" />);
    await user.click(await screen.findByRole('button', { name: 'New contact' }));
    await user.type(screen.getByLabelText('Name'), 'Grace Liu');
    await user.click(screen.getByRole('button', { name: 'Settings' }));

    const dialog = screen.getByRole('alertdialog', { name: 'Discard changes to Grace Liu?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByRole('heading', { level: 1, name: 'Contacts' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy());
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Settings' }));
  });

  it('does not ask when nothing changed, or after the edits are saved', async () => {
    const api = mockApi({ ...HANDLERS, 'contacts:update': (input) => ({ ...PRIYA, ...input?.contact }) });
    const user = userEvent.setup();
    render(<App initialScreen="contacts" />);
    await user.click(await screen.findByRole('button', { name: /Priya Raman/ }));
    await user.click(screen.getByRole('button', { name: /Elena Fischer/ }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Elena Fischer' })).toBeTruthy();

    const jobTitle = within(screen.getByRole('form', { name: 'Elena Fischer' })).getByLabelText('Job title');
    await user.type(jobTitle, '!');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    await waitFor(() => expect(inputsOf(api, 'contacts:update')).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
  });
});
