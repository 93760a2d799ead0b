// `npm start` and `npm test` run this first, so a fresh clone needs only those two commands. With no
// node_modules, or one that no longer matches package-lock.json, it runs `npm run setup` (npm ci, then the
// Electron binary and its native build where the network allows). When better-sqlite3's native build does
// not load, it rebuilds it. With --tests on Debian without Chromium it says how to get it for the
// end-to-end tests. When everything is in place it does nothing and prints nothing. Plain Node only:
// it runs before any dependency exists.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Why node_modules does not match the lock file, or null when it does. */
export function staleReason(lock, installed) {
  if (!installed) return 'node_modules is missing';
  for (const [key, entry] of Object.entries(lock?.packages ?? {})) {
    if (key === '' || entry.optional || entry.link) continue;
    const have = installed.packages?.[key]?.version;
    if (have !== entry.version)
      return `${key.replace(/^node_modules\//, '')} is ${have ?? 'missing'}, the lock file has ${entry.version}`;
  }
  return null;
}

function npm(args) {
  const npmCli = process.env.npm_execpath;
  const [command, fullArgs] = npmCli ? [process.execPath, [npmCli, ...args]] : ['npm', args];
  return spawnSync(command, fullArgs, { cwd: root, stdio: 'inherit', shell: !npmCli && process.platform === 'win32' })
    .status;
}

function nativeLoads() {
  const require = createRequire(path.join(root, 'package.json'));
  try {
    for (const name of ['better-sqlite3', 'better-sqlite3-multiple-ciphers']) {
      const Database = require(name);
      new Database(':memory:').close();
    }
    return true;
  } catch {
    return false;
  }
}

function main() {
  const lock = readJson(path.join(root, 'package-lock.json'));
  const installed = fs.existsSync(path.join(root, 'node_modules'))
    ? readJson(path.join(root, 'node_modules', '.package-lock.json'))
    : null;
  const stale = staleReason(lock, installed);
  if (stale) {
    console.log(`someday: installing what is missing (${stale}): npm run setup`);
    if (npm(['run', 'setup']) !== 0) {
      console.error('someday: npm run setup failed; see the messages above.');
      process.exit(1);
    }
  }
  if (!nativeLoads()) {
    console.log('someday: the SQLite native build does not load here; rebuilding it (about two minutes)');
    if (npm(['rebuild', 'better-sqlite3', 'better-sqlite3-multiple-ciphers']) !== 0 || !nativeLoads()) {
      console.error(
        'someday: the SQLite native build failed. It needs a C++ toolchain (on Debian: sudo apt-get install build-essential python3).',
      );
      process.exit(1);
    }
  }
  const debian = fs.existsSync('/etc/debian_version');
  if (process.argv.includes('--tests') && debian && !fs.existsSync('/usr/bin/chromium')) {
    console.log('someday: the end-to-end tests need Chromium: sudo apt-get install chromium (they fail without it).');
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
