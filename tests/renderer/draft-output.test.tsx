import './support/setup-dom';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText, openMail, saveFile } from '../../renderer/api';
import { createDraftStore, makeDraft, PRIYA_WITH_HIGHLIGHT, THANK_YOU_BODY } from './support/draft-fixtures';
import { mockApi } from './support/mock-api';
import { openDraftInApp } from './support/open-draft';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
  copyText: vi.fn(async () => undefined),
  openMail: vi.fn(async () => ({ opened: true })),
  saveFile: vi.fn(async () => ({ saved: true, path: null })),
}));

function decodeEmlBody(eml: string): string {
  const encoded = eml.split('\r\n\r\n')[1]?.replace(/\s+/g, '') ?? '';
  return new TextDecoder().decode(Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0)));
}

describe('getting a draft out of Someday', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('copies the message and says so on the button', async () => {
    mockApi(createDraftStore(makeDraft(), PRIYA_WITH_HIGHLIGHT).handlers);
    const { user } = await openDraftInApp('Email to Priya Raman');
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(vi.mocked(copyText)).toHaveBeenCalledWith(THANK_YOU_BODY);
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeTruthy();
  });

  it('opens the email in the mail app, addressed to the contact', async () => {
    mockApi(createDraftStore(makeDraft(), PRIYA_WITH_HIGHLIGHT).handlers);
    const { user } = await openDraftInApp('Email to Priya Raman');
    await user.click(screen.getByRole('button', { name: 'Open in my mail app' }));
    expect(vi.mocked(openMail)).toHaveBeenCalledWith({
      to: 'priya@northwind.example',
      subject: 'Thank you, Priya',
      body: THANK_YOU_BODY,
    });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Opened in your mail app'));
  });

  it('explains instead of opening the mail app when the contact has no email', async () => {
    const noEmail = { ...PRIYA_WITH_HIGHLIGHT, email: '' };
    mockApi(createDraftStore(makeDraft(), noEmail).handlers);
    const { user } = await openDraftInApp('Email to Priya Raman');
    const button = screen.getByRole('button', { name: 'Open in my mail app' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'To open this in your mail app, add an email address for Priya Raman on the Contacts screen.',
    );
    await user.click(button);
    expect(vi.mocked(openMail)).not.toHaveBeenCalled();
  });

  it('saves a .txt with the subject on top and a .eml from me to them', async () => {
    mockApi(createDraftStore(makeDraft(), PRIYA_WITH_HIGHLIGHT).handlers);
    const { user } = await openDraftInApp('Email to Priya Raman');
    await user.click(screen.getByRole('button', { name: 'Save as .txt' }));
    expect(vi.mocked(saveFile)).toHaveBeenLastCalledWith({
      kind: 'txt',
      fileName: 'Thank-you to Priya.txt',
      content: `Subject: Thank you, Priya\n\n${THANK_YOU_BODY}\n`,
    });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Downloaded Thank-you to Priya.txt'));

    await user.click(screen.getByRole('button', { name: 'Save as .eml' }));
    const eml = vi.mocked(saveFile).mock.lastCall?.[0];
    expect(eml).toMatchObject({ kind: 'eml', fileName: 'Thank-you to Priya.eml' });
    expect(eml?.content).toContain('From: Sam Carter <sam@example.com>\r\n');
    expect(eml?.content).toContain('To: Priya Raman <priya@northwind.example>\r\n');
    expect(eml?.content).toContain('Subject: Thank you, Priya\r\n');
    expect(eml?.content).toContain('X-Unsent: 1\r\n');
    expect(decodeEmlBody(eml?.content ?? '')).toBe(`${THANK_YOU_BODY.replace(/\n/g, '\r\n')}\r\n`);
  });

  it('shows what went wrong when saving fails', async () => {
    vi.mocked(saveFile).mockRejectedValueOnce(new Error('disk full'));
    mockApi(createDraftStore(makeDraft({ channel: 'linkedin', subject: '' }), PRIYA_WITH_HIGHLIGHT).handlers);
    const { user } = await openDraftInApp('LinkedIn note to Priya Raman');
    expect(screen.queryByRole('button', { name: 'Save as .eml' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Open in my mail app' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save as .txt' }));
    expect(vi.mocked(saveFile)).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'txt', content: `${THANK_YOU_BODY}\n` }),
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Something unexpected went wrong. Nothing was changed.',
    );
  });

  it('shows a printable cue card for a voicemail, with the number to say twice', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const body =
      'Hi Priya, it is Sam. Thank you for letting me know, and for the pairing session. ' +
      'I would still love to work at Northwind Labs. If a role opens up again, I would love to be considered. ' +
      'My number is +44 7700 900123. Again, +44 7700 900123.';
    mockApi(createDraftStore(makeDraft({ channel: 'voicemail', subject: '', body }), PRIYA_WITH_HIGHLIGHT).handlers);
    const { user } = await openDraftInApp('Voicemail to Priya Raman');
    await user.click(screen.getByRole('button', { name: 'Cue card' }));

    const card = screen.getByRole('dialog', { name: 'Priya Raman' });
    expect(within(card).getByText('Voicemail cue card')).toBeTruthy();
    expect(within(card).getByText('Engineering Manager at Northwind Labs')).toBeTruthy();
    expect(within(card).getByText('the pairing session on the accessibility bug')).toBeTruthy();
    const cues = within(within(card).getByRole('list', { name: 'What to say' })).getAllByRole('listitem');
    expect(cues.map((cue) => cue.textContent)).toEqual([
      'Thank themThank you for letting me know',
      'Still keenStill love to work at Northwind Labs',
      'Stay on their radarI would love to be considered',
    ]);
    const reminders = within(within(card).getByRole('list', { name: 'Reminders' })).getAllByRole('listitem');
    expect(reminders.map((item) => item.textContent)).toContain('Say your number twice, slowly');
    expect(reminders.map((item) => item.textContent)).toContain('Your number: +44 7700 900123');

    await user.click(within(card).getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('offers the cue card only for calls and voicemails', async () => {
    mockApi(createDraftStore(makeDraft(), PRIYA_WITH_HIGHLIGHT).handlers);
    await openDraftInApp('Email to Priya Raman');
    expect(screen.queryByRole('button', { name: 'Cue card' })).toBeNull();
  });
});
