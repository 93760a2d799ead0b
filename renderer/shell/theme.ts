import type { Theme } from '../../core/settings';

/** "system" leaves the colours to prefers-color-scheme; light and dark pin them. */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}
