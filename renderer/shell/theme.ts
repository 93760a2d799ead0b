import { THEMES, type Theme } from '../../core/settings';

/** The last theme applied, kept in the page's storage so the next start paints in it before the data loads. */
const STORAGE_KEY = 'someday.theme';

/** "system" leaves the colours to prefers-color-scheme; light and dark pin them. */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  try {
    window.localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage refused: the next start paints in the system colours until the settings load.
  }
}

/** At start-up, before the settings are read: the theme last applied, so a dark window never flashes light. */
export function applyRememberedTheme(): void {
  let remembered: string | null = null;
  try {
    remembered = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return;
  }
  const theme = THEMES.find((option) => option === remembered);
  if (theme) applyTheme(theme);
}
