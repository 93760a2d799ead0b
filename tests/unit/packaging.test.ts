/**
 * What `npm run dist` ships, checked two ways:
 * - from the sources: package.json's dependencies are exactly the packages the main process and the CLIs
 *   require (compiled the way tsc compiles them), so a renderer-only package (Vite has bundled it into
 *   dist/renderer already) cannot slip back into the app, and a package main needs cannot be missing;
 * - from a real package: scripts/pack-stand-in.cjs runs electron-builder (`dir`, and `deb` up to fpm)
 *   with a stand-in Electron binary, and the packaged app.asar is inspected and its main-process code run
 *   with the addon shipped in resources/native. The packaged half needs `npm run build` first (npm test
 *   does it).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir';

const require = createRequire(import.meta.url);
const root = path.resolve('.');
const { bareRequires, packageName } = require('../helpers/run-packaged.cjs') as {
  bareRequires: (source: string) => string[];
  packageName: (specifier: string) => string;
};
const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  desktopName: string;
  main: string;
  dependencies: Record<string, string>;
};

function sourceFiles(dir: string, extensions: RegExp): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true })
    .map((name) => path.join(root, dir, String(name)))
    .filter((file) => extensions.test(file) && !file.endsWith('.d.ts'));
}

/** The packages main/ and core/ require once compiled to CommonJS (type-only imports are dropped). */
/**
 * Command-line tools for a source checkout only, left out of the package by electron-builder.yml (the
 * window has its own speech bundle): what they require is a devDependency.
 */
const SOURCE_CHECKOUT_ONLY = [path.join('main', 'cli', 'hear.ts')];

function packagesMainRequires(): string[] {
  const found = new Set<string>();
  const shipped = (file: string) => !SOURCE_CHECKOUT_ONLY.some((only) => file.endsWith(only));
  for (const file of [...sourceFiles('main', /\.ts$/), ...sourceFiles('core', /\.ts$/)].filter(shipped)) {
    const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2023, esModuleInterop: true },
    });
    for (const specifier of bareRequires(outputText)) found.add(packageName(specifier));
  }
  return [...found].sort();
}

/** The packages the renderer imports for their code (not only their types). */
function packagesRendererImports(): string[] {
  const found = new Set<string>();
  for (const file of sourceFiles('renderer', /\.tsx?$/)) {
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(
      /^\s*import\s+(?!type\s)[^'"]*?['"]([^'"./][^'"]*)['"]|\bimport\(\s*['"]([^'"./][^'"]*)['"]/gm,
    )) {
      const specifier = match[1] ?? match[2] ?? '';
      if (!specifier.startsWith('node:')) found.add(packageName(specifier));
    }
  }
  return [...found].sort();
}

const mainPackages = packagesMainRequires();
const rendererOnly = packagesRendererImports().filter((name) => !mainPackages.includes(name));

describe('package.json dependencies: what the main process and the CLIs require, nothing else', () => {
  it('finds what main requires, and what only the renderer uses', () => {
    expect(mainPackages).toContain('better-sqlite3-multiple-ciphers');
    expect(mainPackages).toContain('zod');
    expect(mainPackages).toContain('papaparse');
    expect(rendererOnly).toEqual(expect.arrayContaining(['react', 'react-dom', 'chart.js', 'soundswallower']));
  });

  it('lists every package main requires, and no package only the renderer uses', () => {
    expect(Object.keys(packageJson.dependencies).sort()).toStrictEqual(mainPackages);
    for (const name of rendererOnly) expect(packageJson.dependencies, name).not.toHaveProperty(name);
  });
});

interface PackReport {
  appOutDir: string;
  resources: string;
  asarFile: string;
  asarFiles: string[];
  resourceFiles: string[];
  fuseWire: string;
  sizes: { asar: number; asarUnpacked: number; resources: number };
  deb: { args: string[]; desktopFile: string }[];
  appImage: { desktopFile: string; desktopFileName: string }[];
}

interface RunReport {
  error?: string;
  requires: { files: number; required: string[]; unresolved: string[] };
  created: boolean;
  plainDatabase: boolean;
  contacts: number;
  templates: number;
}

/** The production dependency tree as npm installed it (hoisted to the top of node_modules). */
function productionClosure(): Set<string> {
  const seen = new Set<string>();
  const queue = Object.keys(packageJson.dependencies);
  while (queue.length > 0) {
    const name = queue.shift() ?? '';
    if (seen.has(name)) continue;
    seen.add(name);
    const manifest = path.join(root, 'node_modules', name, 'package.json');
    if (!fs.existsSync(manifest)) continue;
    const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    queue.push(...Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies }));
  }
  return seen;
}

