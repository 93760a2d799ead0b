/**
 * What brings Someday's one window back, and how Windows knows which app a notification is from. Kept
 * apart from electron-main.ts so each rule is small and tested on its own (tests/unit/app-lifecycle.test.ts).
 *
 * - On macOS closing the window leaves the app running. A second launch (second-instance), a click on the
 *   Dock icon (activate) and a click on a reminder's notification all end in showMainWindow: the window
 *   comes forward if it exists, and is opened again if it was closed.
 * - On Windows a notification is shown only for an AppUserModelID that a Start-menu shortcut carries; the
 *   NSIS installer gives its shortcuts electron-builder.yml's appId, so the app sets the same id.
 */
import type { BrowserWindow } from 'electron';

/** electron-builder.yml's appId (tests/unit/builder-config.test.ts keeps the two equal). */
export const APP_ID = 'dev.someday.app';

export function setWindowsAppId(
  app: { setAppUserModelId?: (id: string) => void },
  platform: NodeJS.Platform = process.platform,
): void {
  // app.setAppUserModelId exists on Windows only.
  if (platform === 'win32') app.setAppUserModelId?.(APP_ID);
}

type WindowLike = Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus'>;

/**
 * Brings the window forward (restored if minimised), or opens a new one when there is none. openWindow
 * may decline (returns nothing) when there is no data to show yet; a new window shows itself when its
 * page is ready, so it is not shown here.
 */
export function showMainWindow(getWindow: () => WindowLike | undefined | null, openWindow: () => unknown): void {
  const win = getWindow();
  if (!win || win.isDestroyed()) {
    openWindow();
    return;
  }
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
