import '../support/setup-dom';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../../renderer/api';
import { TemplatesScreen } from '../../../renderer/templates/templates-screen';
import { inputsOf, mockApi, type ApiHandlers } from '../support/mock-api';
import { WithData } from '../support/with-data';
import { libraryOf, MY_VOICEMAIL, storeTemplate, THANK_YOU, VOICEMAIL } from './template-fixtures';

vi.mock('../../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../renderer/api')>()),
  call: vi.fn(),
}));

const LIBRARY = libraryOf([THANK_YOU, VOICEMAIL, MY_VOICEMAIL]);

function renderScreen(handlers: ApiHandlers = {}) {
  const api = mockApi({ 'templates:list': () => LIBRARY, ...handlers });
  const onStatus = vi.fn();
  const user = userEvent.setup();
  render(
    <WithData>
      <TemplatesScreen onStatus={onStatus} />
    </WithData>,
  );
  return { api, onStatus, user };
}

async function openTemplate(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(await screen.findByRole('button', { name }));
}

function errorTextOf(field: HTMLElement): string {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('templates screen', () => {
  it('groups the library by channel, each with its title, purpose and a Built-in or Yours tag', async () => {
    renderScreen();
    const email = await screen.findByRole('region', { name: 'Email' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Live call',
      'Voicemail',
      'Email',
      'LinkedIn note',
      'Letter or card',
    ]);
    expect(
      within(email).getByRole('button', {
        name: 'Thank-you email after the decision Built-in',
        description: THANK_YOU.purpose,
      }),
    ).toBeTruthy();
    const voicemail = within(screen.getByRole('region', { name: 'Voicemail' }));
    expect(voicemail.getAllByRole('button').map((button) => button.getAttribute('data-template-id'))).toEqual([
      VOICEMAIL.id,
      MY_VOICEMAIL.id,
    ]);
    expect(
      voicemail.getByRole('button', { name: 'My short voicemail Yours', description: MY_VOICEMAIL.purpose }),
    ).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Letter or card' })).getByText('No templates yet.')).toBeTruthy();
    expect(screen.queryByText(/could not be read/)).toBeNull();
  });

  it('moves between templates with the arrow keys, Home and End', async () => {
    const { user } = renderScreen();
    const first = await screen.findByRole('button', { name: 'Voicemail after the decision Built-in' });
    first.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'My short voicemail Yours' }));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Thank-you email after the decision Built-in' }));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(first);
  });

  it('shows a built-in template read-only, and Duplicate to edit saves a copy (id null) and selects it', async () => {
    const { api, onStatus, user } = renderScreen({ 'templates:save': (input) => storeTemplate(input, 12) });
    await openTemplate(user, 'Thank-you email after the decision Built-in');

    const pane = screen.getByRole('region', { name: THANK_YOU.title });
    const text = within(pane).getByRole('region', { name: 'Read-only template' });
    expect(within(text).getByText(/Thank you for getting back to me/)).toBeTruthy();
    expect(text.tabIndex).toBe(0);
    expect(within(pane).queryByRole('textbox')).toBeNull();
    expect(within(pane).queryByRole('combobox')).toBeNull();
    expect(within(pane).queryByRole('button', { name: 'Save template' })).toBeNull();
    expect(within(pane).queryByRole('button', { name: 'Delete…' })).toBeNull();

    await user.click(within(pane).getByRole('button', { name: 'Duplicate to edit' }));
    await waitFor(() =>
      expect(inputsOf(api, 'templates:save')).toEqual([
        {
          id: null,
          channel: 'email',
          title: 'Thank-you email after the decision (my copy)',
          purpose: THANK_YOU.purpose,
          subject: THANK_YOU.subject,
          body: THANK_YOU.body,
        },
      ]),
    );
    const form = await screen.findByRole('form', { name: 'Thank-you email after the decision (my copy)' });
    const title = within(form).getByLabelText('Title');
    expect(title).toHaveProperty('value', 'Thank-you email after the decision (my copy)');
    expect(document.activeElement).toBe(title);
    expect(within(form).getByLabelText('Text')).toHaveProperty('value', THANK_YOU.body);
    const copy = screen.getByRole('button', { name: 'Thank-you email after the decision (my copy) Yours' });
    expect(copy.getAttribute('aria-current')).toBe('true');
    expect(onStatus).toHaveBeenCalledWith('Copy saved; it’s yours to edit');
  });

  it('validates a user template with the schema before saving, then saves it with templates:save', async () => {
    const { api, onStatus, user } = renderScreen({ 'templates:save': (input) => storeTemplate(input) });
    await openTemplate(user, 'My short voicemail Yours');
    const form = screen.getByRole('form', { name: 'My short voicemail' });
    const title = within(form).getByLabelText('Title');
    expect(title).toHaveProperty('required', true);
    expect(within(form).getByText('Required. Up to 120 characters')).toBeTruthy();

    await user.clear(title);
    await user.click(within(form).getByRole('button', { name: 'Save template' }));
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(errorTextOf(title)).toBe('Give the template a title');
    expect(document.activeElement).toBe(title);
    expect(inputsOf(api, 'templates:save')).toEqual([]);

    await user.type(title, '  Quick voicemail ');
    expect(title.getAttribute('aria-invalid')).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Save template' }));
    await waitFor(() =>
      expect(inputsOf(api, 'templates:save')).toEqual([
        {
          id: 5,
          channel: 'voicemail',
          title: 'Quick voicemail',
          purpose: MY_VOICEMAIL.purpose,
          subject: '',
          body: MY_VOICEMAIL.body,
        },
      ]),
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Quick voicemail' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Quick voicemail Yours' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'My short voicemail Yours' })).toBeNull();
    expect(onStatus).toHaveBeenCalledWith('Template saved');
  });

  it('shows server validation errors on their fields and other problems in the alert', async () => {
    const { user } = renderScreen({
      'templates:save': () => {
        throw new ApiCallError('invalid-input', 'Template text must be at most 20000 characters (and 1 more problem)', [
          { path: 'body', message: 'Template text must be at most 20000 characters' },
          { path: '', message: 'Someday could not store the template' },
        ]);
      },
    });
    await openTemplate(user, 'My short voicemail Yours');
    const form = screen.getByRole('form', { name: 'My short voicemail' });
    await user.click(within(form).getByRole('button', { name: 'Save template' }));

    const text = within(form).getByLabelText('Text');
    await waitFor(() => expect(text.getAttribute('aria-invalid')).toBe('true'));
    expect(errorTextOf(text)).toBe('Template text must be at most 20000 characters');
    expect(document.activeElement).toBe(text);
    expect(within(form).getByRole('alert').textContent).toBe('Someday could not store the template');
    expect(within(form).getByLabelText('Title').getAttribute('aria-invalid')).toBeNull();
  });

  it('deletes a user template only after confirmation', async () => {
    const { api, onStatus, user } = renderScreen({ 'templates:delete': (input) => ({ id: input?.id ?? 0 }) });
    await openTemplate(user, 'My short voicemail Yours');
    await user.click(screen.getByRole('button', { name: 'Delete…' }));

    const dialog = screen.getByRole('alertdialog', { name: 'Delete My short voicemail?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep' }));
    await user.click(within(dialog).getByRole('button', { name: 'Keep' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(inputsOf(api, 'templates:delete')).toEqual([]);
    expect(screen.getByRole('heading', { level: 2, name: 'My short voicemail' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    await user.click(
      within(screen.getByRole('alertdialog', { name: 'Delete My short voicemail?' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    await waitFor(() => expect(inputsOf(api, 'templates:delete')).toEqual([{ id: 5 }]));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.queryByRole('button', { name: 'My short voicemail Yours' })).toBeNull();
    expect(screen.queryByRole('heading', { level: 2, name: 'My short voicemail' })).toBeNull();
    expect(onStatus).toHaveBeenCalledWith('Template deleted');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New template' })));
  });

  it('names each built-in file that could not be read, with its message', async () => {
    renderScreen({
      'templates:list': () =>
        libraryOf(
          [THANK_YOU],
          [
            { file: 'broken.md', message: 'The front matter has no channel' },
            { file: 'odd.md', message: 'Unknown channel "fax"' },
          ],
        ),
    });
    const notice = await screen.findByRole('region', { name: 'These built-in templates could not be read:' });
    const items = within(notice)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual(['broken.md: The front matter has no channel', 'odd.md: Unknown channel "fax"']);
    expect(screen.getByRole('button', { name: 'Thank-you email after the decision Built-in' })).toBeTruthy();
  });

  it('shows Subject for email templates only, and saves other channels without one', async () => {
    const { api, user } = renderScreen({ 'templates:save': (input) => storeTemplate(input, 30) });
    await openTemplate(user, 'Thank-you email after the decision Built-in');
    expect(screen.getByRole('heading', { level: 3, name: 'Subject' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Voicemail after the decision Built-in' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Voicemail after the decision' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 3, name: 'Subject' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'New template' }));
    const form = screen.getByRole('form', { name: 'New template' });
    const channel = within(form).getByLabelText('Channel');
    expect(document.activeElement).toBe(channel);
    expect(channel).toHaveProperty('value', 'email');
    await user.type(within(form).getByLabelText('Subject'), 'Thank you');
    await user.selectOptions(channel, 'LinkedIn note');
    expect(within(form).queryByLabelText('Subject')).toBeNull();
    await user.type(within(form).getByLabelText('Title'), 'Short LinkedIn note');
    await user.type(within(form).getByLabelText('Text'), 'Thank you for your time.');
    await user.click(within(form).getByRole('button', { name: 'Save template' }));

    await waitFor(() =>
      expect(inputsOf(api, 'templates:save')).toEqual([
        {
          id: null,
          channel: 'linkedin',
          title: 'Short LinkedIn note',
          purpose: '',
          subject: '',
          body: 'Thank you for your time.',
        },
      ]),
    );
    const linkedin = within(screen.getByRole('region', { name: 'LinkedIn note' }));
    expect(linkedin.getByRole('button', { name: 'Short LinkedIn note Yours' }).getAttribute('aria-current')).toBe(
      'true',
    );
    await user.selectOptions(within(form).getByLabelText('Channel'), 'Email');
    expect(within(form).getByLabelText('Subject')).toHaveProperty('value', '');
  });

  it('lists the placeholders a template uses and warns about unknown ones', async () => {
    const { user } = renderScreen();
    await openTemplate(user, 'My short voicemail Yours');
    const used = screen.getByRole('list', { name: 'Placeholders this template uses' });
    expect(
      within(used)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['{{contact.firstName}} their first name', '{{me.name}} your name']);
    expect(screen.queryByText(/Someday does not know/)).toBeNull();

    const text = screen.getByLabelText('Text');
    fireEvent.change(text, { target: { value: `${MY_VOICEMAIL.body} Say hi to {{contact.nickname}}.` } });
    expect(screen.getByText(/Someday does not know/).textContent).toBe(
      'Someday does not know {{contact.nickname}}, so it will stay in the message as written. Check the spelling ' +
        'against the placeholders Someday knows.',
    );
  });

  it('asks before discarding unsaved edits when another template is picked', async () => {
    const { user } = renderScreen();
    await openTemplate(user, 'My short voicemail Yours');
    await user.type(screen.getByLabelText('Title'), ' (edited)');

    await user.click(screen.getByRole('button', { name: 'Voicemail after the decision Built-in' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Discard changes to My short voicemail?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByLabelText('Title')).toHaveProperty('value', 'My short voicemail (edited)');

    await user.click(screen.getByRole('button', { name: 'Voicemail after the decision Built-in' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Discard' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Voicemail after the decision' })).toBeTruthy();
    expect(screen.queryByLabelText('Title')).toBeNull();
  });

  it('explains a failed load and tries again', async () => {
    let fail = true;
    const { user } = renderScreen({
      'templates:list': () => {
        if (fail) throw new ApiCallError('internal', 'Someday could not reach its data. Try restarting the app.');
        return LIBRARY;
      },
    });
    expect(await screen.findByText('Someday could not reach its data. Try restarting the app.')).toBeTruthy();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'My short voicemail Yours' })).toBeTruthy();
  });
});
