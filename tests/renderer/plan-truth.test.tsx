import './support/setup-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Contact } from '../../core/contacts';
import { App } from '../../renderer/app';
import { makeContact, NO_DRAFTS, pageOf, settingsWith } from './support/fixtures';
import { inputsOf, mockApi } from './support/mock-api';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));

const PROPOSED = { state: 'proposed', step: null, label: 'Plan to confirm', due: null } as const;
const NOTHING = { state: 'none', step: null, label: 'Nothing planned', due: null } as const;
const PLAN_STEPS = {
  contactId: 7,
  timeZone: 'UTC',
  blocked: null,
  steps: [
    { step: 'thank-you' as const, channel: 'email' as const, templateId: null, dueAt: 'x', dueDay: '2026-11-27' },
  ],
};

describe('one truth about what is due', () => {
  it('shows a proposal as a proposal and a contact without a plan without any due day', async () => {
    const waiting = makeContact({ id: 7, name: 'Ada Byron', decisionDate: '2025-08-22', nextStep: PROPOSED });
    const never = makeContact({ id: 8, name: 'Bo Chen', decisionDate: '2025-08-22', nextStep: NOTHING });
    mockApi({
      'settings:get': () => settingsWith('system'),
      ...NO_DRAFTS,
      'contacts:list': () => pageOf([waiting, never]),
    });
    render(<App initialScreen="contacts" />);
    const list = await screen.findByRole('list', { name: 'Contacts' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(within(first!).getByText('Plan to confirm')).toBeTruthy();
    expect(within(second!).getByText('Nothing planned')).toBeTruthy();
    expect(list.textContent).not.toMatch(/due/i);
  });

  it('keeps a waiting proposal when the person leaves the contact and comes back, until dismissed', async () => {
    let ada: Contact = makeContact({ id: 7, name: 'Ada Byron', nextStep: PROPOSED });
    const bo = makeContact({ id: 8, name: 'Bo Chen', nextStep: NOTHING });
    const api = mockApi({
      'settings:get': () => settingsWith('system'),
      ...NO_DRAFTS,
      'reminders:plan': () => PLAN_STEPS,
      'contacts:list': () => pageOf([ada, bo]),
      'reminders:dismiss-plan': () => {
        ada = { ...ada, nextStep: NOTHING };
        return ada;
      },
    });
    const user = userEvent.setup();
    render(<App initialScreen="contacts" />);
    const list = await screen.findByRole('list', { name: 'Contacts' });
    await user.click(within(list).getByRole('button', { name: /Ada Byron/ }));
    const region = { name: 'Stay on Ada Byron’s radar' };
    expect(await screen.findByRole('region', region, { timeout: 5000 })).toBeTruthy();
    await user.click(within(list).getByRole('button', { name: /Bo Chen/ }));
    await screen.findByRole('form', { name: 'Bo Chen' });
    expect(screen.queryByRole('region', region)).toBeNull();
    await user.click(within(list).getByRole('button', { name: /Ada Byron/ }));
    const proposal = await screen.findByRole('region', region);
    await user.click(within(proposal).getByRole('button', { name: 'Dismiss plan' }));
    await waitFor(() => expect(screen.queryByRole('region', region)).toBeNull());
    expect(inputsOf(api, 'reminders:dismiss-plan')).toEqual([{ contactId: 7 }]);
    await waitFor(() => expect(within(list).getAllByText('Nothing planned')).toHaveLength(2));
  });

  it('a confirmed plan replaces the proposal in the header with the plan’s own first day', async () => {
    const ada = makeContact({ id: 7, name: 'Ada Byron', nextStep: PROPOSED });
    const planned = {
      ...ada,
      nextStep: { state: 'planned', step: 'thank-you', label: 'Say thank you', due: '2026-11-27' },
    };
    mockApi({
      'settings:get': () => settingsWith('system'),
      ...NO_DRAFTS,
      'reminders:plan': () => PLAN_STEPS,
      'contacts:list': () => pageOf([ada]),
      'reminders:confirm-plan': () => [],
      'contacts:get': () => planned as Contact,
    });
    const user = userEvent.setup();
    render(<App initialScreen="contacts" />);
    await user.click(await screen.findByRole('button', { name: /Ada Byron/ }));
    const proposal = await screen.findByRole('region', { name: 'Stay on Ada Byron’s radar' }, { timeout: 5000 });
    await within(proposal).findAllByLabelText('Day');
    await user.click(within(proposal).getByRole('button', { name: 'Confirm plan' }));
    const header = await screen.findByRole('heading', { name: 'Ada Byron', level: 2 });
    const meta = header.closest('.pane-header')!;
    await waitFor(() => expect(meta.textContent).toMatch(/Say thank you.*Nov 27/));
  });
});
