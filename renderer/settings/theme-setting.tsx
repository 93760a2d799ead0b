import { useState } from 'react';
import { THEMES, type Theme } from '../../core/settings';
import { call } from '../api';
import { useSettings, withDefaults } from '../shell/settings-context';
import { applyTheme } from '../shell/theme';
import { ChoiceCards } from '../ui/choice-cards';
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
      <ChoiceCards
        name="theme"
        legend="Theme"
        value={theme}
        choices={THEMES.map((option) => ({ value: option, ...THEME_CHOICES[option] }))}
        onChange={(next) => void choose(next)}
        error={error}
      />
    </SettingsSection>
  );
}
