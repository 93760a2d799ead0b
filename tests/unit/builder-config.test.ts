import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
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
  linux?: { target?: string[]; category?: string };
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
    expect(files).toContain('!node_modules/better-sqlite3/{build,src,deps}/**');
    expect(files.some((pattern) => pattern.startsWith('templates'))).toBe(false);
    expect(config.extraResources).toStrictEqual([
      { from: 'native/electron', to: 'native', filter: ['*.node'] },
      { from: 'templates', to: 'templates' },
    ]);
  });

  it('targets a directory, an AppImage and a deb on Linux', () => {
    expect(config.linux).toStrictEqual({ target: ['dir', 'AppImage', 'deb'], category: 'Office' });
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
