/**
 * The Electron entry. Before ready: one instance only (a second launch focuses the first window), the
 * sandbox for every renderer, app:// registered as a privileged scheme, and the security hooks for every
 * session and webContents. Once ready: the session policy first, then the data (a clear dialog and exit
 * if it cannot be opened, rather than a window that fails on every click), the app:// handler, IPC, the
 * menu and the window. The database is closed on will-quit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, nativeTheme, safeStorage, screen, session } from 'electron';
import type { ChannelName } from '../core/channels';
import { createAppContext, type AppContext } from './app-context';
import { createDesktopServices } from './desktop-services';
import { setWindowsAppId, showMainWindow } from './app-lifecycle';
import { startReminderNotifier } from './reminder-notifier';
import { templatesDir } from './templates-loader';
import { installAppMenu } from './app-menu';
import { registerAppProtocol, registerAppScheme } from './app-protocol';
import { secretFromKeychain } from './protection/keychain';
import { restrictUmask } from './data/private-files';
import { useNativeBinding } from './db/connection';
import { getSettings } from './db/settings-repository';
import { registerIpc } from './ipc';
import { pickBackgroundColor, createMainWindow, getPreloadPath } from './main-window';
import { rendererDir } from './paths';
import { applySessionPolicy, installSecurityPolicy } from './security';
import { DEFAULT_WINDOW_STATE, loadWindowState, saveWindowState, trackWindowState } from './window-state';

export const NATIVE_BINDING_FILE = 'better_sqlite3.node';

const THEME_CHANNEL = 'settings:update' satisfies ChannelName;
const UNLOCK_CHANNEL = 'protection:unlock' satisfies ChannelName;

export interface RuntimeInfo {
  electronVersion: string | undefined;
  isPackaged: boolean;
  resourcesPath: string | undefined;
  appRoot: string;
}

/**
 * Electron needs better-sqlite3 built for its own ABI, kept outside node_modules (which holds the Node
 * build the tests use). Under plain Node there is no Electron version and node_modules' build is used.
 */
export function resolveNativeBinding(runtime: RuntimeInfo): string | undefined {
  if (!runtime.electronVersion) return undefined;
  return runtime.isPackaged
    ? path.join(runtime.resourcesPath ?? '', 'native', NATIVE_BINDING_FILE)
    : path.join(runtime.appRoot, 'native', 'electron', NATIVE_BINDING_FILE);
}

function describeMissingBinding(file: string, isPackaged: boolean): string {
  return isPackaged
    ? `This copy of Someday is incomplete: its database engine (${file}) is missing. Reinstall Someday.`
    : `The database engine built for Electron is missing (${file}). Run "npm run setup:electron", then start again.`;
}

function describeOpenFailure(error: unknown, dataDir: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const hint = /NODE_MODULE_VERSION|compiled against a different Node\.js version/.test(message)
    ? ' The database engine was built for another runtime: run "npm run setup:electron", then start again.'
    : '';
  return `${message}${hint}\n\nData folder: ${dataDir}`;
}

function exitWithError(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  app.exit(1);
}