describe('the packaged app (electron-builder --linux dir, deb and AppImage, with a stand-in Electron)', () => {
  let temp: ReturnType<typeof makeTempDir> | undefined;
  let report: PackReport;
  let run: RunReport;
  let topLevel: string[];

  beforeAll(() => {
    if (!fs.existsSync(path.join(root, packageJson.main))) throw new Error('dist/ is missing: run npm run build');
    temp = makeTempDir('someday-pack-');
    const addon = path.join(
      root,
      'node_modules',
      'better-sqlite3-multiple-ciphers',
      'build',
      'Release',
      'better_sqlite3.node',
    );
    const packed = spawnSync(
      process.execPath,
      ['scripts/pack-stand-in.cjs', '--out', temp.dir, '--addon', addon, '--json'],
      { cwd: root, encoding: 'utf8', timeout: 240_000, maxBuffer: 64 * 1024 * 1024 },
    );
    if (packed.status !== 0) throw new Error(`pack-stand-in failed: ${packed.stderr}`);
    report = JSON.parse(packed.stdout) as PackReport;
    const extracted = path.join(temp.dir, 'app');
    (require('@electron/asar') as { extractAll: (from: string, to: string) => void }).extractAll(
      report.asarFile,
      extracted,
    );
    const dataDir = path.join(temp.dir, 'data');
    fs.mkdirSync(dataDir);
    const ran = spawnSync(
      process.execPath,
      [path.join(root, 'tests', 'helpers', 'run-packaged.cjs'), extracted, report.resources, dataDir],
      { cwd: temp.dir, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '' } },
    );
    run = JSON.parse(ran.stdout || JSON.stringify({ error: ran.stderr })) as RunReport;
    topLevel = [
      ...new Set(
        report.asarFiles
          .map((file) =>
            /^[/\\]node_modules[/\\](@[^/\\]+[/\\][^/\\]+|[^@/\\][^/\\]*)/.exec(file)?.[1]?.replace(/\\/g, '/'),
          )
          .filter((name): name is string => name !== undefined),
      ),
    ];
  }, 300_000);
  afterAll(() => temp?.cleanup());

  it('runs the main-process code from app.asar with the shipped addon: every require resolves inside it', () => {
    expect(run.error).toBeUndefined();
    expect(run.requires.unresolved).toStrictEqual([]);
    expect(run.requires.required).toStrictEqual(mainPackages);
    expect(run.created).toBe(true);
    expect(run.plainDatabase).toBe(false);
    expect(run.contacts).toBe(1);
    expect(run.templates).toBeGreaterThan(0);
  });

  it('ships the packages main requires and no renderer-only package', () => {
    for (const name of mainPackages) expect(topLevel, name).toContain(name);
    for (const name of rendererOnly) expect(topLevel, name).not.toContain(name);
    const closure = productionClosure();
    for (const name of topLevel) expect(closure.has(name), `${name} is not a production dependency`).toBe(true);
  });

  it('packs the built app and leaves out source maps, the addon build tree and the unused halves of date-fns and zod', () => {
    const files = new Set(report.asarFiles.map((file) => file.replace(/\\/g, '/')));
    for (const file of [
      '/package.json',
      `/${packageJson.main}`,
      '/dist/preload/preload.js',
      '/dist/renderer/index.html',
    ])
      expect(files.has(file), file).toBe(true);
    const all = [...files];
    expect(all.filter((file) => file.endsWith('.map'))).toStrictEqual([]);
    expect(all.filter((file) => file.startsWith('/node_modules/better-sqlite3-multiple-ciphers/build/'))).toStrictEqual(
      [],
    );
    expect(all.filter((file) => /\/node_modules\/date-fns\/(fp|locale\/(?!en-US|_lib))/.test(file))).toStrictEqual([]);
    expect(all.filter((file) => file.startsWith('/node_modules/zod/src/'))).toStrictEqual([]);
    expect(report.sizes.asarUnpacked).toBe(0);
    // 94 MB (asar and its unpacked folder) before renderer-only packages left the dependencies; 45.5 MB
    // with the coach's round-six weights (715 KB, in four bundles: main, the cue card, two workers), 46.1 MB
    // with round seven's (832 KB).
    expect(report.sizes.asar).toBeLessThan(47_000_000);
  });

  it('puts the addon, the templates and the AppArmor profile beside app.asar, and flips the fuses', () => {
    expect(report.resourceFiles).toEqual(
      expect.arrayContaining(['native/better_sqlite3.node', 'templates/scenarios', 'apparmor-profile']),
    );
    const profile = fs.readFileSync(path.join(report.resources, 'apparmor-profile'), 'utf8');
    expect(profile).toContain(`"/opt/Someday/${packageJson.name}"`);
    expect(profile).toContain('userns,');
    // runAsNode, cookie encryption, NODE_OPTIONS, --inspect, asar integrity, only-asar, V8 snapshot, file://
    expect(report.fuseWire).toBe('01001100');
  });

  it('computes the .deb metadata electron-builder hands to fpm: maintainer with an email, homepage, name', () => {
    expect(report.deb).toHaveLength(1);
    const [deb] = report.deb;
    const args = deb?.args ?? [];
    const value = (flag: string) => args[args.indexOf(flag) + 1];
    expect(value('--maintainer')).toMatch(/^[^<>]+ <[^@\s<>]+@[^@\s<>]+>$/);
    expect(value('--name')).toBe(packageJson.name);
    expect(value('--url')).toMatch(/^https:\/\//);
    expect(value('--license')).toBe('MIT');
    expect(args.some((arg) => arg.endsWith('linux-unpacked/=/opt/Someday'))).toBe(true);
    expect(deb?.desktopFile).toContain(`Exec=/opt/Someday/${packageJson.name} %U`);
  });

  it("computes the AppImage's desktop entry", () => {
    expect(report.appImage).toHaveLength(1);
    expect(report.appImage[0]?.desktopFileName).toBe(`${packageJson.name}.desktop`);
    expect(report.appImage[0]?.desktopFile).toMatch(/^Name=Someday$/m);
    expect(report.appImage[0]?.desktopFile).toMatch(/^Categories=Office;$/m);
  });

  it('names the desktop entry and the window class alike, so the dock ties the running window to the entry', () => {
    // Electron uses package.json's desktopName as the window's app_id and WM_CLASS; without it the
    // entry said StartupWMClass=Someday while the window's class was a slug of the name.
    expect(packageJson.desktopName).toBe(`${packageJson.name}.desktop`);
    const deb = report.deb[0];
    expect(deb?.desktopFile).toMatch(new RegExp(`^StartupWMClass=${packageJson.name}$`, 'm'));
    expect(report.appImage[0]?.desktopFile).toMatch(new RegExp(`^StartupWMClass=${packageJson.name}$`, 'm'));
    expect(deb?.args.some((arg) => arg.endsWith(`=/usr/share/applications/${packageJson.name}.desktop`))).toBe(true);
  });
});

