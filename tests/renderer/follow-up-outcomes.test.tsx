import './support/setup-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TodayItem } from '../../core/followups';
import { CompleteDialog } from '../../renderer/today/complete-dialog';
import { makeDraft } from './support/draft-fixtures';
import { inputsOf, mockApi } from './support/mock-api';
import { WithData } from './support/with-data';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));

const ITEM = {
  id: 11,
  contactId: 3,
  step: 'thank-you',
  channel: 'email',
  templateId: 'builtin:thank-you-email',
  dueAt: '2026-11-20T09:00:00.000Z',
  dueDay: '2026-11-20',
  timeZone: 'UTC',
  state: 'pending',
  createdAt: 'x',
  contactName: 'Ada Lovelace',
  company: 'Engines',
  contactStatus: 'rejected',
  overdue: false,
} satisfies TodayItem;

const summary = (draft: ReturnType<typeof makeDraft>) => ({
  ...draft,
  contactName: 'Ada Lovelace',
  company: 'Engines',
  excerpt: '',
  snippet: null,
});

describe('finishing a follow-up', () => {
  it('offers only outcomes that fit the channel, and names the draft just written so it becomes Sent', async () => {
    const thanks = makeDraft({ id: 40, contactId: 3, channel: 'email', title: 'Thank-you for Ada', status: 'draft' });
    const call = makeDraft({ id: 41, contactId: 3, channel: 'call', title: 'Call script', status: 'draft' });
    const api = mockApi({
      'interactions:check': () => [],
      'drafts:list': () => ({ items: [summary(call), summary(thanks)], total: 2 }),
      'reminders:complete': () => ({ interaction: {} as never, next: null }),
    });
    const onDone = vi.fn();
    const user = userEvent.setup();
    render(
      <WithData>
        <CompleteDialog item={ITEM} onClose={() => undefined} onDone={onDone} />
      </WithData>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Done: Ada Lovelace' });
    const outcomes = () =>
      within(within(dialog).getByLabelText('How it went'))
        .getAllByRole('option')
        .map((option) => option.textContent);
    expect(outcomes()).toEqual(['Sent', 'They replied', 'No reply yet', 'Re-engaged']);
    await user.selectOptions(within(dialog).getByLabelText('What you did'), 'Call');
    expect(outcomes()).toContain('Left a voicemail');
    await user.selectOptions(within(dialog).getByLabelText('What you did'), 'Email');
    expect(outcomes()).not.toContain('Left a voicemail');

    const used = await within(dialog).findByLabelText('Draft used (it is marked sent)');
    expect(used).toHaveProperty('value', '40');
    await user.click(within(dialog).getByRole('button', { name: 'Log it' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(inputsOf(api, 'reminders:complete')).toEqual([
      expect.objectContaining({ id: 11, kind: 'email', outcome: 'sent', draftId: 40 }),
    ]);
  });
});
