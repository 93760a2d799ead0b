import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir';

interface Launch {
  mode: 'electron' | 'browser';
  command: string;
  args: string[];
  notice?: string;
}

interface LaunchInput {
  root: string;
  args: string[];
  env: Record<string, string | undefined>;
  platform: string;
  execPath: string;
  exists: (file: string) => boolean;
  readText: (file: string) => string;
}

interface StartModule {
  chooseLaunch: (input: LaunchInput) => Launch;
  NO_ELECTRON_NOTICE: string;
  NO_DISPLAY_NOTICE: string;
}

interface CheckNativeModule {
  checkNativeAddon: (root: string) => { ok: boolean; message: string };
}

async function importScript<T>(name: string): Promise<T> {
  return (await import(pathToFileURL(path.resolve('scripts', name)).href)) as T;
}

const root = '/project';
const electronDir = path.join(root, 'node_modules', 'electron');
const pathFile = path.join(electronDir, 'path.txt');
const binary = path.join(electronDir, 'dist', 'electron');
const cli = path.join(root, 'dist', 'node', 'main', 'web', 'cli.js');

function input(files: Record<string, string>, overrides: Partial<LaunchInput> = {}): LaunchInput {
  return {
    root,
    args: ['--data-dir', '/tmp/data'],
    env: { DISPLAY: ':0' },
    platform: 'linux',
    execPath: '/usr/bin/node',
    exists: (file) => file in files,
    readText: (file) => files[file] ?? '',
    ...overrides,
  };
}

describe('npm start: chooseLaunch', () => {
  it('starts Electron on "." with the arguments when its binary is installed', async () => {
    const { chooseLaunch } = await importScript<StartModule>('start.mjs');
    expect(chooseLaunch(input({ [pathFile]: 'electron', [binary]: '' }))).toStrictEqual({
      mode: 'electron',
      command: binary,
      args: ['.', '--data-dir', '/tmp/data'],
    });
  });

  it('falls back to browser mode with one line when path.txt or the binary is missing', async () => {
    const { chooseLaunch, NO_ELECTRON_NOTICE } = await importScript<StartModule>('start.mjs');
    const browser = {
      mode: 'browser',
      command: '/usr/bin/node',
      args: [cli, '--data-dir', '/tmp/data'],
      notice: NO_ELECTRON_NOTICE,
    };
    expect(chooseLaunch(input({}))).toStrictEqual(browser);
    expect(chooseLaunch(input({ [pathFile]: 'electron' }))).toStrictEqual(browser);
    expect(chooseLaunch(input({ [pathFile]: '\n', [binary]: '' }))).toStrictEqual(browser);
    expect(NO_ELECTRON_NOTICE).toContain('npm run setup:electron');
    expect(NO_ELECTRON_NOTICE).not.toContain('\n');
  });

  it('uses browser mode on Linux without a display, and honours ELECTRON_OVERRIDE_DIST_PATH', async () => {
    const { chooseLaunch, NO_DISPLAY_NOTICE } = await importScript<StartModule>('start.mjs');
    const files = { [pathFile]: 'electron', [binary]: '' };
    expect(chooseLaunch(input(files, { env: {} })).notice).toBe(NO_DISPLAY_NOTICE);
    expect(chooseLaunch(input(files, { env: { WAYLAND_DISPLAY: 'wayland-0' } })).mode).toBe('electron');
    expect(chooseLaunch(input(files, { env: {}, platform: 'darwin' })).mode).toBe('electron');
    const override = chooseLaunch(
      input(
        { [pathFile]: 'electron', '/opt/electron/electron': '' },
        { env: { DISPLAY: ':0', ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' } },
      ),
    );
    expect(override).toMatchObject({ mode: 'electron', command: '/opt/electron/electron' });
  });

  it('never requires the electron package (which would try to download the binary)', () => {
    const source = fs.readFileSync(path.resolve('scripts/start.mjs'), 'utf8').replace(/^\s*\/\/.*$/gm, '');
    expect(source).not.toMatch(/require\(\s*['"]electron['"]\s*\)|from\s+['"]electron['"]|import\(\s*['"]electron['"]/);
  });
});

describe('npm run dist: checkNativeAddon', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  function project(addon: string | Buffer | undefined): string {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    fs.mkdirSync(path.join(temp.dir, 'node_modules', 'electron'), { recursive: true });
    fs.writeFileSync(path.join(temp.dir, 'node_modules', 'electron', 'abi_version'), '150\n');
    if (addon !== undefined) {
      fs.mkdirSync(path.join(temp.dir, 'native', 'electron'), { recursive: true });
      fs.writeFileSync(path.join(temp.dir, 'native', 'electron', 'better_sqlite3.node'), addon);
    }
    return temp.dir;
  }

  it("accepts only an addon that declares Electron's ABI", async () => {
    const { checkNativeAddon } = await importScript<CheckNativeModule>('check-native.mjs');
    expect(checkNativeAddon(project(undefined))).toMatchObject({
      ok: false,
      message: expect.stringContaining('setup:electron'),
    });
    // A Linux shared object's header for this machine's CPU (tests/unit/check-native.test.ts checks the format).
    const elf = Buffer.alloc(64);
    elf.write('\x7fELF', 0, 'latin1');
    elf.writeUInt16LE({ arm64: 0xb7, ia32: 0x03 }[process.arch as string] ?? 0x3e, 18);
    const addon = (abi: string) => Buffer.concat([elf, Buffer.from(`\0node_register_module_v${abi}\0`)]);
    expect(checkNativeAddon(project(addon('115')))).toMatchObject({ ok: false });
    expect(checkNativeAddon(project(addon('150')))).toMatchObject({ ok: true });
  });
});
