import { useState } from 'react';
import { THEMES, type Theme } from '../../core/settings';
import { call } from '../api';
import { useSettings, withDefaults } from '../shell/settings-context';
import { useAnnounce } from '../shell/status';
import { applyTheme } from '../shell/theme';
import { describeError } from '../ui/error-message';

const THEME_CHOICES: Record<Theme, { label: string; hint: string }> = {
  system: { label: 'System', hint: 'Follows your computer’s light or dark setting' },
  light: { label: 'Light', hint: 'Dark text on a warm, pale background' },
  dark: { label: 'Dark', hint: 'Easier on the eyes in the evening' },
};

export function ThemeSetting() {
  const { settings, onSaved } = useSettings();
  const theme = settings.theme;
  const announce = useAnnounce();
  const [error, setError] = useState<string | null>(null);

  async function choose(next: Theme) {
    setError(null);
    applyTheme(next);
    try {
      const saved = await call('settings:update', { theme: next });
      onSaved(withDefaults(saved));
      announce('Theme saved');
    } catch (failure) {
      applyTheme(theme);
      setError(describeError(failure));
    }
  }

  return (
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
  );
}
