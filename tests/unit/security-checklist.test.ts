/**
 * Parts of Electron's security checklist (docs/SECURITY.md) proven outside the fake-electron tests:
 * the lint gate really fires on each insecure pattern (items 1–4, 6, 8–11, 15, 18, 20), and the
 * Electron version is pinned to a supported major (item 16).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');

/** One insecure line per checklist rule, linted as if it were main-process code. */
const INSECURE_MAIN = `
import { BrowserWindow, contextBridge, ipcRenderer, session, shell } from 'electron';
const win = new BrowserWindow({
  webPreferences: {
    nodeIntegration: true,
    nodeIntegrationInWorker: true,
    nodeIntegrationInSubFrames: true,
    contextIsolation: false,
    sandbox: false,
    webSecurity: false,
    allowRunningInsecureContent: true,
    experimentalFeatures: true,
    enableBlinkFeatures: 'CSSVariables',
    webviewTag: true,
  },
});
void win.loadFile('index.html');
void win.loadURL('file:///etc/passwd');
void win.loadURL('http://example.com/app');
contextBridge.exposeInMainWorld('api', ipcRenderer);
ipcRenderer.on('channel', () => undefined);
void shell.openExternal(String(process.argv[2]));
session.defaultSession.setPermissionRequestHandler(null);
`;

describe('the lint gate for the Electron checklist', () => {
  it('fires on every insecure pattern, item by item', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const [result] = await eslint.lintText(INSECURE_MAIN, { filePath: path.join(ROOT, 'main', 'insecure-fixture.ts') });
    const messages = (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
    for (const expected of [
      'Checklist 2: never enable nodeIntegration.',
      'Checklist 2: never enable nodeIntegrationInWorker.',
      'Checklist 2: never enable nodeIntegrationInSubFrames.',
      'Checklist 3: keep contextIsolation on.',
      'Checklist 4: keep the sandbox on.',
      'Checklist 6: never disable webSecurity.',
      'Checklist 8: never allow insecure content.',
      'Checklist 9: no experimental features.',
      'Checklist 10: do not use enableBlinkFeatures.',
      'Checklist 11: no <webview>.',
      'Checklist 18: load the app:// protocol, never file://.',
      'Checklist 18: no file:// URLs.',
      'Checklist 20: never expose ipcRenderer.',
      'Checklist 20: the preload only invokes contract channels.',
      'Checklist 15: call shell.openExternal only through main/external-links.ts.',
      'Checklist 5: never clear the permission handler.',
    ]) {
      expect(messages, expected).toContainEqual(`no-restricted-syntax: ${expected}`);
    }
    // Microsoft's SDL rules: item 2 again, and item 1 (no plain-http content).
    expect(messages.some((message) => message.startsWith('@microsoft/sdl/no-electron-node-integration'))).toBe(true);
    expect(messages.some((message) => message.startsWith('@microsoft/sdl/no-insecure-url'))).toBe(true);
  });
});

describe('Electron version (checklist 16)', () => {
  it('pins one supported major, and the installed Electron is that major', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const range = pkg.devDependencies.electron ?? '';
    expect(range).toMatch(/^\^\d+\.\d+\.\d+$/);
    const pinnedMajor = Number(/^\^(\d+)/.exec(range)?.[1]);
    const installed = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'),
    ) as { version: string };
    expect(Number(installed.version.split('.')[0])).toBe(pinnedMajor);
    // Electron 45 was current when this was written; raise this floor with every upgrade, one major at a time.
    expect(pinnedMajor).toBeGreaterThanOrEqual(45);
  });
});
