#!/usr/bin/env node
// `someday analyze|export|import|seed|hear|web …`: Someday's command-line tools, run from the Node build in
// dist/node (no recompiling per call). In a source checkout, a build older than the source is rebuilt
// first (tsc, a few seconds), so `npm run analyze` never runs stale code. See the README's CLI section.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const BUILD = path.join(ROOT, 'dist', 'node', 'main');
const COMMANDS = {
  analyze: { file: 'cli/analyze.js', about: 'run the coach on a draft in a text file' },
  export: { file: 'cli/export.js', about: 'write everything in a data folder to one export file' },
  import: { file: 'cli/import.js', about: 'check an export file and replace a data folder with it' },
  seed: { file: 'cli/seed.js', about: 'fill a data folder with synthetic data (contacts, drafts, interactions)' },
  hear: { file: 'cli/hear.js', about: 'run the rehearsal recogniser on a WAV recording' },
  web: { file: 'web/cli.js', about: 'browser mode: the app on 127.0.0.1 (needs `npm run build`)' },
};
const USAGE = [
  'Usage: someday <command> [options]   (or npm run <command> -- [options])',
  '',
  'Commands:',
  ...Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(8)} ${command.about}`),
  '',
  'Run `someday <command> --help` for its options.',
].join('\n');

/** The newest modification time of the TypeScript files under `dir` (0 when there are none). */
function newestSource(dir) {
  let newest = 0;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** In a source checkout, rebuilds the Node part when a source file is newer than the build. */
function ensureBuild(target) {
  const tsconfig = path.join(ROOT, 'tsconfig.node.json');
  const built = fs.existsSync(target) ? fs.statSync(target).mtimeMs : 0;
  if (!fs.existsSync(tsconfig)) return built > 0;
  const source = Math.max(newestSource(path.join(ROOT, 'core')), newestSource(path.join(ROOT, 'main')));
  if (built >= source) return true;
  let tsc;
  try {
    tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  } catch {
    return built > 0;
  }
  console.error('someday: the source changed since the last build; compiling it first (a few seconds)…');
  const result = spawnSync(process.execPath, [tsc, '-p', tsconfig], { cwd: ROOT, stdio: 'inherit' });
  return result.status === 0 && fs.existsSync(target);
}

const [name, ...rest] = process.argv.slice(2);
if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
  console.log(USAGE);
  process.exitCode = name === undefined ? 2 : 0;
} else if (!Object.hasOwn(COMMANDS, name)) {
  console.error(`someday: there is no command "${name}".\n${USAGE}`);
  process.exitCode = 2;
} else {
  const target = path.join(BUILD, COMMANDS[name].file);
  if (!ensureBuild(target)) {
    console.error('someday: the app is not built. Run `npm run build` in the Someday folder first.');
    process.exitCode = 2;
  } else {
    // Each command reads its options from process.argv and runs when loaded.
    process.argv = [process.argv[0], target, ...rest];
    require(target);
  }
}
