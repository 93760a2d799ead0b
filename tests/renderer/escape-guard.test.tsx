import './support/setup-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TodayItem } from '../../core/followups';
import { App } from '../../renderer/app';
import { TemplatesScreen } from '../../renderer/templates/templates-screen';
import { CompleteDialog } from '../../renderer/today/complete-dialog';
import { SETTINGS } from './support/draft-fixtures';
import { ELENA, NO_DRAFTS, pageOf, PRIYA } from './support/fixtures';
import { mockApi } from './support/mock-api';
import { WithData } from './support/with-data';
import { libraryOf, MY_VOICEMAIL, THANK_YOU, VOICEMAIL } from './templates/template-fixtures';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));

/** Escape in a form is leaving it: with nothing changed it closes, with an edit it asks first. */
describe('Escape in a form', () => {
  it('closes an unchanged contact, and asks before dropping an edited one', async () => {
    mockApi({ 'settings:get': () => SETTINGS, ...NO_DRAFTS, 'contacts:list': () => pageOf([PRIYA, ELENA]) });
    const user = userEvent.setup();
    render(<App initialScreen="contacts" />);
    await user.click(await screen.findByRole('button', { name: /Elena Fischer/ }, { timeout: 5000 }));
    await user.click(within(screen.getByRole('form', { name: 'Elena Fischer' })).getByLabelText('Job title'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Elena Fischer' })).toBeNull());
    expect(screen.queryByRole('alertdialog')).toBeNull();

    await user.click(screen.getByRole('button', { name: /Priya Raman/ }));
    const jobTitle = within(screen.getByRole('form', { name: 'Priya Raman' })).getByLabelText('Job title');
    await user.type(jobTitle, ' (acting)');
    await user.keyboard('{Escape}');
    const dialog = await screen.findByRole('alertdialog', { name: 'Discard changes to Priya Raman?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByLabelText('Job title')).toHaveProperty('value', 'Engineering Manager (acting)');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Priya Raman' })).toBeNull());
  });

  it("asks before Escape drops an entry typed in a contact's Log form, and lets an untouched one go", async () => {
    mockApi({
      'settings:get': () => SETTINGS,
      ...NO_DRAFTS,
      'interactions:check': () => [],
      'contacts:list': () => pageOf([PRIYA, ELENA]),
    });
    const user = userEvent.setup();
    render(<App initialScreen="contacts" />);
    await user.click(await screen.findByRole('button', { name: /Priya Raman/ }, { timeout: 5000 }));
    await user.click(await screen.findByRole('button', { name: 'Log' }));
    await user.click(within(screen.getByRole('form', { name: 'Log an interaction' })).getByLabelText('When'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Priya Raman' })).toBeNull());
    expect(screen.queryByRole('alertdialog')).toBeNull();

    await user.click(screen.getByRole('button', { name: /Priya Raman/ }));
    await user.click(await screen.findByRole('button', { name: 'Log' }));
    const log = screen.getByRole('form', { name: 'Log an interaction' });
    const what = within(log).getByLabelText('A few words (optional)');
    await user.type(what, 'Left her a short voicemail');
    await user.keyboard('{Escape}');
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Discard changes to the entry you were logging for Priya Raman?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(
      within(screen.getByRole('form', { name: 'Log an interaction' })).getByDisplayValue('Left her a short voicemail'),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: /Elena Fischer/ }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Discard' }));
    expect(await screen.findByRole('form', { name: 'Elena Fischer' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Log an interaction' })).toBeNull();
  });

  it('asks before an edited template is dropped', async () => {
    mockApi({ 'templates:list': () => libraryOf([THANK_YOU, VOICEMAIL, MY_VOICEMAIL]) });
    const user = userEvent.setup();
    render(
      <WithData>
        <TemplatesScreen onStatus={() => undefined} />
      </WithData>,
    );
    await user.click(await screen.findByRole('button', { name: 'My short voicemail Yours' }));
    const title = await screen.findByLabelText('Title');
    await user.type(title, ' again');
    await user.keyboard('{Escape}');
    const dialog = await screen.findByRole('alertdialog', { name: /Discard changes/ });
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toMatch(/ again$/);
  });

  it('asks in a dialog before what was typed is dropped, and closes an untouched one', async () => {
    mockApi({ 'interactions:check': () => [], 'drafts:list': () => ({ items: [], total: 0 }) });
    const item = {
      id: 11,
      contactId: 3,
      step: 'check-in',
      channel: 'email',
      templateId: null,
      dueAt: '2026-11-20T09:00:00.000Z',
      dueDay: '2026-11-20',
      timeZone: 'UTC',
      state: 'pending',
      createdAt: 'x',
      contactName: 'Ada Lovelace',
      company: '',
      contactStatus: 'thanked',
      overdue: false,
    } satisfies TodayItem;
    const onClose = vi.fn();
    const user = userEvent.setup();
    render(
      <WithData>
        <CompleteDialog item={item} onClose={onClose} onDone={() => undefined} />
      </WithData>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Done: Ada Lovelace' });
    await user.type(within(dialog).getByLabelText('A few words (optional)'), 'We spoke for ten minutes');
    await user.keyboard('{Escape}');
    expect(within(dialog).getByText('Discard what you changed here?')).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(within(dialog).getByLabelText('A few words (optional)')).toHaveProperty('value', 'We spoke for ten minutes');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClose).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Discard' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
