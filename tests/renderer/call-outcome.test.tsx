import './support/setup-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Interaction } from '../../core/followups';
import { ApiCallError } from '../../renderer/api';
import { CALL_OUTCOMES, CallOutcome } from '../../renderer/rehearse/call-outcome';
import { inputsOf, mockApi } from './support/mock-api';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));

function logged(input: unknown): Interaction {
  return { id: 1, ...(input as object) } as Interaction;
}

describe('after the real call', () => {
  it('logs each of the five outcomes with one click, with the note, on the contact', async () => {
    const api = mockApi({ 'interactions:create': logged });
    render(<CallOutcome contactId={7} contactName="Priya Raman" />);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('A note (optional)'), 'She asked me to send my portfolio.');
    await user.click(screen.getByRole('button', { name: 'Asked me to email' }));
    expect(await screen.findByText('Logged “Asked me to email” on Priya Raman’s timeline.')).toBe(
      screen.getByRole('status'),
    );
    expect((screen.getByLabelText('A note (optional)') as HTMLTextAreaElement).value).toBe('');

    for (const choice of CALL_OUTCOMES.filter((c) => c.label !== 'Asked me to email')) {
      await user.click(screen.getByRole('button', { name: choice.label }));
    }
    const sent = inputsOf(api, 'interactions:create');
    expect(sent.map(({ kind, outcome }) => [kind, outcome])).toEqual([
      ['call', 'asked-to-email'],
      ['call', 'reached'],
      ['voicemail', 'left-voicemail'],
      ['call', 'no-answer'],
      ['call', 're-engaged'],
    ]);
    expect(sent[0]).toMatchObject({ contactId: 7, summary: 'She asked me to send my portfolio.' });
    expect(sent[1]).toMatchObject({ contactId: 7, summary: '' });
    for (const input of sent) expect(Number.isNaN(Date.parse(String(input?.occurredAt)))).toBe(false);
  });

  it('says why when the log is refused, and keeps the note', async () => {
    mockApi({
      'interactions:create': () => {
        throw new ApiCallError('not-found', 'That contact no longer exists.');
      },
    });
    render(<CallOutcome contactId={9} contactName="Sam" />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('A note (optional)'), 'Left it short.');
    await user.click(screen.getByRole('button', { name: 'Reached them' }));
    expect((await screen.findByRole('alert')).textContent).toContain('That contact no longer exists.');
    expect((screen.getByLabelText('A note (optional)') as HTMLTextAreaElement).value).toBe('Left it short.');
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
