import './support/setup-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ApiCallError } from '../../renderer/api';
import { App } from '../../renderer/app';
import { applyRememberedTheme } from '../../renderer/shell/theme';
import { APP_INFO, pageOf, settingsWith } from './support/fixtures';
import { inputsOf, mockApi } from './support/mock-api';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));

async function openSettings() {
  const user = userEvent.setup();
  render(<App initialScreen="contacts" />);
  await user.click(screen.getByRole('button', { name: 'Settings' }));
  expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBe(document.activeElement);
  return user;
}

describe('settings', () => {
  it('applies the saved theme on start', async () => {
    mockApi({ 'settings:get': () => settingsWith('dark'), 'contacts:list': () => pageOf([]) });
    render(<App initialScreen="contacts" />);
    await waitFor(() => expect(document.documentElement.getAttribute('data-theme')).toBe('dark'));
  });

  it('keeps the theme the page started in until the saved settings arrive, so a dark window never flashes light', async () => {
    window.localStorage.setItem('someday.theme', 'dark');
    document.documentElement.removeAttribute('data-theme');
    applyRememberedTheme();
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    let answer: (settings: ReturnType<typeof settingsWith>) => void = () => {};
    mockApi({
      'settings:get': () => new Promise((resolve) => (answer = resolve)),
      'contacts:list': () => pageOf([]),
    });
    render(<App initialScreen="contacts" />);
    await screen.findByRole('heading', { level: 1, name: 'Contacts' });
    // The defaults ("system") are on screen while the settings load; they must not be applied.
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    answer(settingsWith('light'));
    await waitFor(() => expect(document.documentElement.getAttribute('data-theme')).toBe('light'));
    expect(window.localStorage.getItem('someday.theme')).toBe('light');
  });

  it('ignores a remembered theme it does not know', () => {
    window.localStorage.setItem('someday.theme', 'neon');
    document.documentElement.setAttribute('data-theme', 'light');
    applyRememberedTheme();
    expect(document.documentElement.getAttribute('data-theme')).toBe('light');
  });

  it('saves a theme change with settings:update and sets data-theme on <html>', async () => {
    const api = mockApi({
      'settings:get': () => settingsWith('system'),
      'contacts:list': () => pageOf([]),
      'app:info': () => APP_INFO,
      'settings:update': (patch) => settingsWith(patch?.theme ?? 'system'),
    });
    const user = await openSettings();
    expect(screen.getByRole('radio', { name: 'System' })).toHaveProperty('checked', true);
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);

    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(inputsOf(api, 'settings:update')).toEqual([{ theme: 'dark' }]));
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Dark' })).toHaveProperty('checked', true));
    const appearance = screen.getByRole('region', { name: 'Appearance' });
    await waitFor(() => expect(within(appearance).getByRole('status').textContent).toBe('Saved'));

    await user.click(screen.getByRole('radio', { name: 'Light' }));
    await waitFor(() => expect(document.documentElement.getAttribute('data-theme')).toBe('light'));

    await user.click(screen.getByRole('radio', { name: 'System' }));
    await waitFor(() => expect(inputsOf(api, 'settings:update').at(-1)).toEqual({ theme: 'system' }));
    await waitFor(() => expect(document.documentElement.hasAttribute('data-theme')).toBe(false));
  });

  it('puts the theme back and explains when saving fails', async () => {
    mockApi({
      'settings:get': () => settingsWith('light'),
      'contacts:list': () => pageOf([]),
      'app:info': () => APP_INFO,
      'settings:update': () => {
        throw new ApiCallError('internal', 'The data file is busy in another window. Try again in a moment.');
      },
    });
    const user = await openSettings();
    await waitFor(() => expect(document.documentElement.getAttribute('data-theme')).toBe('light'));
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(await screen.findByText('The data file is busy in another window. Try again in a moment.')).toBeTruthy();
    expect(document.documentElement.getAttribute('data-theme')).toBe('light');
    expect(screen.getByRole('radio', { name: 'Light' })).toHaveProperty('checked', true);
  });

  it('explains where the data lives, from app:info', async () => {
    mockApi({
      'settings:get': () => settingsWith('system'),
      'contacts:list': () => pageOf([]),
      'app:info': () => APP_INFO,
    });
    await openSettings();
    expect(screen.getByRole('heading', { name: 'About your data' })).toBeTruthy();
    expect(screen.getByText(/Nothing is sent anywhere/)).toBeTruthy();
    expect(await screen.findByText('/home/sam/.config/Someday/someday.sqlite')).toBeTruthy();
    expect(screen.getByText('/home/sam/.config/Someday')).toBeTruthy();
    expect(screen.getByText('Browser mode (served only to this computer)')).toBeTruthy();
    expect(screen.getByText('0.1.0')).toBeTruthy();
  });
});
