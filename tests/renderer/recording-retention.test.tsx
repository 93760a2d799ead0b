import './support/setup-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../core/settings';
import { App } from '../../renderer/app';
import { APP_INFO, pageOf, settingsWith } from './support/fixtures';
import { inputsOf, mockApi } from './support/mock-api';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));

async function openRecordings() {
  let saved: Settings = settingsWith('light');
  const api = mockApi({
    'settings:get': () => saved,
    'contacts:list': () => pageOf([]),
    'app:info': () => APP_INFO,
    'settings:update': (patch) => (saved = { ...saved, ...patch } as Settings),
  });
  const user = userEvent.setup();
  render(<App initialScreen="contacts" />);
  await user.click(screen.getByRole('button', { name: 'Settings' }));
  const section = screen.getByRole('region', { name: 'Rehearsal recordings' });
  return { api, user, section };
}

describe('rehearsal recordings setting', () => {
  it('offers the three choices as one radio group, the saved one checked, and the days only for "a number of days"', async () => {
    const { section } = await openRecordings();
    const group = within(section).getByRole('group', { name: 'Keep recordings' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual(['keep', 'days', 'never']);
    expect(within(group).getByRole('radio', { name: 'For a while' })).toHaveProperty('checked', true);
    expect(within(section).getByRole('spinbutton', { name: 'Days to keep recordings' })).toHaveProperty('value', '30');
    // Each card says what its choice does, read with the radio.
    const never = within(group).getByRole('radio', { name: 'Never keep them' });
    const hint = document.getElementById(never.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('Your answers stay as text only');
  });

  it('saves a choice as it is made, and hides the days when they no longer apply', async () => {
    const { api, user, section } = await openRecordings();
    await user.click(within(section).getByRole('radio', { name: 'Never keep them' }));
    await waitFor(() =>
      expect(inputsOf(api, 'settings:update')).toEqual([{ recordingRetention: { mode: 'never', days: 30 } }]),
    );
    expect(within(section).queryByRole('spinbutton', { name: 'Days to keep recordings' })).toBeNull();
    expect(within(section).getByRole('radio', { name: 'Never keep them' })).toHaveProperty('checked', true);
    await waitFor(() => expect(within(section).getByText('Saved')).toBeTruthy());

    await user.click(within(section).getByRole('radio', { name: 'Keep them' }));
    await waitFor(() =>
      expect(inputsOf(api, 'settings:update').at(-1)).toEqual({ recordingRetention: { mode: 'keep', days: 30 } }),
    );
  });

  it('refuses a number of days out of range with one sentence, and saves nothing', async () => {
    const { api, user, section } = await openRecordings();
    const days = within(section).getByRole('spinbutton', { name: 'Days to keep recordings' });
    await user.clear(days);
    await user.type(days, '400');
    await user.tab();
    const error = await within(section).findByText('Keep recordings for at most 365 days');
    expect(error.getAttribute('role')).toBe('alert');
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(days.getAttribute('aria-describedby')).toBe(error.id);
    expect(inputsOf(api, 'settings:update')).toEqual([]);
  });
});
