import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir';

/**
 * The `someday` bin entry (bin/someday.cjs): one command with subcommands that runs the Node build in
 * dist/node, rebuilding first only when a source file is newer. The real entry is run for its help and
 * through npx; a copy of it in a made-up app folder shows what it runs and when it compiles.
 */
const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin', 'someday.cjs');
const temp = makeTempDir('someday-bin-');
afterAll(() => temp.cleanup());

function run(bin: string, args: string[], cwd = temp.dir) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A made-up app folder: the real bin, a "build" whose analyze prints its arguments, maybe sources and a tsc. */
function fakeApp(name: string, options: { built: boolean; sources?: boolean }) {
  const root = path.join(temp.dir, name);
  fs.mkdirSync(path.join(root, 'bin'), { recursive: true });
  fs.copyFileSync(BIN, path.join(root, 'bin', 'someday.cjs'));
  const built = path.join(root, 'dist', 'node', 'main', 'cli', 'analyze.js');
  const script = "console.log('build ran with ' + JSON.stringify(process.argv.slice(2)));";
  if (options.built) {
    fs.mkdirSync(path.dirname(built), { recursive: true });
    fs.writeFileSync(built, script);
  }
  if (options.sources) {
    fs.writeFileSync(path.join(root, 'tsconfig.node.json'), '{}');
    fs.mkdirSync(path.join(root, 'main', 'cli'), { recursive: true });
    fs.writeFileSync(path.join(root, 'main', 'cli', 'analyze.ts'), '');
    // A stand-in compiler: writes the build and leaves a mark that it ran.
    const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    fs.mkdirSync(path.dirname(tsc), { recursive: true });
    fs.writeFileSync(
      tsc,
      `const fs = require('node:fs');
fs.mkdirSync(${JSON.stringify(path.dirname(built))}, { recursive: true });
fs.writeFileSync(${JSON.stringify(built)}, ${JSON.stringify(script)});
fs.appendFileSync(${JSON.stringify(path.join(root, 'compiled'))}, 'x');`,
    );
  }
  return {
    root,
    bin: path.join(root, 'bin', 'someday.cjs'),
    built,
    compiled: () =>
      fs.existsSync(path.join(root, 'compiled')) ? fs.readFileSync(path.join(root, 'compiled'), 'utf8').length : 0,
  };
}

describe('the someday bin entry', () => {
  it('is package.json\'s "someday" bin, an executable node script', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
      scripts: Record<string, string>;
    };
    expect(manifest.bin).toEqual({ someday: 'bin/someday.cjs' });
    expect(fs.readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(fs.statSync(BIN).mode & 0o111).not.toBe(0);
    for (const command of ['analyze', 'export', 'import', 'seed']) {
      expect(manifest.scripts[command]).toBe(`node bin/someday.cjs ${command}`);
    }
  });

  it('answers --help with its commands, and each command answers its own --help', () => {
    const help = run(BIN, ['--help']);
    expect(help.code).toBe(0);
    for (const command of ['analyze', 'export', 'import', 'seed', 'web'])
      expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    const analyze = run(BIN, ['analyze', '--help']);
    expect(analyze.code).toBe(0);
    expect(analyze.stdout).toMatch(/--channel call\|voicemail\|email\|linkedin\|letter/);
    expect(run(BIN, ['export', '--help']).stdout).toMatch(/--out FILE/);
    expect(run(BIN, ['import', '--help']).stdout).toMatch(/--dry-run/);
    expect(run(BIN, ['seed', '--help']).stdout).toMatch(/--contacts N/);
  });

  it('refuses an unknown command or none with exit code 2 and the list of commands', () => {
    for (const args of [['nonsense'], [], ['constructor'], ['__proto__']]) {
      const result = run(BIN, args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout + result.stderr).toMatch(/Commands:/);
    }
  });

  it('works through npx from the app folder', () => {
    const note = path.join(temp.dir, 'note.txt');
    fs.writeFileSync(note, 'Thank you for telling me yourself, Priya.\n');
    const result = spawnSync('npx', ['--offline', 'someday', 'analyze', '--json', note], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ file: note, channel: 'email', gratitude: true });
  });

  it('runs the build with the arguments after the command, without compiling when the build is newer', () => {
    const app = fakeApp('fresh', { built: true, sources: true });
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(app.built, later, later);
    const result = run(app.bin, ['analyze', '--json', 'draft.txt']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('build ran with ["--json","draft.txt"]\n');
    expect(app.compiled()).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('compiles once first when a source file is newer than the build', () => {
    const app = fakeApp('stale', { built: true, sources: true });
    const earlier = new Date(Date.now() - 60_000);
    fs.utimesSync(app.built, earlier, earlier);
    const result = run(app.bin, ['analyze', 'x']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/compiling/);
    expect(result.stdout).toBe('build ran with ["x"]\n');
    expect(app.compiled()).toBe(1);
    // Built now: the next call runs at once.
    expect(run(app.bin, ['analyze', 'y']).stdout).toBe('build ran with ["y"]\n');
    expect(app.compiled()).toBe(1);
  });

  it('says in one sentence that the app must be built when there is no build and nothing to build from', () => {
    const app = fakeApp('unbuilt', { built: false });
    const result = run(app.bin, ['analyze', 'x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('someday: the app is not built. Run `npm run build` in the Someday folder first.\n');
  });
});
