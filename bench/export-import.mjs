// Export and import of the benchmark's data through the real commands, each in its own process under
// /usr/bin/time -v: wall time, peak resident memory and file size, for the export (encrypted and plain),
// the import of the plain file over the same data, and a restore into an empty folder. Beside them, the
// JSON store's whole-file write of the same data (what an electron-store style app does on every save).
// `node bench/export-import.mjs [--quick]` after `npx tsc -p tsconfig.node.json`; `npm run bench` runs
// `benchExportImport` on its own folder after the data operations (`--skip-export-import` leaves it out).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { FULL_SIZES, QUICK_SIZES, generateData, seedDatabase, writeJsonStore } from './lib/data.mjs';
import { readStore, writeStore } from './lib/json-store.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist/node/main/cli');

function timed(args, env) {
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? NaN);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(result.stderr)?.[1] ?? '';
  const seconds = wall.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
  return { seconds: Math.round(seconds * 10) / 10, peakMb: Math.round(rss / 1024) };
}

/**
 * Exports `dataDir` (encrypted and plain), imports the plain file back over the same data (a backup
 * first, then every table replaced), and restores the encrypted file into an empty folder; each in its
 * own process under /usr/bin/time -v. Returns the figures, with the load average before each step.
 */
export function benchExportImport({ dataDir, passphraseFile, workDir, jsonStoreWrite }) {
  const env = { ...process.env, SOMEDAY_PASSPHRASE_FILE: passphraseFile };
  const encrypted = path.join(workDir, 'bench-export.jsonl.gz.age');
  const plain = path.join(workDir, 'bench-export.jsonl.gz');
  for (const file of [encrypted, plain]) fs.rmSync(file, { force: true });
  const step = (args) => ({
    load: os.loadavg()[0].toFixed(2),
    ...timed([path.join(CLI, ...args.slice(0, 1)), ...args.slice(1)], env),
  });
  const exportAge = step(['export.js', '--data-dir', dataDir, '--out', encrypted]);
  const exportPlain = step(['export.js', '--data-dir', dataDir, '--plain', '--out', plain]);
  const importPlain = step(['import.js', '--data-dir', dataDir, plain]);
  const restoreDir = path.join(workDir, `restored-${Date.now()}`);
  fs.mkdirSync(restoreDir, { mode: 0o700 });
  const restore = step(['import.js', '--data-dir', restoreDir, encrypted]);
  const figures = {
    exportEncrypted: { ...exportAge, fileMb: Math.round(fs.statSync(encrypted).size / 1e5) / 10 },
    exportPlain: { ...exportPlain, fileMb: Math.round(fs.statSync(plain).size / 1e5) / 10 },
    importOverData: importPlain,
    restoreIntoEmptyFolder: restore,
    jsonStoreWholeFileWrite: jsonStoreWrite,
  };
  fs.rmSync(restoreDir, { recursive: true, force: true });
  for (const file of [encrypted, plain]) fs.rmSync(file, { force: true });
  return figures;
}

/** The JSON store's whole-file write of its data (stringify, temp file, fsync, rename), timed in this process. */
export function timeJsonStoreWrite(jsonFile, target) {
  const document = readStore(jsonFile);
  const started = performance.now();
  writeStore(target, document);
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const fileMb = Math.round(fs.statSync(target).size / 1e5) / 10;
  fs.rmSync(target, { force: true });
  return { seconds, fileMb };
}

async function main() {
  const quick = process.argv.includes('--quick');
  const sizes = quick ? QUICK_SIZES : FULL_SIZES;
  const require = createRequire(path.join(ROOT, 'package.json'));
  const { unlockFolder } = require(path.join(ROOT, 'dist/node/main/protection/unlock.js'));
  const { createDatabaseOwner } = require(path.join(ROOT, 'dist/node/main/db/database-owner.js'));
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'someday-bench-export-'));
  try {
    const dataDir = path.join(workDir, 'data');
    const passphraseFile = path.join(workDir, 'passphrase.txt');
    fs.writeFileSync(passphraseFile, 'bench passphrase, not a secret\n', { mode: 0o600 });
    fs.mkdirSync(dataDir, { mode: 0o700 });
    const { key } = unlockFolder(dataDir, { passphrase: 'bench passphrase, not a secret' });
    const owner = createDatabaseOwner(path.join(dataDir, 'someday.sqlite'), key);
    const data = generateData(sizes);
    seedDatabase(owner.open(), data);
    owner.close();
    const jsonFile = path.join(workDir, 'json', 'someday.json');
    writeJsonStore(jsonFile, data);
    const jsonStoreWrite = timeJsonStoreWrite(jsonFile, path.join(workDir, 'json', 'written.json'));
    const figures = benchExportImport({ dataDir, passphraseFile, workDir, jsonStoreWrite });
    const rows =
      data.contacts.length +
      data.drafts.length +
      data.revisions.length +
      data.interactions.length +
      data.reminders.length;
    console.log(
      JSON.stringify(
        {
          sizes,
          rows,
          databaseMb: Math.round(fs.statSync(path.join(dataDir, 'someday.sqlite')).size / 1e5) / 10,
          ...figures,
        },
        null,
        2,
      ),
    );
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
