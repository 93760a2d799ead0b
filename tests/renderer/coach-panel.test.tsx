import './support/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createDraftStore, makeDraft, PRIYA_WITH_HIGHLIGHT, SETTINGS } from './support/draft-fixtures';
import { mockApi } from './support/mock-api';
import { openDraftInApp } from './support/open-draft';
import { selectionOf, setText, textOf } from './support/message-box';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));

const START = 'Hi Priya,\n\nThank you for letting me know.\n\nSam';

function coach() {
  return within(screen.getByRole('tabpanel', { name: 'Coach' }));
}

function summary(): string {
  return document.querySelector('.coach-summary')?.textContent ?? '';
}

function part(label: string): HTMLElement {
  return coach().getByText(label).closest('li') as HTMLElement;
}

function underlined(): string[] {
  return [...document.querySelectorAll('.body-editor .mark-part')].map((mark) => mark.textContent ?? '');
}

describe('the coach beside the editor', () => {
  it('follows the text as it changes: parts found, tone notes, and what to do', async () => {
    mockApi(
      createDraftStore(makeDraft({ channel: 'letter', subject: '', body: START }), PRIYA_WITH_HIGHLIGHT).handlers,
    );
    const { body } = await openDraftInApp('Letter or card to Priya Raman');
    expect(summary()).toMatch(/^1 of 3 parts · no tone notes · 9 words, short$/);
    expect(part('Gratitude').textContent).toContain('“Thank you for letting me know.”');
    expect(part('Sincerity').textContent).toContain(': missing');
    expect(underlined()).toEqual(['Thank you for letting me know.']);
    expect(coach().getByText('Warm and steady. Nothing to soften.')).toBeTruthy();

    const more =
      'Hi Priya,\n\nThank you for letting me know. I would still love to work at Northwind Labs. ' +
      'If a role opens up again, I would love to be considered.\n\nSam';
    setText(body, more);
    await waitFor(() => expect(summary()).toMatch(/^3 of 3 parts · no tone notes · 30 words, short$/));
    expect(part('Staying on their radar').textContent).toContain('If a role opens up again');
    expect(underlined()).toEqual([
      'Thank you for letting me know.',
      'I would still love to work at Northwind Labs.',
      'If a role opens up again, I would love to be considered.',
    ]);

    setText(body, `${more} Honestly, you made a mistake.`);
    await waitFor(() => expect(summary()).toMatch(/^3 of 3 parts · 1 tone note · /));
    const note = coach().getByText('Sounds bitter').closest('li') as HTMLElement;
    expect(document.querySelectorAll('.body-editor .mark-tone')).toHaveLength(1);
    fireEvent.click(within(note).getByRole('button', { name: '“you made a mistake”' }));
    expect(document.activeElement).toBe(body);
    expect(selectionOf(body).text).toBe('you made a mistake');
  });

  it('offers the missing sentence, filled from the contact, and adds it only on a click; Undo takes it out', async () => {
    mockApi(
      createDraftStore(makeDraft({ channel: 'letter', subject: '', body: START }), PRIYA_WITH_HIGHLIGHT).handlers,
    );
    const { body } = await openDraftInApp('Letter or card to Priya Raman');
    const sincerity = within(part('Sincerity'));
    const sentence =
      'The pairing session on the accessibility bug has stayed with me, and Northwind Labs is still where I would most like to work.';
    expect(sincerity.getByText(`“${sentence}”`)).toBeTruthy();
    expect(textOf(body)).toBe(START);
    fireEvent.click(sincerity.getByRole('button', { name: 'Add this sentence' }));
    expect(textOf(body)).toBe(`Hi Priya,\n\nThank you for letting me know.\n\n${sentence}\n\nSam`);
    await waitFor(() => expect(summary()).toMatch(/^2 of 3 parts/));
    fireEvent.click(coach().getByRole('button', { name: 'Undo' }));
    expect(textOf(body)).toBe(START);
    await waitFor(() => expect(summary()).toMatch(/^1 of 3 parts/));
  });

  it('offers a warmer sentence for a tone note and swaps it in on a click', async () => {
    const bitter = `${START.replace('\n\nSam', '')} Honestly, you made a mistake.\n\nSam`;
    mockApi(
      createDraftStore(makeDraft({ channel: 'letter', subject: '', body: bitter }), PRIYA_WITH_HIGHLIGHT).handlers,
    );
    const { body } = await openDraftInApp('Letter or card to Priya Raman');
    const note = within(coach().getByText('Sounds bitter').closest('li') as HTMLElement);
    fireEvent.click(note.getByRole('button', { name: 'Use this instead' }));
    expect(textOf(body)).not.toContain('you made a mistake');
    await waitFor(() => expect(summary()).toMatch(/ · no tone notes · /));
  });

  it('highlights a finding’s sentence while its quote has focus or the pointer', async () => {
    mockApi(
      createDraftStore(makeDraft({ channel: 'letter', subject: '', body: START }), PRIYA_WITH_HIGHLIGHT).handlers,
    );
    await openDraftInApp('Letter or card to Priya Raman');
    const quote = within(part('Gratitude')).getByRole('button');
    const active = () => [...document.querySelectorAll('.body-editor .mark-active')].map((mark) => mark.textContent);
    expect(active()).toEqual([]);
    fireEvent.focus(quote);
    expect(active()).toEqual(['Thank you for letting me know.']);
    fireEvent.blur(quote);
    expect(active()).toEqual([]);
    fireEvent.mouseEnter(quote);
    expect(active()).toEqual(['Thank you for letting me know.']);
  });

  it('times spoken messages at the pace from Settings, against the channel’s range', async () => {
    const sixty = Array.from({ length: 60 }, () => 'word').join(' ');
    const settings = { ...SETTINGS, speakingWpm: 120 };
    const draft = makeDraft({ channel: 'voicemail', subject: '', body: sixty });
    mockApi(createDraftStore(draft, PRIYA_WITH_HIGHLIGHT, settings).handlers);
    const { body } = await openDraftInApp('Voicemail to Priya Raman');
    const meter = document.querySelector('.length-meter') as HTMLElement;
    expect(meter.textContent).toContain('60 words');
    expect(meter.textContent).toContain('about 30 s spoken at 120 words a minute');
    expect(meter.textContent).toContain('In range');
    expect(meter.textContent).toContain('target 20–30 s');
    expect(summary()).toContain('about 30 s spoken, in range');

    setText(body, `${sixty} ${sixty}`);
    await waitFor(() => expect(meter.getAttribute('data-verdict')).toBe('long'));
    expect(meter.textContent).toContain('about 1 min spoken at 120 words a minute');
    expect(coach().getByText(/^About 60 s at 120 words a minute/)).toBeTruthy();
  });

  it('checks an email’s subject and how personal it is', async () => {
    mockApi(createDraftStore(makeDraft({ subject: '', body: START }), PRIYA_WITH_HIGHLIGHT).handlers);
    await openDraftInApp('Email to Priya Raman');
    expect(coach().getByRole('heading', { name: 'Subject line' })).toBeTruthy();
    const personal = within(coach().getByRole('region', { name: 'Personal touch' }));
    expect(personal.getByText('Their name').textContent).toBe('Their name: yes');
    expect(personal.getByText('The company').textContent).toBe('The company: not yet');
    expect(personal.getByText('The interview highlight').textContent).toBe('The interview highlight: not yet');
  });
});
