// `npm run setup:electron` (also the last step of `npm run setup`). Fetches what only a machine with
// internet access can fetch, and never fails the set-up; it prints what it skipped instead:
//  1. the Electron binary (electron >= 42 has no postinstall; without it `npm start` uses browser mode);
//  2. better-sqlite3 built for Electron's ABI, into native/electron/ (node_modules keeps the Node-ABI
//     build that the tests use). npm exports npm_config_nodedir=/usr from ~/.npmrc on some machines,
//     which makes node-gyp build against Node's headers and silently produce a Node-ABI addon labelled
//     as Electron's: that variable is never passed on, and a result is kept only if it has Electron's ABI.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.dirname(require.resolve('electron/package.json'));
const electronVersion = require('electron/package.json').version;
const abi = fs.readFileSync(path.join(electronDir, 'abi_version'), 'utf8').trim();
// The app opens every database with better-sqlite3-multiple-ciphers (SQLCipher-compatible encryption).
const bsqDir = path.dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
const target = path.join(root, 'native', 'electron', 'better_sqlite3.node');

const env = { ...process.env };
for (const key of Object.keys(env)) if (/^npm_config_nodedir$/i.test(key)) delete env[key];

function run(command, args, cwd = root, timeout = 600_000) {
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit', timeout });
  return result.status === 0;
}

function hasAbi(file, want) {
  return fs.existsSync(file) && fs.readFileSync(file).includes(`node_register_module_v${want}`);
}

function findNodeGyp() {
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    return path.join(
      path.dirname(process.execPath),
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    );
  }
}

function buildAddon() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bsq-electron-'));
  try {
    for (const entry of ['package.json', 'binding.gyp', 'lib', 'src', 'deps']) {
      fs.cpSync(path.join(bsqDir, entry), path.join(tmp, entry), { recursive: true });
    }
    const prebuild = path.join(root, 'node_modules', '.bin', 'prebuild-install');
    const built = path.join(tmp, 'build', 'Release', 'better_sqlite3.node');
    const ok =
      run(prebuild, ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch], tmp) ||
      run(
        process.execPath,
        [
          findNodeGyp(),
          'rebuild',
          '--release',
          '--runtime=electron',
          `--target=${electronVersion}`,
          `--arch=${process.arch}`,
          '--dist-url=https://electronjs.org/headers',
        ],
        tmp,
      );
    if (ok && hasAbi(built, abi)) {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(built, target);
      console.log(`ensure-electron: wrote ${path.relative(root, target)} (ABI ${abi})`);
      return undefined;
    }
    return `better-sqlite3 for Electron ABI ${abi}${ok ? ' (built, but with the wrong ABI: refused)' : ''}`;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function main() {
  if (process.env.SKIP_ELECTRON_SETUP) {
    console.log('ensure-electron: SKIP_ELECTRON_SETUP is set, nothing to do.');
    return;
  }
  const skipped = [];
  if (!run(process.execPath, [path.join(electronDir, 'install.js')]))
    skipped.push(`the Electron ${electronVersion} binary`);
  if (hasAbi(target, abi)) {
    console.log(`ensure-electron: ${path.relative(root, target)} already has ABI ${abi}.`);
  } else {
    try {
      const failed = buildAddon();
      if (failed) skipped.push(failed);
    } catch (error) {
      skipped.push(`better-sqlite3 for Electron ABI ${abi} (${error.message})`);
    }
  }
  if (skipped.length > 0) {
    console.warn(
      `ensure-electron: skipped (no network?): ${skipped.join('; ')}.\n` +
        '  Type-checking, unit tests, the build and browser mode do not need them; the desktop app and packaging do.\n' +
        '  Run `npm run setup:electron` again on a machine with internet access.',
    );
  } else {
    console.log('ensure-electron: Electron and its database engine are ready.');
  }
}

main();
