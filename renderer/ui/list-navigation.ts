import type { KeyboardEvent } from 'react';

/** Where ArrowUp, ArrowDown, Home and End move in a list of `count` items; null for any other key. */
export function nextIndex(key: string, index: number, count: number): number | null {
  if (key === 'ArrowDown') return Math.min(index + 1, count - 1);
  if (key === 'ArrowUp') return Math.max(index - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

export interface ListNavigation<E extends HTMLElement> {
  /** The focused item's place in the list, or null when the key came from elsewhere. */
  locate: (event: KeyboardEvent<E>) => { index: number; count: number } | null;
  /** Moves focus to the item at `index` (scrolling a virtual list to it first). */
  focusItem: (index: number, event: KeyboardEvent<E>) => void;
}

/** The one keyboard model for lists of rows: arrows move between items, Home and End to the ends. */
export function useListNavigation<E extends HTMLElement>({ locate, focusItem }: ListNavigation<E>) {
  return (event: KeyboardEvent<E>) => {
    const at = locate(event);
    if (!at) return;
    const target = nextIndex(event.key, at.index, at.count);
    if (target === null) return;
    event.preventDefault();
    focusItem(target, event);
  };
}
