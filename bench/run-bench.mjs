// `npm run bench [-- --json FILE] [--quick] [--runs N] [--dist DIR] [--skip-renderer] [--note TEXT] [--keep]
//   [--only A,B] [--skip-json] [--presses N] [--editor-before ROOT]`
//
// Builds synthetic data in a temporary folder (10,000 contacts, 100,000 drafts of mixed length up to
// 2,000 words; --quick: a few hundred), then times each operation in bench/lib/operations.mjs through
// the app's own compiled code (dist/node, from `tsc -p tsconfig.node.json`, which `npm run bench`
// runs first), side by side with raw better-sqlite3 statements (the floor) and a JSON-file store.
// Then the renderer figures with Chromium against browser mode (needs `npm run build`): initial
// JavaScript, contacts painted, keypress to frame in the editor, and the server's memory.
// Never part of `npm test`: timings depend on the machine. See bench/README.md for what each figure
// means and the targets.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import {
  addFixedDraft,
  BENCH_NOW,
  FULL_SIZES,
  generateData,
  QUICK_SIZES,
  SEARCH_QUERY,
  seedDatabase,
  writeJsonStore,
} from './lib/data.mjs';
import { buildCoachDraft } from './lib/coach-text.mjs';
import { benchExportImport, timeJsonStoreWrite } from './export-import.mjs';
import { compareKeypress } from './lib/editor-compare.mjs';
import { applyPragmas, buildOperations } from './lib/operations.mjs';
import { interleave, round, summarise } from './lib/stats.mjs';
import * as renderer from './lib/renderer.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE =
  'Usage: npm run bench -- [--json FILE] [--quick] [--runs N] [--dist DIR] [--skip-renderer] [--note TEXT] [--keep]' +
  ' [--only NAME,NAME] [--skip-json] [--presses N] [--editor-before ROOT] [--skip-export-import]';

const EDITOR_DRAFT_TITLE = 'Benchmark editor draft, 2,000 words';

const RUNS = {
  full: {
    data: { warmUp: 20, runs: 200 },
    open: { warmUp: 3, runs: 30 },
    export: { warmUp: 1, runs: 10 },
    json: { warmUp: 1, runs: 5 },
    coach: { warmUp: 300, runs: 2000 },
    paint: { warmUp: 1, runs: 7 },
    keys: { warmUp: 5, presses: 60, gapMs: 150 },
    idleMs: 10_000,
  },
  quick: {
    data: { warmUp: 3, runs: 20 },
    open: { warmUp: 1, runs: 5 },
    export: { warmUp: 1, runs: 3 },
    json: { warmUp: 1, runs: 2 },
    coach: { warmUp: 20, runs: 100 },
    paint: { warmUp: 0, runs: 2 },
    keys: { warmUp: 2, presses: 10, gapMs: 100 },
    idleMs: 1_000,
  },
};

/** Targets from issue 7 (figures, not tests). */
const TARGETS = {
  app_raw_ratio: 1.3,
  json_app_ratio_min: { autosave: 20, drafts_search: 20 },
  drafts_search_p95_ms: 10,
  autosave_p99_ms: 5,
  coach_1000_median_ms: 2,
  initial_js_gzip_kb: 200,
  contacts_paint_ms: 300,
  keypress_frame_p95_ms: 16,
  server_rss_mb: 150,
  transfer_peak_mb: 300,
};

