import './support/setup-dom';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../core/settings';
import { ApiCallError } from '../../renderer/api';
import { App } from '../../renderer/app';
import { SETTINGS } from './support/draft-fixtures';
import { pageOf } from './support/fixtures';
import { inputsOf, mockApi } from './support/mock-api';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));

const BLANK: Settings = { ...SETTINGS, myName: '', myPhone: '', myEmail: '' };

function errorOf(field: HTMLElement): string {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

async function openSettings(initial: Settings, update: (patch: Partial<Settings>) => Settings) {
  const api = mockApi({
    'settings:get': () => initial,
    'contacts:list': () => pageOf([]),
    'app:info': () => ({ version: '0.1.0', mode: 'browser', dataDir: '/d', databaseFile: '/d/f', schemaVersion: 2 }),
    'settings:update': (patch) => update(patch ?? {}),
  });
  const user = userEvent.setup();
  render(<App initialScreen="contacts" />);
  await waitFor(() => expect(inputsOf(api, 'settings:get')).toHaveLength(1));
  await user.click(screen.getByRole('button', { name: 'Settings' }));
  return { api, user, details: within(screen.getByRole('form', { name: 'My details' })) };
}

/** The quiet note beside a section's title. */
function noteOf(title: string): string {
  const section = screen.getByRole('region', { name: title });
  return within(section).getAllByRole('status')[0]?.textContent ?? '';
}

describe('my details and speaking pace', () => {
  it('starts from the saved details and saves a change when the field is left, with a quiet "Saved"', async () => {
    const { api, user, details } = await openSettings(SETTINGS, (patch) => ({ ...SETTINGS, ...patch }));
    expect(await details.findByDisplayValue('Sam Carter')).toBeTruthy();
    expect(details.getByLabelText('Your phone')).toHaveProperty('value', '+44 7700 900123');
    expect(screen.queryByRole('button', { name: /^Save/ })).toBeNull();
    await user.clear(details.getByLabelText('Your name'));
    await user.type(details.getByLabelText('Your name'), 'Sam Okafor');
    await user.tab();

    await waitFor(() =>
      expect(inputsOf(api, 'settings:update')).toEqual([
        { myName: 'Sam Okafor', myPhone: '+44 7700 900123', myEmail: 'sam@example.com' },
      ]),
    );
    await waitFor(() => expect(noteOf('My details')).toBe('Saved'));

    // Leaving a field that did not change sends nothing.
    await user.click(details.getByLabelText('Your phone'));
    await user.tab();
    expect(inputsOf(api, 'settings:update')).toHaveLength(1);
  });

  it('saves after a pause in typing, without leaving the field', async () => {
    const { api, user } = await openSettings(SETTINGS, (patch) => ({ ...SETTINGS, ...patch }));
    const input = within(screen.getByRole('form', { name: 'Speaking pace' })).getByLabelText('Words per minute');
    await user.clear(input);
    await user.type(input, '140');
    expect(inputsOf(api, 'settings:update')).toEqual([]);
    await waitFor(() => expect(inputsOf(api, 'settings:update')).toEqual([{ speakingWpm: 140 }]), { timeout: 3000 });
    expect(input).toBe(document.activeElement);
  });

  it('asks for the reminder time with a time field and saves its hour', async () => {
    const { api, user } = await openSettings(SETTINGS, (patch) => ({ ...SETTINGS, ...patch }));
    const time = screen.getByLabelText('Remind me at');
    expect(time.getAttribute('type')).toBe('time');
    expect(time).toHaveProperty('value', `${String(SETTINGS.cadenceReminderHour).padStart(2, '0')}:00`);
    await user.click(time);
    fireEvent.change(time, { target: { value: '07:30' } });
    await user.tab();
    await waitFor(() => expect(inputsOf(api, 'settings:update')).toEqual([{ cadenceReminderHour: 7 }]));
    expect(time).toHaveProperty('value', '07:00');
    await waitFor(() => expect(noteOf('Follow-up rhythm')).toBe('Saved'));
  });

  it('shows the schema’s message next to each wrong field and sends nothing', async () => {
    const { api, user, details } = await openSettings(BLANK, () => BLANK);
    await user.type(details.getByLabelText('Your phone'), 'call me');
    await user.type(details.getByLabelText('Your email'), 'sam-at-home');
    await user.tab();

    expect(errorOf(details.getByLabelText('Your phone'))).toBe(
      'Your phone may hold only digits, spaces, + ( ) - and .',
    );
    expect(errorOf(details.getByLabelText('Your email'))).toBe('Your email must look like name@example.com');
    expect(details.getByLabelText('Your email').getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(details.getByLabelText('Your name'))).toBe('');
    expect(inputsOf(api, 'settings:update')).toEqual([]);

    await user.type(details.getByLabelText('Your email'), '@');
    expect(details.getByLabelText('Your email').getAttribute('aria-invalid')).toBeNull();
  });

  it('shows an error main sends back on its field', async () => {
    const { user, details } = await openSettings(BLANK, () => {
      throw new ApiCallError('invalid-input', 'Your name must be at most 120 characters', [
        { path: 'myName', message: 'Your name must be at most 120 characters' },
      ]);
    });
    await user.type(details.getByLabelText('Your name'), 'Sam');
    await user.tab();
    await waitFor(() =>
      expect(errorOf(details.getByLabelText('Your name'))).toBe('Your name must be at most 120 characters'),
    );
  });

  it('keeps the speaking pace between 80 and 240 words a minute', async () => {
    const { api, user } = await openSettings(SETTINGS, (patch) => ({ ...SETTINGS, ...patch }));
    const pace = within(screen.getByRole('form', { name: 'Speaking pace' }));
    const input = pace.getByLabelText('Words per minute');
    expect(input).toHaveProperty('value', '150');
    expect(pace.getByText(/Most people speak 120–160 words a minute/)).toBeTruthy();

    await user.clear(input);
    await user.type(input, '300');
    await user.tab();
    expect(errorOf(input)).toBe('Speaking pace must be at most 240 words a minute');
    await user.clear(input);
    await user.tab();
    expect(errorOf(input)).toBe('Speaking pace must be a number');
    expect(inputsOf(api, 'settings:update')).toEqual([]);

    await user.type(input, '130{Enter}');
    await waitFor(() => expect(inputsOf(api, 'settings:update')).toEqual([{ speakingWpm: 130 }]));
    await waitFor(() => expect(noteOf('Speaking pace')).toBe('Saved'));
  });
});