function startApp(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const isDev = !app.isPackaged;
  setWindowsAppId(app);
  restrictUmask();
  app.enableSandbox();
  registerAppScheme();
  installSecurityPolicy({ allowDevTools: isDev });

  let context: AppContext | undefined;
  let mainWindow: BrowserWindow | undefined;

  const refreshBackground = () => {
    if (mainWindow && !mainWindow.isDestroyed()) {
      mainWindow.setBackgroundColor(pickBackgroundColor(nativeTheme.shouldUseDarkColors));
    }
  };

  const applyStoredTheme = (ctx: AppContext) => {
    // While locked the settings cannot be read: the system's theme until the data is unlocked.
    nativeTheme.themeSource = ctx.database.isOpen() ? getSettings(ctx.db).theme : 'system';
    refreshBackground();
  };

  const openWindow = (ctx: AppContext) => {
    const win = createMainWindow({
      title: app.getName(),
      preloadPath: getPreloadPath(app.getAppPath()),
      backgroundColor: pickBackgroundColor(nativeTheme.shouldUseDarkColors),
      state: ctx.database.isOpen()
        ? loadWindowState(ctx.db, {
            primary: screen.getPrimaryDisplay().workArea,
            workAreas: screen.getAllDisplays().map((display) => display.workArea),
          })
        : DEFAULT_WINDOW_STATE,
    });
    trackWindowState(win, (state) => {
      if (ctx.database.isOpen()) saveWindowState(ctx.db, state);
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = undefined;
    });
    mainWindow = win;
    return win;
  };

  /** Second launch, Dock click or notification click: the window comes forward, or opens again. */
  const bringForward = () =>
    showMainWindow(
      () => mainWindow,
      () => context && openWindow(context),
    );

  const showAbout = (ctx: AppContext) => {
    void dialog.showMessageBox({
      type: 'info',
      title: `About ${app.getName()}`,
      message: `${app.getName()} ${app.getVersion()}`,
      detail: `Everything you write stays on this computer, in ${ctx.ctx.info.dataDir}.`,
      buttons: ['OK'],
    });
  };

  /** File, Lock now (Ctrl/Cmd+L): without a passphrase there is nothing to unlock with, and the person is told. */
  const lockNow = (ctx: AppContext) => {
    try {
      ctx.ctx.protection.lock();
    } catch (error) {
      void dialog.showMessageBox({
        type: 'info',
        title: 'Lock now',
        message: error instanceof Error ? error.message : String(error),
        buttons: ['OK'],
      });
    }
  };

  const onReady = async () => {
    applySessionPolicy(session.defaultSession, { allowDevTools: isDev });
    const appRoot = app.getAppPath();
    const dataDir = app.getPath('userData');
    const nativeBinding = resolveNativeBinding({
      electronVersion: process.versions.electron,
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      appRoot,
    });
    if (nativeBinding !== undefined && !fs.existsSync(nativeBinding)) {
      exitWithError('Someday cannot start', describeMissingBinding(nativeBinding, app.isPackaged));
      return;
    }
    useNativeBinding(nativeBinding);
    // The data key comes from the operating system's keychain (a new folder gets one wrapped by it). Where
    // the keychain cannot hold it, or a passphrase is set, the window opens on the lock screen, which asks.
    const secret = await secretFromKeychain(dataDir, safeStorage, process.platform);
    let ctx: AppContext;
    try {
      ctx = createAppContext({
        secret,
        startLocked: true,
        // Locking (the menu, the renderer, auto-lock) reloads the page, so nothing of the data stays in it.
        onLocked: () => mainWindow?.webContents.reload(),
        dataDir,
        mode: 'electron',
        version: app.getVersion(),
        templatesDir: templatesDir(appRoot, process.resourcesPath, app.isPackaged),
        desktop: createDesktopServices(() => mainWindow ?? null, bringForward),
      });
    } catch (error) {
      exitWithError('Someday could not open its data', describeOpenFailure(error, dataDir));
      return;
    }
    context = ctx;
    if (ctx.recoveryCode) {
      void dialog.showMessageBox({
        type: 'info',
        title: 'Your recovery code',
        message: 'Your data is encrypted. Write down this recovery code and keep it somewhere safe.',
        detail: `${ctx.recoveryCode}\n\nIf this computer's keychain is lost (a new computer, a reinstalled system), this code is the only way to open your data. It is shown only this once.`,
        buttons: ['I have written it down'],
      });
    }
    const notifier = startReminderNotifier({
      database: ctx.database,
      now: ctx.ctx.now,
      notify: (title, body) => ctx.ctx.desktop?.notify?.(title, body),
    });
    app.on('will-quit', () => notifier.stop());
    applyStoredTheme(ctx);
    nativeTheme.on('updated', refreshBackground);
    registerAppProtocol(rendererDir(appRoot));
    registerIpc(ipcMain, {
      call: async (channel, input) => {
        const result = await ctx.call(channel, input);
        if ((channel === THEME_CHANNEL || channel === UNLOCK_CHANNEL) && result.ok) applyStoredTheme(ctx);
        return result;
      },
    });
    installAppMenu({
      appName: app.getName(),
      isDev,
      platform: process.platform,
      onAbout: () => showAbout(ctx),
      onLock: () => lockNow(ctx),
    });
    openWindow(ctx);
  };

  app.on('second-instance', bringForward);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', bringForward);
  app.on('will-quit', () => {
    context?.close();
    context = undefined;
  });

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      exitWithError('Someday cannot start', error instanceof Error ? error.message : String(error));
    });
}

startApp();
