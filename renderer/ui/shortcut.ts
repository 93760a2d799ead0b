import { useEffect, useEffectEvent, type RefObject } from 'react';

export function isMacLike(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.userAgent);
}

export function modifierLabel(): string {
  return isMacLike() ? '⌘' : 'Ctrl';
}

/** Ctrl+key on Windows and Linux, Cmd+key on macOS, without Shift or Alt. */
export function isCommandKey(event: KeyboardEvent, key: string): boolean {
  const command = isMacLike() ? event.metaKey : event.ctrlKey;
  return command && !event.shiftKey && !event.altKey && event.key.toLowerCase() === key;
}

export function isDialogOpen(): boolean {
  return document.querySelector('[role="dialog"], [role="alertdialog"]') !== null;
}

/** A list screen's two shortcuts, Ctrl/Cmd+N for a new item and Ctrl/Cmd+F for its search; not while a dialog is open. */
export function useListScreenShortcuts(startNew: () => void, searchRef: RefObject<HTMLInputElement | null>): void {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    if (isDialogOpen()) return;
    if (isCommandKey(event, 'n')) {
      event.preventDefault();
      startNew();
    } else if (isCommandKey(event, 'f')) {
      event.preventDefault();
      searchRef.current?.focus();
      searchRef.current?.select();
    }
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => handle(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
