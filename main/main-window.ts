/**
 * The one window. Every security-relevant webPreferences value is written out rather than left to
 * Electron's defaults (checklist 2–4, 6, 8–11), so a reader and the tests can see the whole policy and a
 * change of default in a future Electron cannot loosen it. Pages come only from app://someday/.
 */
import path from 'node:path';
import { BrowserWindow } from 'electron';
import { attachContextMenu } from './app-menu';
import { APP_ENTRY_URL } from './app-protocol';
import { MIN_WINDOW_SIZE, type WindowState } from './window-state';

/** The renderer's --color-bg (renderer/styles/tokens.css), so the window never flashes another colour. */
export const WINDOW_BACKGROUND = { light: '#f6f5f1', dark: '#15171a' } as const;

export function pickBackgroundColor(dark: boolean): string {
  return dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light;
}

export function getPreloadPath(appRoot: string): string {
  return path.join(appRoot, 'dist', 'preload', 'preload.js');
}

export interface MainWindowOptions {
  title: string;
  preloadPath: string;
  backgroundColor: string;
  state: WindowState;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { state } = options;
  const win = new BrowserWindow({
    title: options.title,
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    backgroundColor: options.backgroundColor,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Chromium's spellchecker downloads dictionaries from Google on Linux and Windows; macOS uses the OS's own.
      spellcheck: process.platform === 'darwin',
    },
  });
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  attachContextMenu(win.webContents);
  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('[someday] the window could not load its page:', error);
  });
  return win;
}
