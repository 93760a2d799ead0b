/**
 * A recording stand-in for the 'electron' module. Electron's binary cannot run on these machines, and
 * requiring the real package tries to download it, so tests run the real main-process and preload
 * modules against this fake and assert what they did: every call lands in `log`, in order, and the
 * options, handlers and listeners they registered are kept for the test to inspect and invoke. Like
 * Electron, it refuses before-ready-only calls after ready and after-ready-only calls before it.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FakeElectronOptions {
  singleInstanceLock?: boolean;
  isPackaged?: boolean;
  userData?: string;
  appPath?: string;
  version?: string;
  workAreas?: Rect[];
  systemDark?: boolean;
}

export interface LogEntry {
  what: string;
  args: unknown[];
}

export type FakeEvent<T extends object = object> = T & { defaultPrevented: boolean; preventDefault: () => void };

export function createEvent<T extends object>(params: T): FakeEvent<T> {
  const event = {
    ...params,
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
}

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl?: string },
) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  requestingOrigin: string,
  details: object,
) => boolean;
type BeforeRequestListener = (
  details: { url: string },
  callback: (response: { cancel?: boolean; redirectURL?: string }) => void,
) => void;
type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };
type ProtocolHandler = (request: Request) => Response | Promise<Response>;
type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;

interface MenuTemplateItem {
  role?: string;
  label?: string;
  type?: string;
  accelerator?: string;
  enabled?: boolean;
  click?: () => void;
  submenu?: MenuTemplateItem[];
}

export function createFakeElectron(options: FakeElectronOptions = {}) {
  const log: LogEntry[] = [];
  const record = (what: string, ...args: unknown[]) => {
    log.push({ what, args });
  };
  let ready = false;
  const requireReady = (what: string) => {
    if (!ready) throw new Error(`fake electron: ${what} used before the app is ready`);
  };

  class FakeSession extends EventEmitter {
    permissionRequestHandler: PermissionRequestHandler | null = null;
    permissionCheckHandler: PermissionCheckHandler | null = null;
    devicePermissionHandler: ((details: object) => boolean) | null = null;
    beforeRequest: BeforeRequestListener | null = null;
    dictionaryWords: string[] = [];
    readonly webRequest = {
      onBeforeRequest: (filterOrListener: unknown, maybeListener?: BeforeRequestListener | null) => {
        const listener = (maybeListener === undefined ? filterOrListener : maybeListener) as BeforeRequestListener;
        record('session.webRequest.onBeforeRequest', filterOrListener);
        this.beforeRequest = listener;
      },
    };
    setPermissionRequestHandler(handler: PermissionRequestHandler | null) {
      record('session.setPermissionRequestHandler');
      this.permissionRequestHandler = handler;
    }
    setPermissionCheckHandler(handler: PermissionCheckHandler | null) {
      record('session.setPermissionCheckHandler');
      this.permissionCheckHandler = handler;
    }
    setDevicePermissionHandler(handler: ((details: object) => boolean) | null) {
      this.devicePermissionHandler = handler;
    }
    addWordToSpellCheckerDictionary(word: string) {
      this.dictionaryWords.push(word);
      return true;
    }
    /** Runs the onBeforeRequest listener the way Chromium would; true when the request may proceed. */
    allowsRequest(url: string): boolean {
      if (!this.beforeRequest) return true;
      let cancelled: boolean | undefined;
      this.beforeRequest({ url }, (response) => {
        cancelled = response.cancel === true;
      });
      if (cancelled === undefined) throw new Error('onBeforeRequest never called back');
      return !cancelled;
    }
    requestPermission(permission: string, requestingUrl: string): boolean {
      if (!this.permissionRequestHandler) return true;
      let granted: boolean | undefined;
      this.permissionRequestHandler({}, permission, (value) => (granted = value), { requestingUrl });
      if (granted === undefined) throw new Error('permission request handler never called back');
      return granted;
    }
    checkPermission(permission: string, requestingOrigin: string, details: object = {}): boolean {
      return this.permissionCheckHandler
        ? this.permissionCheckHandler({}, permission, requestingOrigin, details)
        : true;
    }
  }

  const defaultSession = new FakeSession();
  const app = new (class FakeApp extends EventEmitter {
    isPackaged = options.isPackaged ?? false;
    private resolveReady: () => void = () => {};
    private readonly readyPromise = new Promise<void>((resolve) => (this.resolveReady = resolve));
    /** Electron has this on Windows only; main/app-lifecycle.ts calls it there. */
    setAppUserModelId(id: string) {
      record('app.setAppUserModelId', id);
    }
    requestSingleInstanceLock() {
      record('app.requestSingleInstanceLock');
      return options.singleInstanceLock ?? true;
    }
    enableSandbox() {
      if (ready) throw new Error('app.enableSandbox() can only be called before app is ready');
      record('app.enableSandbox');
    }
    quit() {
      record('app.quit');
    }
    exit(code = 0) {
      record('app.exit', code);
    }
    getPath(name: string) {
      if (name !== 'userData' || !options.userData) throw new Error(`fake electron: no path for ${name}`);
      return options.userData;
    }
    getAppPath() {
      if (!options.appPath) throw new Error('fake electron: no appPath');
      return options.appPath;
    }
    getVersion() {
      return options.version ?? '0.1.0-test';
    }
    getName() {
      return 'Someday';
    }
    isReady() {
      return ready;
    }
    whenReady() {
      return this.readyPromise;
    }
    /** Test control: fire 'ready' and let the app's ready callbacks run. */
    async becomeReady() {
      ready = true;
      record('app.ready');
      this.emit('ready');
      this.resolveReady();
      await this.readyPromise;
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();

  class FakeWebContents extends EventEmitter {
    readonly session = defaultSession;
    windowOpenHandler: WindowOpenHandler | undefined;
    readonly misspellingReplacements: string[] = [];
    setWindowOpenHandler(handler: WindowOpenHandler) {
      record('webContents.setWindowOpenHandler');
      this.windowOpenHandler = handler;
    }
    replaceMisspelling(word: string) {
      this.misspellingReplacements.push(word);
    }
    /** Emits a navigation-like event; returns whether a listener prevented it. */
    emitPrevented(eventName: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', url: string): boolean {
      const event = createEvent({ url, isMainFrame: true });
      this.emit(eventName, event, url);
      return event.defaultPrevented;
    }
  }

  const windows: FakeBrowserWindow[] = [];
  class FakeBrowserWindow extends EventEmitter {
    readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> };
    readonly webContents = new FakeWebContents();
    loadedUrls: string[] = [];
    backgroundColor: string | undefined;
    shown = false;
    focused = false;
    minimized = false;
    maximized = false;
    fullScreen = false;
    destroyed = false;
    bounds: Rect;
    constructor(windowOptions: Record<string, unknown>) {
      super();
      requireReady('new BrowserWindow()');
      record('new BrowserWindow', windowOptions);
      this.options = windowOptions;
      this.backgroundColor = windowOptions.backgroundColor as string | undefined;
      this.bounds = {
        x: (windowOptions.x as number | undefined) ?? 0,
        y: (windowOptions.y as number | undefined) ?? 0,
        width: (windowOptions.width as number | undefined) ?? 800,
        height: (windowOptions.height as number | undefined) ?? 600,
      };
      windows.push(this);
      app.emit('web-contents-created', createEvent({}), this.webContents);
    }
    static getAllWindows() {
      return windows.filter((win) => !win.destroyed);
    }
    loadURL(url: string) {
      record('window.loadURL', url);
      this.loadedUrls.push(url);
      return Promise.resolve();
    }
    show() {
      this.shown = true;
    }
    focus() {
      this.focused = true;
      record('window.focus');
    }
    restore() {
      this.minimized = false;
      record('window.restore');
    }
    maximize() {
      this.maximized = true;
    }
    isMinimized() {
      return this.minimized;
    }
    isMaximized() {
      return this.maximized;
    }
    isFullScreen() {
      return this.fullScreen;
    }
    isDestroyed() {
      return this.destroyed;
    }
    getNormalBounds() {
      return { ...this.bounds };
    }
    setBackgroundColor(color: string) {
      this.backgroundColor = color;
    }
  }

  const ipcHandlers = new Map<string, IpcHandler>();
  const ipcHandleCounts = new Map<string, number>();
  const ipcOnChannels: string[] = [];
  const ipcMain = {
    handle(channel: string, handler: IpcHandler) {
      record('ipcMain.handle', channel);
      ipcHandleCounts.set(channel, (ipcHandleCounts.get(channel) ?? 0) + 1);
      ipcHandlers.set(channel, handler);
    },
    handleOnce(channel: string, handler: IpcHandler) {
      ipcMain.handle(channel, handler);
    },
    on(channel: string) {
      record('ipcMain.on', channel);
      ipcOnChannels.push(channel);
    },
    once(channel: string) {
      ipcMain.on(channel);
    },
    removeHandler(channel: string) {
      ipcHandlers.delete(channel);
    },
  };

  const privilegedSchemes: unknown[] = [];
  const protocolHandlers = new Map<string, ProtocolHandler>();
  const protocol = {
    registerSchemesAsPrivileged(schemes: unknown[]) {
      if (ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      record('protocol.registerSchemesAsPrivileged', schemes);
      privilegedSchemes.push(...schemes);
    },
    handle(scheme: string, handler: ProtocolHandler) {
      requireReady('protocol.handle');
      record('protocol.handle', scheme);
      protocolHandlers.set(scheme, handler);
    },
  };

  const sessions: FakeSession[] = [defaultSession];
  const session = {
    get defaultSession() {
      requireReady('session.defaultSession');
      return defaultSession;
    },
    fromPartition(partition: string) {
      requireReady('session.fromPartition');
      const created = new FakeSession();
      record('session.fromPartition', partition);
      sessions.push(created);
      app.emit('session-created', created);
      return created;
    },
  };

  const workAreas = options.workAreas ?? [{ x: 0, y: 0, width: 1920, height: 1040 }];
  const screen = {
    getAllDisplays() {
      requireReady('screen');
      return workAreas.map((workArea, id) => ({ id, workArea, bounds: workArea }));
    },
    getPrimaryDisplay() {
      requireReady('screen');
      const first = workAreas[0];
      if (!first) throw new Error('fake electron: no displays');
      return { id: 0, workArea: first, bounds: first };
    },
  };

  const nativeTheme = new (class FakeNativeTheme extends EventEmitter {
    private source: 'system' | 'light' | 'dark' = 'system';
    get themeSource() {
      return this.source;
    }
    set themeSource(value: 'system' | 'light' | 'dark') {
      record('nativeTheme.themeSource', value);
      this.source = value;
    }
    get shouldUseDarkColors() {
      return this.source === 'dark' || (this.source === 'system' && options.systemDark === true);
    }
  })();

  const menus: { template: MenuTemplateItem[]; popups: number }[] = [];
  let applicationMenu: { template: MenuTemplateItem[] } | null = null;
  const Menu = {
    buildFromTemplate(template: MenuTemplateItem[]) {
      const menu = {
        template,
        popups: 0,
        popup() {
          menu.popups += 1;
          record('menu.popup');
        },
      };
      menus.push(menu);
      return menu;
    },
    setApplicationMenu(menu: { template: MenuTemplateItem[] } | null) {
      record('Menu.setApplicationMenu');
      applicationMenu = menu;
    },
  };

  const dialog = {
    showErrorBox(title: string, content: string) {
      record('dialog.showErrorBox', title, content);
    },
    showMessageBox(...args: unknown[]) {
      record('dialog.showMessageBox', ...args);
      return Promise.resolve({ response: 0, checkboxChecked: false });
    },
  };

  const shell = {
    openExternal: vi.fn((url: string) => {
      record('shell.openExternal', url);
      return Promise.resolve();
    }),
  };

  const notifications: FakeNotification[] = [];
  class FakeNotification extends EventEmitter {
    static isSupported() {
      return true;
    }
    readonly options: { title: string; body: string };
    constructor(options: { title: string; body: string }) {
      super();
      this.options = options;
      record('new Notification', options);
      notifications.push(this);
    }
    show() {
      record('notification.show', this.options.title);
    }
  }

  /** A stand-in keychain: reversible, and switchable to Linux's basic_text or to refusing. */
  const safeStorage = {
    backend: 'gnome_libsecret',
    available: true,
    isAsyncEncryptionAvailable: () => Promise.resolve(safeStorage.available),
    getSelectedStorageBackend: () => safeStorage.backend,
    encryptStringAsync: (text: string) => {
      record('safeStorage.encryptStringAsync');
      return Promise.resolve(Buffer.from(`fake-keychain:${text}`).reverse());
    },
    decryptStringAsync: (data: Buffer) => {
      record('safeStorage.decryptStringAsync');
      const text = Buffer.from(data).reverse().toString();
      if (!text.startsWith('fake-keychain:')) return Promise.reject(new Error('The keychain refused'));
      return Promise.resolve({ result: text.slice('fake-keychain:'.length), shouldReEncrypt: false });
    },
  };

  const exposed = new Map<string, unknown>();
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      record('contextBridge.exposeInMainWorld', key);
      exposed.set(key, api);
    },
  };

  const ipcRenderer = {
    invoke: vi.fn((channel: string, ...args: unknown[]) => Promise.resolve({ ok: true, value: { channel, args } })),
    send: vi.fn(),
    sendSync: vi.fn(),
    on: vi.fn(),
    once: vi.fn(),
    removeListener: vi.fn(),
  };

  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain,
    ipcRenderer,
    contextBridge,
    protocol,
    session,
    screen,
    nativeTheme,
    Menu,
    dialog,
    shell,
    Notification: FakeNotification,
    safeStorage,
  };

  return {
    module,
    log,
    notifications,
    app,
    windows,
    ipcHandlers,
    ipcHandleCounts,
    ipcOnChannels,
    privilegedSchemes,
    protocolHandlers,
    defaultSession,
    sessions,
    nativeTheme,
    menus,
    getApplicationMenu: () => applicationMenu,
    dialog,
    shell,
    safeStorage,
    exposed,
    ipcRenderer,
    contextBridge,
    createSession: () => new FakeSession(),
    createWebContents: () => {
      const contents = new FakeWebContents();
      app.emit('web-contents-created', createEvent({}), contents);
      return contents;
    },
    indexOf: (what: string) => log.findIndex((entry) => entry.what === what),
    calls: (what: string) => log.filter((entry) => entry.what === what),
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
export type FakeWebContents = ReturnType<FakeElectron['createWebContents']>;
export type FakeSession = ReturnType<FakeElectron['createSession']>;

/**
 * Fresh module registry with 'electron' replaced by a new fake; import the module under test after this
 * call (with a dynamic import) so it binds to this fake.
 */
export function useFakeElectron(options: FakeElectronOptions = {}): FakeElectron {
  vi.resetModules();
  const fake = createFakeElectron(options);
  vi.doMock('electron', () => fake.module);
  return fake;
}

/** Loads the real Electron entry (main/electron-main.ts) against a new fake; the app is not ready yet. */
export async function startElectronMain(options: FakeElectronOptions = {}): Promise<FakeElectron> {
  const fake = useFakeElectron(options);
  await import('../../main/electron-main');
  return fake;
}
