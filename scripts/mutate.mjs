/**
 * npm run mutate [-- --group web --group data] [--only path/of/one/module.ts] [--force] [--concurrency 1]
 * Runs Stryker once per module group of stryker.config.mjs (by default every group marked
 * runByDefault), one after another, and prints a table per module: mutants, killed, survived, no
 * coverage, score and the group's run time. Incremental: a rerun tests only what changed. --only
 * runs one module of a single group (its own report, reports/mutation/<group>--<module>.json). Other
 * options go to Stryker as they are: --force tests every mutant again, --concurrency 1 uses one worker.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GROUPS } from '../stryker.config.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const chosen = [];
const passOn = [];
let only = '';
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === '--group' && args[i + 1]) chosen.push(...args[(i += 1)].split(','));
  else if (args[i] === '--only' && args[i + 1]) only = args[(i += 1)];
  else if (args[i].startsWith('--group=')) chosen.push(...args[i].slice('--group='.length).split(','));
  else passOn.push(args[i]);
}
const names = chosen.length > 0 ? chosen : Object.keys(GROUPS).filter((name) => GROUPS[name].runByDefault);
const unknown = names.filter((name) => !GROUPS[name]);
if (unknown.length > 0) {
  console.error(`No mutation group "${unknown.join('", "')}". The groups are: ${Object.keys(GROUPS).join(', ')}.`);
  process.exit(2);
}
if (only && names.length !== 1) {
  console.error('--only takes one module of one group: name the group with --group.');
  process.exit(2);
}

/** Per-file counts from Stryker's JSON report (mutation-testing-report-schema). */
function summarize(report) {
  return Object.entries(report.files).map(([file, { mutants }]) => {
    const count = (...statuses) => mutants.filter((m) => statuses.includes(m.status)).length;
    const killed = count('Killed', 'Timeout');
    const survived = count('Survived');
    const noCoverage = count('NoCoverage');
    const valid = killed + survived + noCoverage;
    return { file, mutants: valid, killed, survived, noCoverage, score: valid ? (100 * killed) / valid : 100 };
  });
}

const rows = [];
let failed = false;
for (const name of names) {
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js'), 'run', 'stryker.config.mjs', ...passOn],
    { cwd: root, stdio: 'inherit', env: { ...process.env, MUTATE_GROUP: name, MUTATE_ONLY: only } },
  );
  const seconds = (Date.now() - started) / 1000;
  if (run.status !== 0) {
    console.error(`Stryker failed for the ${name} group (exit ${run.status}).`);
    failed = true;
    continue;
  }
  const reportName = only ? `${name}--${only.replace(/[^A-Za-z0-9]+/g, '-')}` : name;
  const report = JSON.parse(fs.readFileSync(path.join(root, `reports/mutation/${reportName}.json`), 'utf8'));
  for (const row of summarize(report)) rows.push({ group: name, ...row, seconds });
}

const line = (cells) => `| ${cells.join(' | ')} |`;
console.log(
  `\n${line(['group', 'module', 'mutants', 'killed', 'survived', 'no coverage', 'score', 'group run time'])}`,
);
console.log(line(Array(8).fill('---')));
for (const r of rows) {
  const time = `${Math.floor(r.seconds / 60)} min ${Math.round(r.seconds % 60)} s`;
  console.log(
    line([r.group, `\`${r.file}\``, r.mutants, r.killed, r.survived, r.noCoverage, `${r.score.toFixed(1)}%`, time]),
  );
}
process.exit(failed ? 1 : 0);
