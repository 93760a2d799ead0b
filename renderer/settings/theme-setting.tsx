import { useState } from 'react';
import { THEMES, type Theme } from '../../core/settings';
import { call } from '../api';
import { useSettings, withDefaults } from '../shell/settings-context';
import { applyTheme } from '../shell/theme';
import { describeError } from '../ui/error-message';
import { SettingsSection } from './settings-section';
import type { SaveState } from './use-setting-autosave';

const THEME_CHOICES: Record<Theme, { label: string; hint: string }> = {
  system: { label: 'System', hint: 'Follows your computer’s light or dark setting' },
  light: { label: 'Light', hint: 'Dark text on a warm, pale background' },
  dark: { label: 'Dark', hint: 'Easier on the eyes in the evening' },
};

/** Appearance: the theme applies at once and is saved as it is chosen. */
export function ThemeSetting() {
  const { settings, onSaved } = useSettings();
  const theme = settings.theme;
  const [error, setError] = useState<string | null>(null);
  const [state, setState] = useState<SaveState>('idle');

  async function choose(next: Theme) {
    setError(null);
    setState('saving');
    applyTheme(next);
    try {
      const saved = await call('settings:update', { theme: next });
      onSaved(withDefaults(saved));
      setState('saved');
    } catch (failure) {
      applyTheme(theme);
      setError(describeError(failure));
      setState('idle');
    }
  }

  return (
    <SettingsSection id="appearance-title" title="Appearance" state={state}>
      <fieldset className="choice-group" aria-describedby={error ? 'theme-error' : undefined}>
        <legend className="settings-label">Theme</legend>
        {THEMES.map((option) => (
          <div key={option} className="choice" data-checked={option === theme ? 'true' : undefined}>
            <input
              id={`theme-${option}`}
              type="radio"
              name="theme"
              value={option}
              checked={option === theme}
              onChange={() => choose(option)}
              aria-describedby={`theme-${option}-hint`}
            />
            <span className="choice-text">
              <label className="choice-label" htmlFor={`theme-${option}`}>
                {THEME_CHOICES[option].label}
              </label>
              <span className="choice-hint" id={`theme-${option}-hint`}>
                {THEME_CHOICES[option].hint}
              </span>
            </span>
          </div>
        ))}
        <p className="field-error" id="theme-error" role="alert">
          {error}
        </p>
      </fieldset>
    </SettingsSection>
  );
}
