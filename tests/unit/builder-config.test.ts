import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID } from '../../main/app-lifecycle';
import { makeTempDir } from '../helpers/temp-dir';

const script = path.resolve('scripts/validate-builder-config.cjs');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function validate(file: string) {
  const result = spawnSync(process.execPath, [script, file, '--json'], {
    cwd: path.resolve('.'),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  npmRebuild?: boolean;
  electronFuses?: Record<string, boolean>;
  files?: { filter?: string[] }[] | string[];
  extraResources?: { from: string; to: string; filter?: string[] }[];
  linux?: { target?: string[]; category?: string; maintainer?: string; synopsis?: string };
  mac?: {
    identity?: string | null;
    hardenedRuntime?: boolean;
    entitlements?: string;
    entitlementsInherit?: string;
    extendInfo?: Record<string, string>;
  };
  directories?: { output?: string; buildResources?: string };
}

describe('electron-builder.yml', () => {
  let result: ReturnType<typeof validate>;
  let config: BuilderConfig;
  beforeAll(() => {
    result = validate('electron-builder.yml');
    config = (result.status === 0 ? JSON.parse(result.stdout) : {}) as BuilderConfig;
  });

  it("is valid against electron-builder's own schema", () => {
    expect(result.stderr).not.toMatch(/unknown property|should be/);
    expect(result.status).toBe(0);
  });

  it('flips every fuse to its safe position', () => {
    expect(config.electronFuses).toStrictEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('never rebuilds node_modules and packs into asar', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.asar).toBe(true);
    expect(config.appId).toBe('dev.someday.app');
    expect(config.productName).toBe('Someday');
    expect(config.directories).toStrictEqual({ output: 'release', buildResources: 'build' });
  });

  it('ships the Electron build of better-sqlite3 and the templates beside the asar, not inside it', () => {
    const files = (config.files ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : (entry.filter ?? [])));
    expect(files).toContain('dist/**');
    expect(files).toContain('!**/*.map');
    expect(files).toContain('!node_modules/better-sqlite3-multiple-ciphers/{build,src,deps}/**');
    expect(files).toContain('!dist/node/main/cli/hear.js');
    expect(files.some((pattern) => pattern.startsWith('templates'))).toBe(false);
    expect(config.extraResources).toStrictEqual([
      { from: 'native/electron', to: 'native', filter: ['*.node'] },
      { from: 'templates', to: 'templates' },
    ]);
  });

  it('targets a directory, an AppImage and a deb on Linux, with a maintainer for the deb', () => {
    expect(config.linux).toMatchObject({ target: ['dir', 'AppImage', 'deb'], category: 'Office' });
    expect(config.linux?.maintainer).toMatch(/^[^<>]+ <[^@\s<>]+@[^@\s<>]+>$/);
  });

  it("uses appId as Windows' AppUserModelID, the same id the app sets at start-up", () => {
    expect(APP_ID).toBe(config.appId);
  });

  it('signs macOS builds (ad hoc unless a Developer ID is passed) with the hardened runtime and the microphone', () => {
    const mac = config.mac ?? {};
    expect(mac.identity).toBe('-');
    expect(mac.hardenedRuntime).toBe(true);
    expect(mac.extendInfo?.NSMicrophoneUsageDescription).toMatch(/Someday uses the microphone only while you rehearse/);
    for (const file of [mac.entitlements, mac.entitlementsInherit]) {
      if (!file) throw new Error('an entitlements file is not set');
      const plist = fs.readFileSync(path.resolve(file), 'utf8');
      const granted = [...plist.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((match) => match[1]);
      expect(granted, file).toContain('com.apple.security.device.audio-input');
      expect(granted, file).toContain('com.apple.security.cs.allow-jit');
      expect(granted, file).not.toContain('com.apple.security.device.camera');
    }
    expect(mac.entitlements).not.toBe(mac.entitlementsInherit);
  });
});

describe('validate-builder-config.cjs', () => {
  function configFile(text: string): string {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    const file = path.join(temp.dir, 'builder.yml');
    fs.writeFileSync(file, text);
    return file;
  }

  it('rejects an unknown property', () => {
    const result = validate(configFile('appId: dev.someday.app\nnotAnOption: true\n'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("unknown property 'notAnOption'");
  });

  it('rejects an unknown fuse and a wrongly typed one', () => {
    expect(validate(configFile('electronFuses:\n  runAsNodeX: false\n')).status).toBe(1);
    expect(validate(configFile('electronFuses:\n  runAsNode: "no"\n')).status).toBe(1);
  });
});
