import './support/setup-dom';
import path from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CueCard } from '../../core/cue-card';
import type { Rehearsal } from '../../core/rehearsals';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { findAppRoot } from '../../main/paths';
import { loadScenarioLibrary, scenariosDir } from '../../main/scenarios-loader';
import { App } from '../../renderer/app';
import { SessionView } from '../../renderer/rehearse/session-view';
import { SettingsContext } from '../../renderer/shell/settings-context';
import { ProfileSetting } from '../../renderer/settings/profile-setting';
import { makeContact, NO_DRAFTS, pageOf } from './support/fixtures';
import { inputsOf, mockApi } from './support/mock-api';
import { WithData } from './support/with-data';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
  uploadExportFile: vi.fn(async (file: File) => ({
    source: 'uploaded-file-0123456789',
    name: file.name,
    bytes: file.size,
  })),
}));
vi.mock('../../renderer/today/outcomes-chart', () => ({ drawOutcomes: vi.fn(() => () => undefined) }));

const library = loadScenarioLibrary(scenariosDir(path.join(findAppRoot(), 'templates')));
const NO_NAME: Settings = { ...DEFAULT_SETTINGS, myName: '', welcomed: true };

function session(scenarioId: string, stepId: string, contact = makeContact({ id: 7, name: 'Ada Byron' })) {
  const scenario = library.scenarios.find((s) => s.id === scenarioId)!;
  const rehearsal = { id: 1, currentStep: stepId } as Rehearsal;
  return render(
    <WithData>
      <SettingsContext value={{ settings: NO_NAME, loaded: true, onSaved: () => undefined }}>
        <SessionView
          choice={{ contact, draft: null, scenario, rung: 'none', card: { cues: [] } as unknown as CueCard }}
          rehearsal={rehearsal}
          onFinished={() => undefined}
          onCancel={() => undefined}
        />
      </SettingsContext>
    </WithData>,
  );
}

describe('no raw {{…}} and no stand-in "you" on screen', () => {
  it('a rehearsal line and its tip read naturally without your name or their company', () => {
    const { container } = session('warm-pickup', 'glad');
    expect(screen.getByText('Oh, hello! Yes, now is fine. Good to hear from you.')).toBeTruthy();
    expect(screen.getByText('Thank them for one real thing, then say you are still keen.')).toBeTruthy();
    expect(container.textContent).not.toMatch(/\{\{|\}\}|, you\.|Hi you/);
  });

  it('a tip names the contact’s company when there is one', () => {
    session('warm-pickup', 'glad', makeContact({ id: 7, name: 'Ada Byron', company: 'Northwind' }));
    expect(screen.getByText('Thank them for one real thing, then say you are still keen on Northwind.')).toBeTruthy();
  });

  it('a line about a position the contact has none for leaves the position out', () => {
    const { container } = session('not-remembered', 'remember');
    expect(container.textContent).not.toMatch(/\{\{|\}\}|\s{2}/);
    expect(container.textContent).toContain('Oh, of course, the interviews!');
  });

  it('Settings describes your details in words, without placeholder tokens', async () => {
    mockApi({ 'settings:get': () => NO_NAME });
    const { container } = render(
      <WithData>
        <SettingsContext value={{ settings: NO_NAME, loaded: true, onSaved: () => undefined }}>
          <ProfileSetting />
        </SettingsContext>
      </WithData>,
    );
    await screen.findByLabelText('Your name');
    expect(container.textContent).not.toContain('{{');
  });
});

