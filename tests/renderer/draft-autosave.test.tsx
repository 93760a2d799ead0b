import './support/setup-dom';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiCallError, call } from '../../renderer/api';
import { createDraftStore, makeDraft, PRIYA_WITH_HIGHLIGHT } from './support/draft-fixtures';
import { inputsOf, mockApi } from './support/mock-api';
import { openDraftInApp } from './support/open-draft';
import { setText, textOf } from './support/message-box';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));

const HEADING = 'Email to Priya Raman';

function typeInto(body: HTMLElement, value: string) {
  setText(body, value);
}

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

function useFakeClock() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
}

function saveIndicator(): string {
  return document.querySelector('.save-indicator')?.textContent ?? '';
}

describe('draft autosave', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once, 400 ms after the last keystroke, with the whole text', async () => {
    const store = createDraftStore(makeDraft(), PRIYA_WITH_HIGHLIGHT);
    const api = mockApi(store.handlers);
    const { body } = await openDraftInApp(HEADING);
    const start = textOf(body);
    useFakeClock();

    typeInto(body, `${start} I`);
    await advance(200);
    typeInto(body, `${start} I a`);
    await advance(200);
    typeInto(body, `${start} I am`);
    expect(saveIndicator()).toBe('Saving…');
    await advance(399);
    expect(inputsOf(api, 'drafts:save')).toEqual([]);
    await advance(101);

    expect(inputsOf(api, 'drafts:save')).toEqual([
      { id: 301, title: 'Thank-you to Priya', subject: 'Thank you, Priya', body: `${start} I am`, checkpoint: false },
    ]);
    expect(saveIndicator()).toBe('Saved');
    await advance(2_000);
    expect(inputsOf(api, 'drafts:save')).toHaveLength(1);
  });

  it('saves at once with a checkpoint when the message loses focus, and not again on the timer', async () => {
    const store = createDraftStore(makeDraft(), PRIYA_WITH_HIGHLIGHT);
    const api = mockApi(store.handlers);
    const { body } = await openDraftInApp(HEADING);
    useFakeClock();

    typeInto(body, 'Thank you, Priya.');
    fireEvent.blur(body);
    await advance(0);
    expect(inputsOf(api, 'drafts:save')).toEqual([
      expect.objectContaining({ body: 'Thank you, Priya.', checkpoint: true }),
    ]);
    await advance(1_000);
    expect(inputsOf(api, 'drafts:save')).toHaveLength(1);
    expect(store.revisions.map((revision) => revision.body)).toEqual(['Thank you, Priya.']);
  });

  it('saves a checkpoint before leaving the editor, and when the page is hidden', async () => {
    const store = createDraftStore(makeDraft(), PRIYA_WITH_HIGHLIGHT);
    const api = mockApi(store.handlers);
    const { body, user } = await openDraftInApp(HEADING);

    typeInto(body, 'Hidden tab text');
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    fireEvent(document, new Event('visibilitychange'));
    visibility.mockRestore();
    await waitFor(() =>
      expect(inputsOf(api, 'drafts:save')).toEqual([
        expect.objectContaining({ body: 'Hidden tab text', checkpoint: true }),
      ]),
    );

    typeInto(body, 'Leaving now');
    await user.click(screen.getByRole('button', { name: 'Contacts' }));
    await screen.findByRole('heading', { level: 1, name: 'Contacts' });
    expect(inputsOf(api, 'drafts:save').at(-1)).toEqual(
      expect.objectContaining({ body: 'Leaving now', checkpoint: true }),
    );
    expect(store.draft.body).toBe('Leaving now');
  });

  it('sends a keepalive save with a checkpoint when the page goes away', async () => {
    const store = createDraftStore(makeDraft(), PRIYA_WITH_HIGHLIGHT);
    mockApi(store.handlers);
    const { body } = await openDraftInApp(HEADING);

    typeInto(body, 'Closing the window');
    fireEvent(window, new Event('pagehide'));
    await waitFor(() => expect(store.draft.body).toBe('Closing the window'));
    const saveCall = vi.mocked(call).mock.calls.find(([channel]) => channel === 'drafts:save');
    expect(saveCall?.[1]).toEqual(expect.objectContaining({ body: 'Closing the window', checkpoint: true }));
    expect(saveCall?.[2]).toEqual({ keepalive: true });
  });

  it('says when a save failed, retries it, and then says it is saved', async () => {
    const store = createDraftStore(makeDraft(), PRIYA_WITH_HIGHLIGHT);
    let failures = 1;
    const api = mockApi({
      ...store.handlers,
      'drafts:save': (input) => {
        if (failures-- > 0) throw new ApiCallError('internal', 'The data file is busy');
        return store.handlers['drafts:save']!(input);
      },
    });
    const { body } = await openDraftInApp(HEADING);
    useFakeClock();

    typeInto(body, 'Try this');
    await advance(400);
    expect(screen.getByRole('alert').textContent).toBe('Not saved — The data file is busy, retrying');
    await advance(2_000);
    expect(inputsOf(api, 'drafts:save')).toHaveLength(2);
    expect(saveIndicator()).toBe('Saved');
    expect(store.draft.body).toBe('Try this');
  });

  it('does not retry a save that main refuses, and says why', async () => {
    const store = createDraftStore(makeDraft(), PRIYA_WITH_HIGHLIGHT);
    const api = mockApi({
      ...store.handlers,
      'drafts:save': () => {
        throw new ApiCallError('invalid-input', 'Message must be at most 20,000 characters');
      },
    });
    const { body } = await openDraftInApp(HEADING);
    useFakeClock();

    typeInto(body, 'x'.repeat(20_001));
    await advance(400);
    expect(screen.getByRole('alert').textContent).toBe('Not saved — Message must be at most 20,000 characters');
    await advance(60_000);
    expect(inputsOf(api, 'drafts:save')).toHaveLength(1);
  });
});