function fail(message) {
  console.error(`bench: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

function parseOptions() {
  try {
    const { values } = parseArgs({
      options: {
        json: { type: 'string' },
        runs: { type: 'string' },
        dist: { type: 'string' },
        quick: { type: 'boolean', default: false },
        'skip-renderer': { type: 'boolean', default: false },
        note: { type: 'string', default: '' },
        keep: { type: 'boolean', default: false },
        only: { type: 'string' },
        'skip-json': { type: 'boolean', default: false },
        presses: { type: 'string' },
        'editor-before': { type: 'string' },
        'skip-export-import': { type: 'boolean', default: false },
      },
      strict: true,
    });
    return values;
  } catch (error) {
    return fail(error.message);
  }
}

/** The bench folder's passphrase (written to a file for browser mode) and, once set up, its data key. */
const BENCH_PASSPHRASE = 'bench passphrase, not a secret';
const BENCH_KEY = { current: null };

function loadApp(dist) {
  const require = createRequire(path.join(ROOT, 'package.json'));
  const need = (relative) => {
    const file = path.join(dist, relative);
    if (!fs.existsSync(file)) fail(`${file} is missing; build first (npx tsc -p tsconfig.node.json)`);
    return require(file);
  };
  return {
    // The app's data is encrypted: raw statements go through the same cipher build with the data key.
    Database: function KeyedDatabase(file, options = {}) {
      const connection = need('main/db/connection.js');
      return connection.openRaw(file, {
        ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
        key: BENCH_KEY.current,
      });
    },
    appContext: need('main/app-context.js'),
    connection: need('main/db/connection.js'),
    contacts: need('main/db/contacts-repository.js'),
    drafts: need('main/db/drafts-repository.js'),
    fts: need('main/db/fts.js'),
    contract: need('core/contract.js'),
    analyze: need('core/coach/analyze.js'),
    model: need('core/coach/model.js'),
    modelWeights: need('core/coach/model-weights.js'),
    followupPlan: need('core/followup-plan.js'),
    reminders: need('main/db/reminders-repository.js'),
    exportFile: need('main/data/export-file.js'),
    exportTables: need('main/data/table-registry.js'),
    cliPath: path.join(dist, 'main/web/cli.js'),
  };
}

function machineInfo(note) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memory_gb: round(os.totalmem() / 1024 ** 3, 1),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
    load_average_start: os.loadavg().map((n) => round(n, 2)),
    note,
  };
}

function makeClock(start) {
  let time = start.getTime();
  return { now: () => new Date(time), tick: (ms) => (time += ms) };
}

function formatMs(ms) {
  if (ms === undefined) return '';
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 1) return ms.toFixed(2);
  return ms.toFixed(3);
}

async function measureOperation(operation, runs) {
  const variants = {};
  for (const name of ['app', 'direct', 'raw', 'previous']) if (operation[name]) variants[name] = operation[name];
  if (operation.check) {
    const results = {};
    for (const name of ['app', 'raw', 'json', 'previous'])
      results[name] = operation[name] ? await operation[name](0) : null;
    // Without the JSON store (--skip-json) the floor stands in for it in the comparison.
    const third = results.json ?? results.raw;
    operation.check(results.app, results.raw, third);
    if (operation.previous) operation.check(results.app, results.previous, third);
  }
  const after = { app: operation.afterApp, raw: operation.afterRaw };
  const options = {
    warmUp: operation.warmUp ?? operation.runs.warmUp,
    runs: operation.runs.runs,
    beforeIteration: operation.before,
    afterEach: (name, result) => after[name]?.(result),
  };
  const samples = await interleave(variants, options);
  const figures = summarise(samples.app);
  if (samples.direct) figures.direct_median_ms = summarise(samples.direct).median_ms;
  if (samples.raw) {
    const raw = summarise(samples.raw);
    Object.assign(figures, { raw_median_ms: raw.median_ms, raw_p95_ms: raw.p95_ms, raw_p99_ms: raw.p99_ms });
  }
  if (samples.previous) figures.previous_median_ms = summarise(samples.previous).median_ms;
  if (operation.json) {
    const json = await interleave({ json: operation.json }, { ...runs.json, beforeIteration: operation.before });
    figures.json_store_median_ms = summarise(json.json).median_ms;
  }
  if (figures.raw_median_ms) figures.app_raw_ratio = round(figures.median_ms / figures.raw_median_ms, 2);
  if (figures.json_store_median_ms) figures.json_app_ratio = round(figures.json_store_median_ms / figures.median_ms, 1);
  if (figures.direct_median_ms !== undefined)
    figures.dispatch_overhead_ms = round(Math.max(0, figures.median_ms - figures.direct_median_ms));
  figures.what = operation.what;
  return figures;
}

/** The disk's own floor for a durable write: 4 KB written and fsynced, as each commit's WAL sync. */
function measureFsync(dir, runs) {
  const file = path.join(dir, 'fsync-probe');
  const block = Buffer.alloc(4096, 1);
  const times = [];
  const fd = fs.openSync(file, 'w');
  try {
    for (let i = 0; i < runs + 5; i += 1) {
      const start = performance.now();
      fs.writeSync(fd, block, 0, block.length, (i % 64) * 4096);
      fs.fsyncSync(fd);
      if (i >= 5) times.push(performance.now() - start);
    }
  } finally {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
  }
  return summarise(times);
}

function printOperations(operations) {
  const header = [
    'operation',
    'median',
    'p95',
    'p99',
    'raw',
    'app/raw',
    'json store',
    'json/app',
    'dispatch',
    'previous',
  ];
  const rows = Object.entries(operations).map(([name, f]) => [
    name,
    formatMs(f.median_ms),
    formatMs(f.p95_ms),
    formatMs(f.p99_ms),
    formatMs(f.raw_median_ms),
    f.app_raw_ratio ? `${f.app_raw_ratio}×` : '',
    formatMs(f.json_store_median_ms),
    f.json_app_ratio ? `${f.json_app_ratio}×` : '',
    formatMs(f.dispatch_overhead_ms),
    formatMs(f.previous_median_ms),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(
    '\nTimes in ms (median, p95, p99 of the app through dispatch; raw, JSON store and the previous query shape: medians)',
  );
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

function checkTargets(result) {
  const missed = [];
  const met = [];
  const note = (ok, text) => (ok ? met : missed).push(text);
  for (const [name, f] of Object.entries(result.operations)) {
    if (f.app_raw_ratio !== undefined)
      note(
        f.app_raw_ratio <= TARGETS.app_raw_ratio,
        `${name}: app/raw ${f.app_raw_ratio}× (target ≤ ${TARGETS.app_raw_ratio}×)`,
      );
  }
  for (const [name, min] of Object.entries(TARGETS.json_app_ratio_min)) {
    const ratio = result.operations[name]?.json_app_ratio;
    if (ratio !== undefined) note(ratio >= min, `${name}: JSON store/app ${ratio}× (target ≥ ${min}×)`);
  }
  const ops = result.operations;
  if (ops.drafts_search)
    note(
      ops.drafts_search.p95_ms <= TARGETS.drafts_search_p95_ms,
      `search p95 ${ops.drafts_search.p95_ms} ms (target ≤ 10)`,
    );
  if (ops.autosave)
    note(ops.autosave.p99_ms <= TARGETS.autosave_p99_ms, `autosave p99 ${ops.autosave.p99_ms} ms (target ≤ 5)`);
  if (ops.coach_1000_words)
    note(
      ops.coach_1000_words.median_ms <= TARGETS.coach_1000_median_ms,
      `coach 1,000 words ${ops.coach_1000_words.median_ms} ms (target ≤ 2)`,
    );
  const transfer = result.export_import;
  if (transfer?.jsonStoreWholeFileWrite) {
    const json = transfer.jsonStoreWholeFileWrite.seconds;
    for (const name of ['exportEncrypted', 'exportPlain'])
      note(
        transfer[name].seconds <= json,
        `${name} ${transfer[name].seconds} s (target ≤ the JSON store's write, ${json} s)`,
      );
  }
  if (transfer)
    for (const name of ['exportEncrypted', 'exportPlain', 'importOverData', 'restoreIntoEmptyFolder'])
      note(
        transfer[name].peakMb <= TARGETS.transfer_peak_mb,
        `${name} peak ${transfer[name].peakMb} MB resident (target ≤ ${TARGETS.transfer_peak_mb})`,
      );
  for (const key of ['initial_js_gzip_kb', 'contacts_paint_ms', 'keypress_frame_p95_ms', 'server_rss_mb']) {
    if (result[key] !== undefined)
      note(result[key] <= TARGETS[key], `${key} ${result[key]} (target ≤ ${TARGETS[key]})`);
  }
  return { met, missed };
}

