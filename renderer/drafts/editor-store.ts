import { useRef, useSyncExternalStore } from 'react';
import type { EditHistory } from './edit-history';

/**
 * The draft's text and its undo history, outside React state. A keystroke changes the text, and only
 * the parts of the screen that show something that changed render again: each reads the store through
 * `useEditorSelector`, which re-renders it only when its own selection changes (the Undo button when
 * the history first has a step, the placeholder list when a placeholder appears, and so on). The
 * message box (CodeMirror) holds the text itself and only listens for changes made from outside it.
 */
export class EditorStore {
  private history: EditHistory;
  private readonly listeners = new Set<() => void>();

  constructor(initial: EditHistory) {
    this.history = initial;
  }

  readonly get = (): EditHistory => this.history;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(next: EditHistory): void {
    if (next === this.history) return;
    this.history = next;
    for (const listener of this.listeners) listener();
  }
}

/**
 * A value worked out from the store, kept while it stays equal (`isEqual`), so the component renders
 * again only when it changes. The selection is worked out once per change of the store (or of `select`).
 */
export function useEditorSelector<T>(
  store: EditorStore,
  select: (history: EditHistory) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const cache = useRef<{ history: EditHistory; select: (history: EditHistory) => T; value: T } | null>(null);
  const snapshot = () => {
    const history = store.get();
    const last = cache.current;
    if (last && last.history === history && last.select === select) return last.value;
    const value = select(history);
    const kept = last && isEqual(last.value, value) ? last.value : value;
    cache.current = { history, select, value: kept };
    return kept;
  };
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}

/** Equal when both serialise the same (small lists and records). */
export function sameJson<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
