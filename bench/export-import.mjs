// Export and import of the benchmark's data through the real commands, each in its own process under
// /usr/bin/time -v: wall time, peak resident memory and file size; the restore goes into a folder that
// does not exist yet. Beside them, the JSON store's whole-file write of the same data (what an
// electron-store style app does on every save). `node bench/export-import.mjs [--quick]` after
// `npx tsc -p tsconfig.node.json`; run-bench.mjs calls `benchExportImport` on its own folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { FULL_SIZES, QUICK_SIZES, generateData, seedDatabase, writeJsonStore } from './lib/data.mjs';

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

/** Exports `dataDir` (encrypted and plain), restores the encrypted file into a new folder; returns the figures. */
export function benchExportImport({ dataDir, passphraseFile, workDir, jsonStoreWrite }) {
  const env = { ...process.env, SOMEDAY_PASSPHRASE_FILE: passphraseFile };
  const encrypted = path.join(workDir, 'bench-export.jsonl.gz.age');
  const plain = path.join(workDir, 'bench-export.jsonl.gz');
  for (const file of [encrypted, plain]) fs.rmSync(file, { force: true });
  const exportAge = timed([path.join(CLI, 'export.js'), '--data-dir', dataDir, '--out', encrypted], env);
  const exportPlain = timed([path.join(CLI, 'export.js'), '--data-dir', dataDir, '--plain', '--out', plain], env);
  const restoreDir = path.join(workDir, `restored-${Date.now()}`);
  const restore = timed([path.join(CLI, 'import.js'), '--data-dir', restoreDir, encrypted], env);
  const figures = {
    exportEncrypted: { ...exportAge, fileMb: Math.round(fs.statSync(encrypted).size / 1e5) / 10 },
    exportPlain: { ...exportPlain, fileMb: Math.round(fs.statSync(plain).size / 1e5) / 10 },
    restoreIntoNewFolder: restore,
    jsonStoreWholeFileWrite: jsonStoreWrite,
  };
  fs.rmSync(restoreDir, { recursive: true, force: true });
  return figures;
}

async function main() {
  const quick = process.argv.includes('--quick');
  const sizes = quick ? QUICK_SIZES : FULL_SIZES;
  const require = createRequire(path.join(ROOT, 'package.json'));
  const { unlockFolder } = require(path.join(ROOT, 'dist/node/main/protection/unlock.js'));
  const { createDatabaseOwner } = require(path.join(ROOT, 'dist/node/main/db/database-owner.js'));
  const { nextStepFor } = require(path.join(ROOT, 'dist/node/core/next-step.js'));
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'someday-bench-export-'));
  try {
    const dataDir = path.join(workDir, 'data');
    const passphraseFile = path.join(workDir, 'passphrase.txt');
    fs.writeFileSync(passphraseFile, 'bench passphrase, not a secret\n', { mode: 0o600 });
    fs.mkdirSync(dataDir, { mode: 0o700 });
    const { key } = unlockFolder(dataDir, { passphrase: 'bench passphrase, not a secret' });
    const owner = createDatabaseOwner(path.join(dataDir, 'someday.sqlite'), key);
    const data = generateData(sizes, nextStepFor);
    seedDatabase(owner.open(), data);
    owner.close();
    const started = performance.now();
    const jsonBytes = writeJsonStore(path.join(workDir, 'json', 'someday.json'), data);
    const jsonStoreWrite = {
      seconds: Math.round((performance.now() - started) / 100) / 10,
      fileMb: Math.round(jsonBytes / 1e5) / 10,
    };
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
