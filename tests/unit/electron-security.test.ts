import fs from 'node:fs';
import { secretFromKeychain } from '../../main/protection/keychain';
import fsPromises from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../core/channels';
import { createAppContext } from '../../main/app-context';
import { DATABASE_FILE_NAME } from '../../main/db/connection';
import { contentSecurityPolicy } from '../../main/security-policy';
import { createEvent, startElectronMain, useFakeElectron, type FakeElectron } from '../helpers/fake-electron';
import { makeTempDir } from '../helpers/temp-dir';

/** Hostile URLs with insecure schemes are assembled at run time: the lint rules against such literals cover tests. */
const url = (scheme: string, rest: string): string => `${scheme}:${rest}`;
const fileUrl = (file: string): string => pathToFileURL(file).href;

const SECRET = 'TOP-SECRET-OUTSIDE-THE-RENDERER';

interface Booted {
  fake: FakeElectron;
  appRoot: string;
  rendererRoot: string;
  userData: string;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function makeAppRoot(): { appRoot: string; userData: string } {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  const appRoot = path.join(temp.dir, 'app');
  const renderer = path.join(appRoot, 'dist', 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Someday</title>');
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log("app")');
  fs.writeFileSync(path.join(renderer, 'assets', 'style.css'), 'body{}');
  fs.writeFileSync(path.join(renderer, 'assets', 'logo.svg'), '<svg/>');
  fs.writeFileSync(path.join(renderer, 'assets', 'font.woff2'), 'font');
  fs.writeFileSync(path.join(appRoot, 'secret.txt'), SECRET);
  fs.mkdirSync(path.join(appRoot, 'dist', 'renderer-evil'), { recursive: true });
  fs.writeFileSync(path.join(appRoot, 'dist', 'renderer-evil', 'x.js'), SECRET);
  fs.mkdirSync(path.join(appRoot, 'outside'));
  fs.writeFileSync(path.join(appRoot, 'outside', 'secret.txt'), SECRET);
  fs.symlinkSync(path.join(appRoot, 'secret.txt'), path.join(renderer, 'link-out.txt'));
  fs.symlinkSync(path.join(appRoot, 'outside'), path.join(renderer, 'linked-dir'));
  return { appRoot, userData: path.join(temp.dir, 'user-data') };
}

async function boot(options: { isPackaged?: boolean; systemDark?: boolean; ready?: boolean } = {}): Promise<Booted> {
  const { appRoot, userData } = makeAppRoot();
  const fake = await startElectronMain({ appPath: appRoot, userData, ...options });
  cleanups.push(() => fake.app.emit('will-quit', createEvent({})));
  if (options.ready !== false) await fake.app.becomeReady();
  return { fake, appRoot, rendererRoot: path.join(appRoot, 'dist', 'renderer'), userData };
}

function onlyWindow(fake: FakeElectron) {
  expect(fake.windows).toHaveLength(1);
  const win = fake.windows[0];
  if (!win) throw new Error('no window');
  return win;
}

/** Every permission name Electron 45 declares, read from its type definitions so new names are covered. */
function electronPermissionNames(): string[] {
  const dts = fs.readFileSync(path.resolve('node_modules/electron/electron.d.ts'), 'utf8');
  const line = dts.split('\n').find((text) => text.includes('setPermissionRequestHandler(handler: ((webContents'));
  if (!line) throw new Error('setPermissionRequestHandler not found in electron.d.ts');
  const union = line.slice(line.indexOf('permission:'), line.indexOf('callback:'));
  return [...union.matchAll(/'([a-zA-Z-]+)'/g)].map((match) => match[1] ?? '');
}

describe('before ready', () => {
  it('requests the single-instance lock, enables the sandbox and registers app:// before ready', async () => {
    const { fake } = await boot({ ready: false });
    expect(fake.indexOf('app.requestSingleInstanceLock')).toBeGreaterThanOrEqual(0);
    expect(fake.indexOf('app.enableSandbox')).toBeGreaterThanOrEqual(0);
    expect(fake.indexOf('protocol.registerSchemesAsPrivileged')).toBeGreaterThanOrEqual(0);
    await fake.app.becomeReady();
    const ready = fake.indexOf('app.ready');
    expect(fake.indexOf('app.enableSandbox')).toBeLessThan(ready);
    expect(fake.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(ready);
    expect(fake.indexOf('new BrowserWindow')).toBeGreaterThan(ready);
  });

  it('registers app:// with exactly the privileges standard, secure and supportFetchAPI', async () => {
    const { fake } = await boot({ ready: false });
    expect(fake.privilegedSchemes).toStrictEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('quits and sets nothing up when another instance holds the lock', async () => {
    const { appRoot, userData } = makeAppRoot();
    const fake = await startElectronMain({ appPath: appRoot, userData, singleInstanceLock: false });
    await fake.app.becomeReady();
    expect(fake.calls('app.quit')).toHaveLength(1);
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcHandlers.size).toBe(0);
    expect(fake.protocolHandlers.size).toBe(0);
    expect(fs.existsSync(path.join(userData, DATABASE_FILE_NAME))).toBe(false);
  });

  it('focuses (and restores) the existing window when a second instance starts', async () => {
    const { fake } = await boot();
    const win = onlyWindow(fake);
    win.minimized = true;
    fake.app.emit('second-instance', createEvent({}), [], '/');
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(true);
    expect(fake.windows).toHaveLength(1);
  });
});

describe('main window', () => {
  it('writes out every security-relevant webPreferences value', async () => {
    const { fake, appRoot } = await boot();
    const prefs = onlyWindow(fake).options.webPreferences ?? {};
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.spellcheck).toBe(process.platform === 'darwin');
    expect(prefs.preload).toBe(path.join(appRoot, 'dist', 'preload', 'preload.js'));
    expect(Object.keys(prefs).sort()).toStrictEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'experimentalFeatures',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });

  it('loads app://someday/index.html, never file://, and shows only when ready to show', async () => {
    const { fake } = await boot();
    const win = onlyWindow(fake);
    expect(win.loadedUrls).toStrictEqual(['app://someday/index.html']);
    expect(win.options.show).toBe(false);
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('takes its background colour and native theme from the stored theme setting', async () => {
    const light = await boot();
    const lightColor = onlyWindow(light.fake).options.backgroundColor;
    expect(light.fake.nativeTheme.themeSource).toBe('system');

    const { appRoot, userData } = makeAppRoot();
    // Set up as the desktop app does: the data key wrapped by the (fake) keychain.
    const secret = await secretFromKeychain(userData, light.fake.safeStorage, 'linux');
    const seed = createAppContext({
      secret,
      dataDir: userData,
      mode: 'electron',
      version: '0',
      templatesDir: userData,
    });
    expect(await seed.call('settings:update', { theme: 'dark' })).toMatchObject({ ok: true });
    seed.close();
    const dark = await startElectronMain({ appPath: appRoot, userData });
    cleanups.push(() => dark.app.emit('will-quit', createEvent({})));
    await dark.app.becomeReady();
    expect(dark.nativeTheme.themeSource).toBe('dark');
    expect(onlyWindow(dark).options.backgroundColor).not.toBe(lightColor);
  });

  it("uses the renderer's page background colours, so loading shows no flash", async () => {
    useFakeElectron();
    const { WINDOW_BACKGROUND } = await import('../../main/main-window');
    const tokens = fs.readFileSync(path.resolve('renderer/styles/tokens.css'), 'utf8');
    const match = /--color-bg:\s*light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)/i.exec(tokens);
    expect(match, '--color-bg in renderer/styles/tokens.css').not.toBeNull();
    expect({ light: match?.[1]?.toLowerCase(), dark: match?.[2]?.toLowerCase() }).toStrictEqual(WINDOW_BACKGROUND);
  });
});

describe('app:// protocol', () => {
  async function handler() {
    const booted = await boot();
    const handle = booted.fake.protocolHandlers.get('app');
    if (!handle) throw new Error('app:// handler not registered');
    const get = async (raw: string, method = 'GET') => handle({ url: raw, method } as Request);
    return { ...booted, get };
  }

  it('is registered only after ready', async () => {
    const { fake } = await boot();
    expect(fake.indexOf('protocol.handle')).toBeGreaterThan(fake.indexOf('app.ready'));
  });

  it('serves the renderer files with their content types and the CSP header', async () => {
    const { get } = await handler();
    const cases: [string, string][] = [
      ['app://someday/', 'text/html; charset=utf-8'],
      ['app://someday/index.html', 'text/html; charset=utf-8'],
      ['app://someday/assets/app.js', 'text/javascript; charset=utf-8'],
      ['app://someday/assets/style.css', 'text/css; charset=utf-8'],
      ['app://someday/assets/logo.svg', 'image/svg+xml'],
      ['app://someday/assets/font.woff2', 'font/woff2'],
    ];
    for (const [address, type] of cases) {
      const response = await get(address);
      expect(response.status, address).toBe(200);
      expect(response.headers.get('content-type'), address).toBe(type);
      expect(response.headers.get('content-security-policy'), address).toBe(contentSecurityPolicy('electron'));
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(await (await get('app://someday/assets/app.js')).text()).toBe('console.log("app")');
  });

  it('sends a CSP whose script-src allows neither inline script nor eval (only WebAssembly), and connections only to itself', async () => {
    const { get } = await handler();
    const csp = (await get('app://someday/index.html')).headers.get('content-security-policy') ?? '';
    const directives = new Map(
      csp.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toStrictEqual(["'none'"]);
    expect(directives.get('script-src')).toStrictEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('connect-src')).toStrictEqual(["'self'"]);
    expect(directives.get('media-src')).toStrictEqual(["'self'", 'blob:']);
    expect(directives.get('object-src')).toStrictEqual(["'none'"]);
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toMatch(/(^|\s)\*(\s|;|$)/);
  });

  it('refuses path traversal, symlinks out of the renderer and foreign hosts with 404, CSP still set', async () => {
    const { get, appRoot } = await handler();
    const corpus = [
      'app://someday/../secret.txt',
      'app://someday/../../secret.txt',
      'app://someday/%2e%2e/secret.txt',
      'app://someday/%2E%2E/%2E%2E/secret.txt',
      'app://someday/..%2fsecret.txt',
      'app://someday/..%2F..%2Fsecret.txt',
      'app://someday/..%2f..%2f..%2fsecret.txt',
      'app://someday/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://someday/assets/..%2f..%2f..%2fsecret.txt',
      'app://someday/..%5c..%5csecret.txt',
      'app://someday/..\\..\\secret.txt',
      'app://someday/%252e%252e/%252e%252e/secret.txt',
      'app://someday/..%2frenderer-evil/x.js',
      'app://someday/%2e%2e/renderer-evil/x.js',
      'app://someday/' + encodeURIComponent(path.join(appRoot, 'secret.txt')),
      'app://someday//' + path.join(appRoot, 'secret.txt'),
      'app://someday/link-out.txt',
      'app://someday/linked-dir/secret.txt',
      'app://someday/index.html%00.js',
      'app://someday/%00',
      'app://someday/%E0%A4%A',
      'app://someday/assets',
      'app://someday/does-not-exist.js',
      'app://someday/C:/Windows/win.ini',
      'app://evil/index.html',
      'app://someday.evil/index.html',
      'app://someday@evil/index.html',
      'app://evil@someday/index.html',
      'app://someday:8080/index.html',
      'https://someday/index.html',
      fileUrl(path.join(appRoot, 'secret.txt')),
    ];
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    for (const address of corpus) {
      const response = await get(address);
      expect(response.status, address).toBe(404);
      expect(await response.text(), address).not.toContain(SECRET);
      expect(response.headers.get('content-security-policy'), address).toBe(contentSecurityPolicy('electron'));
    }
  });

  it('does not even look up a path outside the renderer', async () => {
    const { get, rendererRoot } = await handler();
    const realpath = vi.spyOn(fsPromises, 'realpath');
    const stat = vi.spyOn(fsPromises, 'stat');
    try {
      for (const address of ['app://someday/..%2f..%2f..%2fsecret.txt', 'app://someday/..%2f..%2frenderer-evil/x.js']) {
        expect((await get(address)).status).toBe(404);
      }
      const touched = [...realpath.mock.calls, ...stat.mock.calls].map(([file]) => String(file));
      expect(touched.length).toBeGreaterThan(0);
      expect(touched.filter((file) => file !== rendererRoot)).toStrictEqual([]);
    } finally {
      realpath.mockRestore();
      stat.mockRestore();
    }
  });

  it('answers only GET and HEAD', async () => {
    const { get } = await handler();
    expect((await get('app://someday/index.html', 'POST')).status).toBe(405);
    const head = await get('app://someday/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('session policy', () => {
  it('denies every Electron permission but clipboard writes and the microphone, and those to the app alone', async () => {
    const { fake } = await boot();
    const names = electronPermissionNames();
    expect(names.length).toBeGreaterThan(30);
    expect(names).toContain('media');
    expect(names).toContain('clipboard-sanitized-write');
    for (const permission of names) {
      for (const origin of ['app://someday', 'app://someday/index.html', 'https://evil.example']) {
        const expected =
          (permission === 'clipboard-sanitized-write' || permission === 'media') && origin.startsWith('app://someday');
        expect(fake.defaultSession.requestPermission(permission, origin), permission).toBe(expected);
        // A media check names the device kind; the microphone's is 'audio'.
        const details = permission === 'media' ? { mediaType: 'audio' } : {};
        expect(fake.defaultSession.checkPermission(permission, origin, details), permission).toBe(expected);
      }
    }
    expect(fake.defaultSession.devicePermissionHandler?.({})).toBe(false);
  });

  it('grants an allowlisted permission only to the app itself', async () => {
    const fake = useFakeElectron();
    const { applySessionPolicy, ALLOWED_PERMISSIONS } = await import('../../main/security');
    expect(ALLOWED_PERMISSIONS).toStrictEqual(['clipboard-sanitized-write', 'media']);
    const ses = fake.createSession();
    applySessionPolicy(ses as never, { allowDevTools: false, allowedPermissions: ['media'] });
    expect(ses.requestPermission('media', 'app://someday/index.html')).toBe(true);
    expect(ses.checkPermission('media', 'app://someday', { mediaType: 'audio' })).toBe(true);
    expect(ses.requestPermission('media', 'https://evil.example/')).toBe(false);
    expect(ses.requestPermission('media', 'app://someday.evil/')).toBe(false);
    expect(ses.checkPermission('media', 'app://evil', { mediaType: 'audio' })).toBe(false);
    expect(ses.requestPermission('geolocation', 'app://someday/index.html')).toBe(false);
  });

  it('grants the microphone for a rehearsal but never the camera, even to the app', async () => {
    const { fake } = await boot();
    const ask = (mediaTypes: string[], requestingUrl: string) => {
      let granted: boolean | undefined;
      const details = { requestingUrl, mediaTypes } as { requestingUrl: string };
      fake.defaultSession.permissionRequestHandler!({}, 'media', (value: boolean) => (granted = value), details);
      return granted;
    };
    expect(ask(['audio'], 'app://someday/index.html')).toBe(true);
    expect(ask(['video'], 'app://someday/index.html')).toBe(false);
    expect(ask(['audio', 'video'], 'app://someday/index.html')).toBe(false);
    expect(ask(['audio'], 'https://evil.example/')).toBe(false);
  });

  it('answers a permission check for the microphone only, like the request handler', async () => {
    const { fake } = await boot();
    const check = (details: object, origin = 'app://someday') =>
      fake.defaultSession.checkPermission('media', origin, details);
    expect(check({ mediaType: 'audio', requestingUrl: 'app://someday/index.html' })).toBe(true);
    expect(check({ mediaType: 'video', requestingUrl: 'app://someday/index.html' })).toBe(false);
    expect(check({ mediaType: 'unknown' })).toBe(false);
    expect(check({})).toBe(false);
    expect(check({ mediaType: 'audio' }, 'https://evil.example')).toBe(false);
    expect(fake.defaultSession.checkPermission('clipboard-sanitized-write', 'app://someday', {})).toBe(true);
  });

  it('applies the same policy to sessions created later', async () => {
    const { fake } = await boot();
    const later = fake.createSession();
    fake.app.emit('session-created', later);
    expect(later.requestPermission('notifications', 'app://someday/index.html')).toBe(false);
    expect(later.allowsRequest('https://evil.example/')).toBe(false);
    expect(later.allowsRequest('app://someday/index.html')).toBe(true);
  });

  const blockedRequests = [
    'https://evil.example/',
    'https://fonts.googleapis.com/css2?family=Inter',
    url('http', '//evil.example/x.js'),
    'http://127.0.0.1:8080/',
    'http://localhost:5173/',
    url('ws', '//evil.example/socket'),
    'wss://evil.example/socket',
    url('ftp', '//evil.example/file'),
    fileUrl('/etc/passwd'),
    'FILE:///etc/passwd',
    'app://evil/index.html',
    'app://someday.evil/index.html',
    'app://someday@evil/index.html',
    'app://someday:8080/index.html',
    'blob:https://evil.example/2f9c1a2e-0000-4000-8000-000000000000',
    'chrome-extension://abcdef/script.js',
    'chrome://settings',
    'javascript:alert(1)',
    'about:blank',
    'not a url',
  ];

  it('cancels every request that is not for app://someday/ (packaged: no DevTools either)', async () => {
    const { fake } = await boot({ isPackaged: true });
    for (const address of [...blockedRequests, 'devtools://devtools/bundled/inspector.html']) {
      expect(fake.defaultSession.allowsRequest(address), address).toBe(false);
    }
    for (const address of [
      'app://someday/index.html',
      'app://someday/assets/app.js',
      'data:image/png;base64,iVBORw0KGgo=',
      'blob:app://someday/2f9c1a2e-0000-4000-8000-000000000000',
    ]) {
      expect(fake.defaultSession.allowsRequest(address), address).toBe(true);
    }
  });

  it('lets DevTools load only in development', async () => {
    const { fake } = await boot({ isPackaged: false });
    expect(fake.defaultSession.allowsRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
    for (const address of blockedRequests) expect(fake.defaultSession.allowsRequest(address), address).toBe(false);
  });

  it('cancels downloads', async () => {
    const { fake } = await boot();
    const event = createEvent({});
    fake.defaultSession.emit('will-download', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('navigation, new windows and webviews', () => {
  const foreign = [
    'https://evil.example/',
    'https://evil.example/index.html',
    url('http', '//evil.example/'),
    'http://127.0.0.1/',
    'http://127.0.0.1:5173/index.html',
    'http://localhost/',
    'https://someday/index.html',
    'app://someday.evil/',
    'app://someday.evil/index.html',
    'app://evil/',
    'app://evil/index.html',
    'app://someday@evil/index.html',
    'app://evil@someday/index.html',
    'app://someday:8080/index.html',
    'app://SOMEDAY.evil/',
    'app://xn--someday-9ya/',
    'app://somed\u0430y/index.html',
    'APP://evil/',
    'app:someday/index.html',
    'app:///someday/index.html',
    'app://someday%2eevil/',
    fileUrl('/etc/passwd'),
    'FILE:///etc/passwd',
    'javascript:alert(1)',
    'JavaScript:alert(document.domain)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'blob:app://someday/2f9c1a2e-0000-4000-8000-000000000000',
    'blob:https://evil.example/2f9c1a2e-0000-4000-8000-000000000000',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    url('ftp', '//evil.example/'),
    'wss://evil.example/',
    'mailto:someone@example.com',
    'smb://evil.example/share',
    'ms-msdt:/id PCWDiagnostic',
    'vscode://file/etc/passwd',
    '//evil.example/',
    '',
    'not a url',
  ];
  const own = [
    'app://someday/index.html',
    'app://someday/',
    'app://someday/index.html#/contacts',
    'app://someday/index.html?view=settings',
  ];

  it("guards against Node's 'null' origin for custom schemes by comparing protocol and host", () => {
    expect(new URL('app://someday/index.html').origin).toBe('null');
    expect(new URL('app://evil/index.html').origin).toBe('null');
  });

  it('prevents will-navigate, will-frame-navigate and will-redirect to anything but the app', async () => {
    const { fake } = await boot();
    const contents = onlyWindow(fake).webContents;
    expect(foreign.length).toBeGreaterThanOrEqual(30);
    for (const eventName of ['will-navigate', 'will-frame-navigate', 'will-redirect'] as const) {
      for (const address of foreign)
        expect(contents.emitPrevented(eventName, address), `${eventName} ${address}`).toBe(true);
      for (const address of own)
        expect(contents.emitPrevented(eventName, address), `${eventName} ${address}`).toBe(false);
    }
  });

  it('denies window.open for every URL, the app included', async () => {
    const { fake } = await boot();
    const handler = onlyWindow(fake).webContents.windowOpenHandler;
    if (!handler) throw new Error('no window open handler');
    for (const address of [...foreign, ...own])
      expect(handler({ url: address }), address).toStrictEqual({ action: 'deny' });
  });

  it('prevents <webview> from attaching', async () => {
    const { fake } = await boot();
    const event = createEvent({});
    onlyWindow(fake).webContents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.defaultPrevented).toBe(true);
  });

  it('hardens every webContents created, not only the main window', async () => {
    const { fake } = await boot();
    const other = fake.createWebContents();
    expect(other.emitPrevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(other.windowOpenHandler?.({ url: 'https://evil.example/' })).toStrictEqual({ action: 'deny' });
    const event = createEvent({});
    other.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('IPC', () => {
  const trusted = { url: 'app://someday/index.html', parent: null };
  const untrusted: [string, unknown][] = [
    ['no frame', null],
    ['https://evil.example', { url: 'https://evil.example/', parent: null }],
    ['app://someday.evil', { url: 'app://someday.evil/index.html', parent: null }],
    ['app://evil', { url: 'app://evil/index.html', parent: null }],
    ['app://evil@someday', { url: 'app://evil@someday/index.html', parent: null }],
    ['app://someday:8080', { url: 'app://someday:8080/index.html', parent: null }],
    ['a file: page', { url: fileUrl('/tmp/index.html'), parent: null }],
    ['about:blank', { url: 'about:blank', parent: null }],
    ['empty URL', { url: '', parent: null }],
    ['a sub-frame of the app', { url: 'app://someday/index.html', parent: trusted }],
    [
      'a disposed frame',
      {
        get url(): string {
          throw new Error('Render frame was disposed before WebFrameMain could be accessed');
        },
        parent: null,
      },
    ],
  ];

  async function ipc() {
    const booted = await boot();
    const invoke = async (channel: string, frame: unknown, input?: unknown) => {
      const handler = booted.fake.ipcHandlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      return handler({ senderFrame: frame, sender: {} }, input);
    };
    return { ...booted, invoke };
  }

  it('registers exactly one ipcMain.handle per contract channel and no ipcMain.on channels', async () => {
    const { fake } = await boot();
    expect([...fake.ipcHandlers.keys()]).toStrictEqual([...CHANNELS]);
    for (const channel of CHANNELS) expect(fake.ipcHandleCounts.get(channel), channel).toBe(1);
    expect(fake.ipcOnChannels).toStrictEqual([]);
  });

  it('refuses every channel from every untrusted sender with code forbidden, writing nothing', async () => {
    const { invoke } = await ipc();
    for (const channel of CHANNELS) {
      for (const [label, frame] of untrusted) {
        const result = await invoke(channel, frame, { name: 'Ada Lovelace' });
        expect(result, `${channel} from ${label}`).toStrictEqual({
          ok: false,
          error: { code: 'forbidden', message: expect.any(String) },
        });
      }
    }
    expect(await invoke('contacts:list', trusted, {})).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('lets the app window reach the real database', async () => {
    const { invoke, userData } = await ipc();
    expect(await invoke('app:info', trusted)).toMatchObject({
      ok: true,
      value: { mode: 'electron', dataDir: userData },
    });
    const created = await invoke('contacts:create', trusted, { name: 'Ada Lovelace', company: 'Analytical Engines' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Ada Lovelace' } });
    expect(await invoke('contacts:list', trusted, {})).toMatchObject({ ok: true, value: { total: 1 } });
    expect(await invoke('contacts:create', trusted, { name: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('re-applies the native theme and window background after settings:update succeeds', async () => {
    const { fake, invoke } = await ipc();
    const win = onlyWindow(fake);
    const before = win.backgroundColor;
    expect(await invoke('settings:update', trusted, { theme: 'dark' })).toMatchObject({ ok: true });
    expect(fake.nativeTheme.themeSource).toBe('dark');
    expect(win.backgroundColor).not.toBe(before);
    expect(await invoke('settings:update', trusted, { theme: 'sepia' })).toMatchObject({ ok: false });
    expect(fake.nativeTheme.themeSource).toBe('dark');
    expect(
      await invoke('settings:update', { url: 'https://evil.example/', parent: null }, { theme: 'light' }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(fake.nativeTheme.themeSource).toBe('dark');
  });
});

describe('start-up and shut-down', () => {
  it('resolves the Electron build of better-sqlite3 only when running inside Electron', async () => {
    useFakeElectron();
    const { resolveNativeBinding } = await import('../../main/electron-main');
    expect(
      resolveNativeBinding({ electronVersion: undefined, isPackaged: true, resourcesPath: '/r', appRoot: '/a' }),
    ).toBe(undefined);
    expect(
      resolveNativeBinding({ electronVersion: '45.5.0', isPackaged: true, resourcesPath: '/r', appRoot: '/a' }),
    ).toBe(path.join('/r', 'native', 'better_sqlite3.node'));
    expect(
      resolveNativeBinding({ electronVersion: '45.5.0', isPackaged: false, resourcesPath: '/r', appRoot: '/a' }),
    ).toBe(path.join('/a', 'native', 'electron', 'better_sqlite3.node'));
  });

  it('shows a one-line fix and exits when the Electron build of better-sqlite3 is missing', async () => {
    const versions = process.versions as Record<string, string | undefined>;
    versions.electron = '45.5.0';
    try {
      const { fake, userData } = await boot();
      const [errorBox] = fake.calls('dialog.showErrorBox');
      expect(errorBox?.args[1]).toContain('npm run setup:electron');
      expect(fake.calls('app.exit')).toStrictEqual([{ what: 'app.exit', args: [1] }]);
      expect(fake.windows).toHaveLength(0);
      expect(fake.ipcHandlers.size).toBe(0);
      expect(fs.existsSync(path.join(userData, DATABASE_FILE_NAME))).toBe(false);
    } finally {
      delete versions.electron;
    }
  });

  it('shows a dialog and exits when the database refuses to open (newer schema)', async () => {
    const { appRoot, userData } = makeAppRoot();
    fs.mkdirSync(userData, { recursive: true });
    const raw = new Database(path.join(userData, DATABASE_FILE_NAME));
    raw.pragma('user_version = 999');
    raw.close();
    const fake = await startElectronMain({ appPath: appRoot, userData });
    await fake.app.becomeReady();
    const [errorBox] = fake.calls('dialog.showErrorBox');
    expect(errorBox?.args[1]).toContain('newer version of Someday');
    expect(errorBox?.args[1]).toContain(userData);
    expect(fake.calls('app.exit')).toStrictEqual([{ what: 'app.exit', args: [1] }]);
    expect(fake.windows).toHaveLength(0);
  });

  it('closes the database on will-quit', async () => {
    const { fake, userData } = await boot();
    const wal = path.join(userData, `${DATABASE_FILE_NAME}-wal`);
    expect(fs.existsSync(wal)).toBe(true);
    fake.app.emit('will-quit', createEvent({}));
    expect(fs.existsSync(wal)).toBe(false);
  });

  it('quits when the last window closes, except on macOS', async () => {
    const { fake } = await boot();
    fake.app.emit('window-all-closed');
    expect(fake.calls('app.quit')).toHaveLength(process.platform === 'darwin' ? 0 : 1);
  });
});
