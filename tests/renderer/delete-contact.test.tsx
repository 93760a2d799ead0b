import './support/setup-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../renderer/api';
import { App } from '../../renderer/app';
import { ELENA, NO_DRAFTS, pageOf, PRIYA, settingsWith } from './support/fixtures';
import { inputsOf, mockApi } from './support/mock-api';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));

async function openPriya() {
  const user = userEvent.setup();
  render(<App initialScreen="contacts" />);
  await user.click(await screen.findByRole('button', { name: /Priya Raman/ }));
  return user;
}

describe('deleting a contact', () => {
  it('asks for confirmation first, and Keep deletes nothing', async () => {
    const api = mockApi({
      'settings:get': () => settingsWith('system'),
      ...NO_DRAFTS,
      'contacts:list': () => pageOf([PRIYA, ELENA]),
    });
    const user = await openPriya();
    const trigger = screen.getByRole('button', { name: 'Delete…' });
    await user.click(trigger);

    const dialog = screen.getByRole('alertdialog', { name: 'Delete Priya Raman?' });
    expect(within(dialog).getByRole('button', { name: 'Delete' })).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep' }));
    expect(inputsOf(api, 'contacts:delete')).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Keep' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete…' })));
    expect(inputsOf(api, 'contacts:delete')).toEqual([]);
    expect(screen.getByRole('heading', { level: 2, name: 'Priya Raman' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByRole('heading', { level: 2, name: 'Priya Raman' })).toBeTruthy();
    expect(inputsOf(api, 'contacts:delete')).toEqual([]);
  });

  it('deletes after confirmation, says so, and closes the contact', async () => {
    let contacts = [PRIYA, ELENA];
    const api = mockApi({
      'settings:get': () => settingsWith('system'),
      ...NO_DRAFTS,
      'contacts:list': () => pageOf(contacts),
      'contacts:delete': (input) => {
        contacts = contacts.filter((contact) => contact.id !== input?.id);
        return { id: input?.id ?? 0 };
      },
    });
    const user = await openPriya();
    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete Priya Raman?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(inputsOf(api, 'contacts:delete')).toEqual([{ id: PRIYA.id }]));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByRole('status').textContent).toBe('Deleted');
    await waitFor(() => expect(screen.queryByRole('button', { name: /Priya Raman/ })).toBeNull());
    expect(screen.queryByRole('heading', { level: 2, name: 'Priya Raman' })).toBeNull();
    expect(screen.getByRole('button', { name: /Elena Fischer/ })).toBeTruthy();
  });

  it('keeps the dialog open and explains when the delete fails', async () => {
    mockApi({
      'settings:get': () => settingsWith('system'),
      ...NO_DRAFTS,
      'contacts:list': () => pageOf([PRIYA]),
      'contacts:delete': () => {
        throw new ApiCallError('not-found', 'No contact with id 101. It may have been deleted.');
      },
    });
    const user = await openPriya();
    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete Priya Raman?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByText('No contact with id 101. It may have been deleted.')).toBeTruthy();
    expect(screen.getByRole('alertdialog')).toBe(dialog);
  });
});