async function seed(app, workDir, sizes) {
  const started = performance.now();
  const dataDir = path.join(workDir, 'data');
  const base = { dataDir, mode: 'browser', version: 'bench', templatesDir: path.join(ROOT, 'templates') };
  // The app creates, encrypts and migrates its own data file (scrypt once, at the app's own cost); rows
  // then go in with raw statements through the same cipher (quicker). Later contexts get the data key.
  const unlockStarted = performance.now();
  const first = app.appContext.createAppContext({ ...base, secret: { passphrase: BENCH_PASSPHRASE } });
  const unlockMs = performance.now() - unlockStarted;
  const databaseFile = first.ctx.info.databaseFile;
  BENCH_KEY.current = Buffer.from(first.database.key());
  first.close();
  // A fresh copy for each context: an app context overwrites its key in memory when it closes.
  const options = {
    ...base,
    get secret() {
      return { dataKey: Buffer.from(BENCH_KEY.current) };
    },
  };
  fs.writeFileSync(path.join(workDir, 'passphrase.txt'), `${BENCH_PASSPHRASE}\n`, { mode: 0o600 });
  const data = generateData(sizes);
  const fixed = {
    autosaveWords: 1000,
    app: addFixedDraft(data, { title: 'Benchmark autosave draft (app)', body: data.text(1000), minutesAgo: 2 }),
    direct: addFixedDraft(data, { title: 'Benchmark autosave draft (direct)', body: data.text(1000), minutesAgo: 3 }),
    raw: addFixedDraft(data, { title: 'Benchmark autosave draft (raw)', body: data.text(1000), minutesAgo: 4 }),
    previous: addFixedDraft(data, {
      title: 'Benchmark autosave draft (previous)',
      body: data.text(1000),
      minutesAgo: 5,
    }),
    editor: addFixedDraft(data, { title: EDITOR_DRAFT_TITLE, body: buildCoachDraft(2000), minutesAgo: 1 }),
    coach1000: { subject: 'Thank you, Priya', body: buildCoachDraft(1000) },
    coach100k: { subject: 'Thank you, Priya', body: buildCoachDraft(100_000) },
  };
  const db = new app.Database(databaseFile);
  applyPragmas(db);
  seedDatabase(db, data);
  db.close();
  const jsonFile = path.join(workDir, 'json-store', 'someday.json');
  const jsonBytes = writeJsonStore(jsonFile, data);
  const dbBytes = fs.statSync(databaseFile).size;
  const words = data.drafts.reduce((sum, d) => sum + d.body.split(/\s+/).length, 0);
  return {
    dataDir,
    databaseFile,
    jsonFile,
    options,
    fixed,
    summary: {
      contacts: data.contacts.length,
      drafts: data.drafts.length,
      draft_words_mean: Math.round(words / data.drafts.length),
      revisions: data.revisions.length,
      interactions: data.interactions.length,
      reminders: data.reminders.length,
      reminders_pending: data.reminders.filter((r) => r.state === 'pending').length,
      database_mb: round(dbBytes / 1024 ** 2, 1),
      json_store_mb: round(jsonBytes / 1024 ** 2, 1),
      seed_seconds: round((performance.now() - started) / 1000, 1),
      unlock_new_folder_ms: round(unlockMs, 0),
      search_query: SEARCH_QUERY,
    },
  };
}

