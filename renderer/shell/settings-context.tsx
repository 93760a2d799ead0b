import { createContext, useContext } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';

export interface SettingsState {
  settings: Settings;
  /** False until settings:get answers; forms wait for it so they start from the saved values. */
  loaded: boolean;
  onSaved: (settings: Settings) => void;
}

export const SettingsContext = createContext<SettingsState>({
  settings: DEFAULT_SETTINGS,
  loaded: false,
  onSaved: () => undefined,
});

export function useSettings(): SettingsState {
  return useContext(SettingsContext);
}

/** Settings from an older main (or a test) may lack newer fields; the defaults fill them. */
export function withDefaults(settings: Partial<Settings>): Settings {
  return { ...DEFAULT_SETTINGS, ...settings };
}
