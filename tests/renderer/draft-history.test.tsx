import './support/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createDraftStore, makeDraft, PRIYA_WITH_HIGHLIGHT } from './support/draft-fixtures';
import { inputsOf, mockApi } from './support/mock-api';
import { openDraftInApp } from './support/open-draft';
import { caretToEnd, selectionOf, textOf, typeAtEnd } from './support/message-box';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));

const HEADING = 'Email to Priya Raman';

describe('undo and redo in the draft editor', () => {
  it('undoes typing a word at a time with the keyboard, and redoes it', async () => {
    const store = createDraftStore(makeDraft({ body: 'Thank you.' }), PRIYA_WITH_HIGHLIGHT);
    const api = mockApi(store.handlers);
    const { user, body } = await openDraftInApp(HEADING);
    await typeAtEnd(user, body, ' Hello world');
    expect(textOf(body)).toBe('Thank you. Hello world');

    await user.keyboard('{Control>}z{/Control}');
    expect(textOf(body)).toBe('Thank you. Hello ');
    await user.keyboard('{Control>}z{/Control}');
    expect(textOf(body)).toBe('Thank you.');
    expect(document.activeElement).toBe(body);
    expect(selectionOf(body).start).toBe('Thank you.'.length);

    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(textOf(body)).toBe('Thank you. Hello ');
    await user.keyboard('{Control>}y{/Control}');
    expect(textOf(body)).toBe('Thank you. Hello world');
    await waitFor(() => expect(inputsOf(api, 'drafts:save').at(-1)?.body).toBe('Thank you. Hello world'));
  });

  it('offers Undo and Redo buttons that follow the history', async () => {
    mockApi(createDraftStore(makeDraft({ body: 'Thanks.' }), PRIYA_WITH_HIGHLIGHT).handlers);
    const { user, body } = await openDraftInApp(HEADING);
    const undo = screen.getByRole('button', { name: 'Undo' });
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(undo).toHaveProperty('disabled', true);
    expect(redo).toHaveProperty('disabled', true);

    await typeAtEnd(user, body, ' Bye');
    await user.click(undo);
    expect(textOf(body)).toBe('Thanks.');
    expect(undo).toHaveProperty('disabled', true);
    await user.click(redo);
    expect(textOf(body)).toBe('Thanks. Bye');
    expect(redo).toHaveProperty('disabled', true);
  });

  it('undoes a paste, and an edit to the subject, each as one step', async () => {
    mockApi(createDraftStore(makeDraft({ body: 'Hi.' }), PRIYA_WITH_HIGHLIGHT).handlers);
    const { user, body } = await openDraftInApp(HEADING);
    const subject = screen.getByRole('textbox', { name: 'Subject' }) as HTMLInputElement;
    await caretToEnd(user, body);
    await user.paste(' A whole pasted paragraph.');
    await user.type(subject, '!');
    expect(subject.value).toBe('Thank you, Priya!');

    await user.keyboard('{Control>}z{/Control}');
    expect(subject.value).toBe('Thank you, Priya');
    expect(textOf(body)).toBe('Hi. A whole pasted paragraph.');
    await user.keyboard('{Control>}z{/Control}');
    expect(textOf(body)).toBe('Hi.');
  });

  it('makes restoring an earlier version undoable', async () => {
    const store = createDraftStore(makeDraft({ body: 'The newest words.' }), PRIYA_WITH_HIGHLIGHT);
    store.revisions.push({
      id: 77,
      draftId: 301,
      subject: 'Thank you, Priya',
      body: 'The first words I wrote.',
      createdAt: '2026-03-11T09:00:00.000Z',
    });
    const api = mockApi(store.handlers);
    const { user, body } = await openDraftInApp(HEADING);
    await user.click(screen.getByRole('tab', { name: 'History' }));
    const panel = screen.getByRole('tabpanel', { name: 'History' });
    await user.click(await within(panel).findByRole('button', { name: /^Restore the version from/ }));

    await waitFor(() => expect(textOf(body)).toBe('The first words I wrote.'));
    expect(document.activeElement).toBe(body);
    expect(inputsOf(api, 'drafts:restore-revision')).toEqual([{ draftId: 301, revisionId: 77 }]);
    expect(screen.getByRole('status').textContent).toBe('Earlier version restored. Undo brings your text back.');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(textOf(body)).toBe('The newest words.');
    fireEvent.blur(body);
    await waitFor(() => expect(store.draft.body).toBe('The newest words.'));
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(textOf(body)).toBe('The first words I wrote.');
  });
});
