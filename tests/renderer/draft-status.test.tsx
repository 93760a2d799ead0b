import './support/setup-dom';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { todayIsoDay } from '../../renderer/ui/format-date';
import { createDraftStore, makeDraft, PRIYA_WITH_HIGHLIGHT } from './support/draft-fixtures';
import { inputsOf, mockApi } from './support/mock-api';
import { openDraftInApp } from './support/open-draft';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));

function statusGroup() {
  return within(screen.getByRole('group', { name: 'Status' }));
}

describe('draft status', () => {
  it('marks a draft as ready with drafts:set-status', async () => {
    const store = createDraftStore(makeDraft(), PRIYA_WITH_HIGHLIGHT);
    const api = mockApi(store.handlers);
    const { user } = await openDraftInApp('Email to Priya Raman');
    expect(statusGroup().getByRole('radio', { name: 'Draft' })).toHaveProperty('checked', true);

    await user.click(statusGroup().getByRole('radio', { name: 'Ready' }));
    await waitFor(() => expect(statusGroup().getByRole('radio', { name: 'Ready' })).toHaveProperty('checked', true));
    expect(inputsOf(api, 'drafts:set-status')).toEqual([{ id: 301, status: 'ready', sentOn: null }]);
    expect(screen.getByRole('status').textContent).toBe('Marked as ready');
  });

  it('asks for the day it was sent, today by default, and cancelling changes nothing', async () => {
    const store = createDraftStore(makeDraft(), PRIYA_WITH_HIGHLIGHT);
    const api = mockApi(store.handlers);
    const { user } = await openDraftInApp('Email to Priya Raman');

    await user.click(statusGroup().getByRole('radio', { name: 'Sent or said' }));
    let dialog = screen.getByRole('dialog', { name: 'When did you send it?' });
    expect(within(dialog).getByLabelText('Date')).toHaveProperty('value', todayIsoDay());
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(inputsOf(api, 'drafts:set-status')).toEqual([]);
    expect(statusGroup().getByRole('radio', { name: 'Draft' })).toHaveProperty('checked', true);

    await user.click(statusGroup().getByRole('radio', { name: 'Sent or said' }));
    dialog = screen.getByRole('dialog', { name: 'When did you send it?' });
    const date = within(dialog).getByLabelText('Date');
    await user.clear(date);
    await user.type(date, '2026-03-14');
    await user.click(within(dialog).getByRole('button', { name: 'Mark as sent' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(inputsOf(api, 'drafts:set-status')).toEqual([{ id: 301, status: 'sent', sentOn: '2026-03-14' }]);
    expect(statusGroup().getByRole('radio', { name: 'Sent or said' })).toHaveProperty('checked', true);
    expect(screen.getByText(/^on 14 Mar 2026$|^on Mar 14, 2026$/)).toBeTruthy();
  });

  it('refuses a day still to come', async () => {
    const api = mockApi(createDraftStore(makeDraft({ channel: 'call', subject: '' }), PRIYA_WITH_HIGHLIGHT).handlers);
    const { user } = await openDraftInApp('Live call to Priya Raman');
    await user.click(statusGroup().getByRole('radio', { name: 'Sent or said' }));
    const dialog = screen.getByRole('dialog', { name: 'When did you say it?' });
    const date = within(dialog).getByLabelText('Date');
    await user.clear(date);
    await user.type(date, '2999-01-01');
    await user.click(within(dialog).getByRole('button', { name: 'Mark as sent' }));
    expect(within(dialog).getByRole('alert').textContent).toBe(
      'That day is still to come. Choose today or an earlier day.',
    );
    expect(inputsOf(api, 'drafts:set-status')).toEqual([]);
  });

  it('deletes a draft after confirmation and goes back to the list', async () => {
    const store = createDraftStore(makeDraft(), PRIYA_WITH_HIGHLIGHT);
    const api = mockApi(store.handlers);
    const { user } = await openDraftInApp('Email to Priya Raman');
    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete “Thank-you to Priya”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await screen.findByRole('heading', { level: 1, name: 'Drafts' });
    expect(inputsOf(api, 'drafts:delete')).toEqual([{ id: 301 }]);
    expect(inputsOf(api, 'drafts:save')).toEqual([]);
  });
});