describe('the macOS app folder (electron-builder --mac dir on Linux, with a stand-in Electron.app)', () => {
  let temp: ReturnType<typeof makeTempDir> | undefined;
  let mac: {
    infoPlist: Record<string, unknown>;
    helpers: string[];
    resourceFiles: string[];
    fuseWire: string;
  };

  beforeAll(() => {
    if (!fs.existsSync(path.join(root, packageJson.main))) throw new Error('dist/ is missing: run npm run build');
    const addon = path.join(
      root,
      'node_modules',
      'better-sqlite3-multiple-ciphers',
      'build',
      'Release',
      'better_sqlite3.node',
    );
    temp = makeTempDir('someday-pack-mac-');
    const packed = spawnSync(
      process.execPath,
      ['scripts/pack-stand-in.cjs', '--mac', '--out', temp.dir, '--addon', addon],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 240_000,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (packed.status !== 0) throw new Error(`pack-stand-in --mac failed: ${packed.stderr}`);
    mac = JSON.parse(packed.stdout) as typeof mac;
  }, 300_000);
  afterAll(() => temp?.cleanup());

  it("writes Info.plist with the app's id and the sentence that says why Someday listens", () => {
    expect(mac.infoPlist.CFBundleIdentifier).toBe('dev.someday.app');
    expect(mac.infoPlist.NSMicrophoneUsageDescription).toMatch(
      /^Someday uses the microphone only while you rehearse a call.*Nothing is sent anywhere\.$/,
    );
    expect(mac.infoPlist).not.toHaveProperty('NSCameraUsageDescription');
    expect(mac.infoPlist).toHaveProperty('ElectronAsarIntegrity');
  });

  it('renames the helpers, ships the addon beside app.asar and flips the fuses in the framework', () => {
    expect(mac.helpers).toEqual(expect.arrayContaining(['Someday Helper.app', 'Someday Helper (Renderer).app']));
    expect(mac.resourceFiles).toEqual(expect.arrayContaining(['app.asar', 'native/better_sqlite3.node']));
    expect(mac.fuseWire).toBe('01001100');
  });
});
