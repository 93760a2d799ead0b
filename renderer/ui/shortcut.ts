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