async function measureRenderer(app, seeded, runs, sizes) {
  const rendererDir = path.join(ROOT, 'dist', 'renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) fail('dist/renderer is missing; run `npm run build` first');
  const initial = renderer.initialJavaScript(rendererDir);
  console.log(`initial JavaScript: ${initial.kb} KB gzip (${initial.files.join(', ')})`);
  const server = await renderer.startBrowserMode(
    app.cliPath,
    seeded.dataDir,
    path.join(path.dirname(seeded.dataDir), 'passphrase.txt'),
  );
  let browser;
  try {
    browser = await renderer.launchChromium();
    const unarchived = (await countUnarchived(app, seeded.databaseFile)) ?? sizes.contacts;
    const paint = await renderer.contactsPaint(browser, server.url, { ...runs.paint, expectedRows: unarchived });
    console.log(`contacts painted (${unarchived} contacts): median ${paint.median_ms} ms over ${paint.runs} loads`);
    const afterList = renderer.residentMemory(server.pid);
    const keys = await renderer.keypressFrames(browser, server.url, { ...runs.keys, draftTitle: EDITOR_DRAFT_TITLE });
    console.log(`keypress to frame (2,000-word draft, coach on): p95 ${keys.p95_ms} ms, median ${keys.median_ms} ms`);
    const afterEditor = renderer.residentMemory(server.pid);
    // Resident memory once the server has been idle a while (V8 gives back what the large contacts
    // answers used); the figures right after each step and the peak are kept beside it.
    await sleep(runs.idleMs);
    const memory = renderer.residentMemory(server.pid);
    console.log(
      `browser-mode server memory: ${memory.rss_mb} MB resident after ${runs.idleMs / 1000} s idle ` +
        `(${afterList.rss_mb} MB after the contacts loads, ${afterEditor.rss_mb} MB after the editor, peak ${memory.peak_mb} MB)`,
    );
    return {
      initial_js_gzip_kb: initial.kb,
      contacts_paint_ms: paint.median_ms,
      keypress_frame_p95_ms: keys.p95_ms,
      server_rss_mb: memory.rss_mb,
      renderer: {
        initial_js_files: initial.files,
        contacts_paint: { ...paint, contacts: unarchived },
        keypress_frame: keys,
        server_memory: { after_contacts_list: afterList, after_editor: afterEditor, after_idle: memory },
      },
    };
  } finally {
    await browser?.close();
    await server.stop();
  }
}

const EXPORT_IMPORT = 'export_import';

/**
 * The data folder's export and import through the real commands, each in its own process under
 * /usr/bin/time -v (bench/export-import.mjs), beside the JSON store's whole-file write of the same data.
 */
function measureExportImport(seeded, workDir) {
  console.log('\nExport and import (the command line, one process each, /usr/bin/time -v):');
  // One write, a few seconds even at full size, so it runs with --skip-json too.
  const jsonStoreWrite = timeJsonStoreWrite(seeded.jsonFile, path.join(workDir, 'scratch', 'json-store-write.json'));
  const figures = benchExportImport({
    dataDir: seeded.dataDir,
    passphraseFile: path.join(workDir, 'passphrase.txt'),
    workDir: path.join(workDir, 'scratch'),
    jsonStoreWrite,
  });
  for (const [name, f] of Object.entries(figures)) {
    if (!f) continue;
    const memory = f.peakMb === undefined ? '' : `, peak ${f.peakMb} MB resident`;
    const file = f.fileMb === undefined ? '' : `, file ${f.fileMb} MB`;
    const load = f.load === undefined ? '' : ` (load ${f.load})`;
    console.log(`  ${name}: ${f.seconds} s${memory}${file}${load}`);
  }
  return figures;
}

/** Keypress to frame in this build and in an earlier one (`--editor-before`), in turns, in this run. */
async function compareEditors(app, seeded, runs, values) {
  const browser = await renderer.launchChromium();
  try {
    const compared = await compareKeypress(browser, {
      beforeRoot: values['editor-before'],
      afterCli: app.cliPath,
      dataDir: seeded.dataDir,
      passphraseFile: path.join(path.dirname(seeded.dataDir), 'passphrase.txt'),
      keys: runs.keys,
      draftTitle: EDITOR_DRAFT_TITLE,
    });
    console.log(
      `keypress to frame, before and after in turns (${compared.rounds} rounds): p95 ${compared.before.p95_ms} → ` +
        `${compared.after.p95_ms} ms (×${compared.p95_ratio}), median ${compared.before.median_ms} → ` +
        `${compared.after.median_ms} ms (×${compared.median_ratio})`,
    );
    return compared;
  } finally {
    await browser.close();
  }
}

async function countUnarchived(app, databaseFile) {
  const db = new app.Database(databaseFile, { readonly: true });
  try {
    return db.prepare('SELECT count(*) AS n FROM contacts WHERE archived_at IS NULL').get().n;
  } finally {
    db.close();
  }
}

async function main() {
  const values = parseOptions();
  const mode = values.quick ? 'quick' : 'full';
  const runs = JSON.parse(JSON.stringify(RUNS[mode]));
  if (values.runs !== undefined) {
    const coachRuns = Number(values.runs);
    if (!Number.isInteger(coachRuns) || coachRuns < 10) fail('--runs must be a whole number of at least 10');
    runs.coach.runs = coachRuns;
  }
  if (values.presses !== undefined) {
    const presses = Number(values.presses);
    if (!Number.isInteger(presses) || presses < 10) fail('--presses must be a whole number of at least 10');
    runs.keys.presses = presses;
  }
  if (values['editor-before'] !== undefined && !fs.existsSync(path.join(values['editor-before'], 'dist', 'node')))
    fail('--editor-before must be an app root with a built dist/ (from `npm run build` at the earlier commit)');
  const sizes = values.quick ? QUICK_SIZES : FULL_SIZES;
  const dist = path.resolve(values.dist ?? path.join(ROOT, 'dist/node'));
  const app = loadApp(dist);
  const result = { mode, machine: machineInfo(values.note) };
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'someday-bench-'));
  console.log(
    `Someday benchmark (${mode}) in ${workDir}; ${result.machine.cpu}, ${result.machine.cores} cores, Node ${process.version}`,
  );
  try {
    console.log(`building data: ${sizes.contacts} contacts, ${sizes.drafts} drafts…`);
    const seeded = await seed(app, workDir, sizes);
    result.data = seeded.summary;
    console.log(
      `data ready in ${seeded.summary.seed_seconds} s: SQLite ${seeded.summary.database_mb} MB, JSON store ${seeded.summary.json_store_mb} MB`,
    );

    result.machine.fsync_4kb = measureFsync(path.dirname(seeded.databaseFile), values.quick ? 20 : 200);
    console.log(
      `disk: 4 KB write + fsync median ${formatMs(result.machine.fsync_4kb.median_ms)} ms, p99 ${formatMs(result.machine.fsync_4kb.p99_ms)} ms`,
    );
    const clock = makeClock(BENCH_NOW);
    const contextOptions = () => ({ ...seeded.options, now: clock.now });
    const appContext = app.appContext.createAppContext(contextOptions());
    const rawDb = new app.Database(seeded.databaseFile);
    applyPragmas(rawDb);
    const scratchDir = path.join(workDir, 'scratch');
    fs.mkdirSync(scratchDir);
    const env = {
      app: appContext,
      modules: app,
      rawDb,
      key: BENCH_KEY.current,
      Database: app.Database,
      databaseFile: seeded.databaseFile,
      jsonFile: seeded.jsonFile,
      scratchDir,
      clock,
      fixed: seeded.fixed,
      contextOptions,
      runs: { data: runs.data, open: runs.open, export: runs.export, coach: runs.coach },
    };
    result.operations = {};
    try {
      const only = values.only?.split(',').map((name) => name.trim());
      const operations = buildOperations(env);
      const unknown =
        only?.filter((name) => name !== EXPORT_IMPORT && !operations.some((operation) => operation.name === name)) ??
        [];
      if (unknown.length > 0) fail(`--only names no operation called ${unknown.join(', ')}`);
      for (const operation of operations.filter((entry) => !only || only.includes(entry.name))) {
        // The JSON store reads its 300 MB file on every run (half a minute each on a busy machine).
        if (values['skip-json']) delete operation.json;
        process.stdout.write(`${operation.name}… `);
        const figures = await measureOperation(operation, runs);
        result.operations[operation.name] = figures;
        console.log(`median ${formatMs(figures.median_ms)} ms`);
      }
      if (env.searchMatches !== undefined) result.data.search_matches = env.searchMatches;
      if (env.todayItems !== undefined) result.data.today_items = env.todayItems;
      if (env.exportedRows !== undefined) result.data.exported_rows = env.exportedRows;
      if (env.exportMb !== undefined) result.data.export_mb = env.exportMb;
    } finally {
      rawDb.close();
      appContext.close();
    }
    result.pending = [];
    printOperations(result.operations);

    const only = values.only?.split(',').map((name) => name.trim());
    if (!values['skip-export-import'] && (!only || only.includes(EXPORT_IMPORT))) {
      result.export_import = measureExportImport(seeded, workDir);
    }

    if (!values['skip-renderer']) {
      console.log('\nRenderer (Chromium against browser mode):');
      Object.assign(result, await measureRenderer(app, seeded, runs, sizes));
      if (values['editor-before'])
        result.renderer.keypress_before_after = await compareEditors(app, seeded, runs, values);
    }
    result.machine.load_average_end = os.loadavg().map((n) => round(n, 2));
    const { met, missed } = checkTargets(result);
    result.targets = { met, missed };
    console.log(`\nTargets met (${met.length}):\n  ${met.join('\n  ')}`);
    console.log(`Targets missed (${missed.length}):\n  ${missed.join('\n  ') || '(none)'}`);
    console.log(
      `Load average: ${result.machine.load_average_start.join(' ')} at start, ${result.machine.load_average_end.join(' ')} at end`,
    );
    if (values.json) {
      fs.writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
      console.log(`figures written to ${values.json}`);
    }
  } finally {
    if (values.keep) console.log(`data kept in ${workDir}`);
    else fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error}`);
  process.exit(1);
});