describe('first run', () => {
  function today(settings: Settings) {
    return mockApi({
      'settings:get': () => settings,
      'settings:update': (patch) => ({ ...settings, ...patch }) as Settings,
      'reminders:today': () => ({ today: '2026-11-26', items: [], upcoming: [] }),
      'outcomes:by-channel': () => [],
      'contacts:list': () => pageOf([]),
      ...NO_DRAFTS,
    });
  }

  it('asks your name once and saves it with the welcome answered', async () => {
    const api = today({ ...DEFAULT_SETTINGS, welcomed: false });
    const user = userEvent.setup();
    render(<App />);
    const welcome = await screen.findByRole('region', { name: 'Welcome to Someday' }, { timeout: 5000 });
    await user.type(within(welcome).getByLabelText('Your name (optional)'), 'Sam Okafor');
    await user.click(within(welcome).getByRole('button', { name: 'Start fresh' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Welcome to Someday' })).toBeNull());
    expect(inputsOf(api, 'settings:update')).toEqual([{ welcomed: true, myName: 'Sam Okafor' }]);
  });

  it('can be skipped without a name, and is not shown once answered', async () => {
    const api = today({ ...DEFAULT_SETTINGS, welcomed: false });
    const user = userEvent.setup();
    const { unmount } = render(<App />);
    const welcome = await screen.findByRole('region', { name: 'Welcome to Someday' }, { timeout: 5000 });
    await user.click(within(welcome).getByRole('button', { name: 'Skip for now' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Welcome to Someday' })).toBeNull());
    expect(inputsOf(api, 'settings:update')).toEqual([{ welcomed: true }]);
    unmount();
    today({ ...DEFAULT_SETTINGS, welcomed: true });
    render(<App />);
    await screen.findByText(/Nothing is due today/, undefined, { timeout: 5000 });
    expect(screen.queryByRole('region', { name: 'Welcome to Someday' })).toBeNull();
  });

  it('does not welcome someone whose folder already holds contacts (an upgrade from an earlier version)', async () => {
    const api = today({ ...DEFAULT_SETTINGS, welcomed: false });
    api.mockImplementation(async (channel, input) => {
      if (channel === 'settings:get') return { ...DEFAULT_SETTINGS, welcomed: false };
      if (channel === 'reminders:today') return { today: '2026-11-26', items: [], upcoming: [] };
      if (channel === 'outcomes:by-channel') return [];
      if (channel === 'contacts:list') return pageOf([makeContact({ id: 1, name: 'Priya Raman' })]);
      throw new Error(`unexpected ${channel} ${JSON.stringify(input)}`);
    });
    render(<App />);
    await screen.findByRole('heading', { name: 'Due now' });
    await waitFor(() => expect(inputsOf(api, 'contacts:list').length).toBeGreaterThan(0));
    expect(screen.queryByRole('region', { name: 'Welcome to Someday' })).toBeNull();
  });

  it('offers to restore from a Someday export through the import dialog', async () => {
    const api = today({ ...DEFAULT_SETTINGS, welcomed: false });
    const preview = vi.fn(() => Promise.reject(new Error('This is not a Someday export.')));
    api.mockImplementation(async (channel, input) => {
      if (channel === 'data:import-preview') return preview();
      if (channel === 'settings:get') return { ...DEFAULT_SETTINGS, welcomed: false };
      if (channel === 'reminders:today') return { today: '2026-11-26', items: [], upcoming: [] };
      if (channel === 'outcomes:by-channel') return [];
      if (channel === 'contacts:list') return pageOf([]);
      throw new Error(`unexpected ${channel} ${JSON.stringify(input)}`);
    });
    const user = userEvent.setup();
    render(<App />);
    const welcome = await screen.findByRole('region', { name: 'Welcome to Someday' }, { timeout: 5000 });
    expect(within(welcome).getByRole('button', { name: 'Restore from a Someday export…' })).toBeTruthy();
    await user.upload(
      within(welcome).getByLabelText('Someday export to restore'),
      new File(['{"not":"an export"}'], 'someday-export.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('alertdialog', { name: 'Import someday-export.json?' })).toBeTruthy();
    expect(preview).toHaveBeenCalled();
    expect(inputsOf(api, 'data:import-preview')).toEqual([{ source: 'uploaded-file-0123456789' }]);
  });

  it('an empty Today offers to add the person who just called, on a new contact form', async () => {
    today({ ...DEFAULT_SETTINGS, welcomed: true });
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Add the person who just called' }, { timeout: 5000 }));
    expect(await screen.findByRole('form', { name: 'New contact' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Contacts' })).toBeTruthy();
  });
});
