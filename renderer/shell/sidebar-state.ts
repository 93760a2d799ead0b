import { useCallback, useSyncExternalStore } from 'react';

/** Below this width the sidebar starts as an icon rail unless the person chose otherwise. */
export const NARROW_QUERY = '(max-width: 1023px)';
const STORAGE_KEY = 'someday.sidebar';

type Choice = 'collapsed' | 'expanded';

let memoryChoice: Choice | null = null;

function readChoice(): Choice | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    if (value === 'collapsed' || value === 'expanded') return value;
  } catch {
    // Storage refused: the choice made in this page, if any.
  }
  return memoryChoice;
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const query = typeof window.matchMedia === 'function' ? window.matchMedia(NARROW_QUERY) : null;
  query?.addEventListener('change', listener);
  return () => {
    listeners.delete(listener);
    query?.removeEventListener('change', listener);
  };
}

function isCollapsed(): boolean {
  const choice = readChoice();
  if (choice) return choice === 'collapsed';
  return typeof window.matchMedia === 'function' && window.matchMedia(NARROW_QUERY).matches;
}

/**
 * Whether the sidebar shows as an icon rail: the person's last choice (kept in this window's storage),
 * else collapsed on a narrow window.
 */
export function useSidebarCollapsed(): [boolean, () => void] {
  const collapsed = useSyncExternalStore(subscribe, isCollapsed, () => false);
  const toggle = useCallback(() => {
    const next: Choice = isCollapsed() ? 'expanded' : 'collapsed';
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage refused (a private window): the choice lasts until the page reloads.
      memoryChoice = next;
    }
    for (const listener of listeners) listener();
  }, []);
  return [collapsed, toggle];
}
