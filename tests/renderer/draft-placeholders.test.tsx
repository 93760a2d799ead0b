import './support/setup-dom';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createDraftStore, makeDraft, PRIYA_WITH_HIGHLIGHT } from './support/draft-fixtures';
import { mockApi } from './support/mock-api';
import { openDraftInApp } from './support/open-draft';
import { selectionOf, textOf } from './support/message-box';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));

const BODY = 'Hi {{contact.firstName}},\n\nThank you for the time at {{company}}. I still admire {{company}}.';

function stillToFill(): string[] {
  const list = document.getElementById('draft-unfilled');
  return list
    ? within(list)
        .getAllByRole('button')
        .map((button) => button.textContent ?? '')
    : [];
}

function markedText(): string[] {
  return [...document.querySelectorAll('.body-editor .mark-placeholder')].map((mark) => mark.textContent ?? '');
}

describe('placeholders in the draft editor', () => {
  it('lists the unfilled placeholders in words and highlights each one in the text', async () => {
    mockApi(
      createDraftStore(makeDraft({ subject: 'Thanks from {{me.name}}', body: BODY }), PRIYA_WITH_HIGHLIGHT).handlers,
    );
    const { body } = await openDraftInApp('Email to Priya Raman');
    expect(screen.getByText('Still to fill:')).toBeTruthy();
    expect(stillToFill()).toEqual(['your name', 'their first name', 'the company ×2']);
    expect(markedText()).toEqual(['{{contact.firstName}}', '{{company}}', '{{company}}']);
    expect(body.getAttribute('aria-describedby')).toBe('draft-unfilled');
  });

  it('selects a placeholder in the text when its name is clicked, and typing fills it (undoably)', async () => {
    mockApi(createDraftStore(makeDraft({ body: BODY }), PRIYA_WITH_HIGHLIGHT).handlers);
    const { user, body } = await openDraftInApp('Email to Priya Raman');
    await user.click(screen.getByRole('button', { name: 'their first name' }));
    expect(document.activeElement).toBe(body);
    expect(selectionOf(body).text).toBe('{{contact.firstName}}');

    await user.keyboard('Priya');
    expect(textOf(body).startsWith('Hi Priya,')).toBe(true);
    expect(stillToFill()).toEqual(['the company ×2']);
    expect(markedText()).toEqual(['{{company}}', '{{company}}']);

    await user.click(screen.getByRole('button', { name: /the company/ }));
    expect(selectionOf(body).text).toBe('{{company}}');
    expect(selectionOf(body).start).toBe(textOf(body).indexOf('{{company}}'));

    await user.keyboard('{Control>}z{/Control}{Control>}z{/Control}');
    expect(textOf(body)).toBe(BODY);
    expect(stillToFill()).toEqual(['their first name', 'the company ×2']);
  });

  it('shows no list once everything is filled', async () => {
    mockApi(createDraftStore(makeDraft(), PRIYA_WITH_HIGHLIGHT).handlers);
    const { body } = await openDraftInApp('Email to Priya Raman');
    expect(screen.queryByText('Still to fill:')).toBeNull();
    expect(markedText()).toEqual([]);
    expect(body.getAttribute('aria-describedby')).toBeNull();
  });
});
