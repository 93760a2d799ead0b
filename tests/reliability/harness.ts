/**
 * The parent side of the crash, power-cut and full-disk tests: start tests/reliability/writer.cjs (the
 * app's own code from dist/) on a data folder, kill it at a random moment, then reopen the folder with
 * the app's connection code and check every acknowledged save against the database.
 */
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAppContext } from '../../main/app-context';
import { closeDatabase } from '../../main/db/connection';
import { openWithKey } from '../helpers/protected-folder';
import { TEST_KDF, TEST_PASSPHRASE } from '../helpers/test-app';

export const APP_ROOT = path.resolve(__dirname, '..', '..');
export const WRITER = path.join(__dirname, 'writer.cjs');
const BUILT_APP_CONTEXT = path.join(APP_ROOT, 'dist/node/main/app-context.js');

export function assertBuilt(): void {
  if (!fs.existsSync(BUILT_APP_CONTEXT)) {
    throw new Error('The Node build is missing (dist/node). Run `npx tsc -p tsconfig.node.json` or `npm run build`.');
  }
}

/** Figures are read from the environment so `npm run reliability -- --kills 500` can raise them. */
export function countFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export function hash(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export interface WriterRun {
  lines: string[];
  stderr: string;
  signal: NodeJS.Signals | null;
  code: number | null;
}

export interface WriterOptions {
  dataDir: string;
  mode?: 'work' | 'fill';
  seed: number;
  epoch: number;
  env?: NodeJS.ProcessEnv;
  /** Kill this long after the writer is ready (ms)… */
  killAfterMs?: number;
  /** …or once it has acknowledged this many saves. Without either, wait for it to exit. */
  killAfterAcks?: number;
}

/** Runs the writer once and returns every complete line it printed before it died. */
export function runWriter(options: WriterOptions): Promise<WriterRun> {
  const child = spawn(
    process.execPath,
    [WRITER, options.dataDir, options.mode ?? 'work', String(options.seed), String(options.epoch)],
    { cwd: APP_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } },
  );
  let out = '';
  let stderr = '';
  let acks = 0;
  let timer: NodeJS.Timeout | undefined;
  const kill = () => child.kill('SIGKILL');
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  child.stdout.on('data', (chunk: string) => {
    const ready = !out.includes('ready ') && (out + chunk).includes('ready ');
    out += chunk;
    if (ready && options.killAfterMs !== undefined) timer = setTimeout(kill, options.killAfterMs);
    if (options.killAfterAcks !== undefined) {
      acks += (chunk.match(/\n/g) ?? []).length;
      if (acks > options.killAfterAcks) kill();
    }
  });
  return new Promise((resolve, reject) => {
    const watchdog = setTimeout(() => {
      kill();
      reject(new Error(`The writer never finished. stderr: ${stderr}`));
    }, 60_000);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(watchdog);
      if (timer) clearTimeout(timer);
      const complete = out.slice(0, out.lastIndexOf('\n') + 1);
      resolve({ lines: complete.split('\n').filter(Boolean), stderr, code, signal });
    });
  });
}

/** Everything the writers have acknowledged so far, across all kills on one data folder. */
export class Ledger {
  readonly contacts = new Map<number, { name: string; hash: string }>();
  readonly drafts = new Set<number>();
  readonly saves = new Map<number, { version: number; hash: string }>();
  readonly batches = new Map<string, number>();
  acknowledged = 0;

  /** Records a writer's acknowledgements; returns how many there were. */
  record(lines: string[]): number {
    let count = 0;
    for (const line of lines) {
      const [kind, a = '', b = '', c = ''] = line.split(' ');
      if (kind === 'C') this.contacts.set(Number(a), { name: b, hash: c });
      else if (kind === 'D') this.drafts.add(Number(a));
      else if (kind === 'S') this.saves.set(Number(a), { version: Number(b), hash: c });
      else if (kind === 'B') this.batches.set(a, Number(b));
      else continue;
      count += 1;
    }
    this.acknowledged += count;
    return count;
  }
}

export interface Verdict {
  integrity: string;
  foreignKeyProblems: number;
  /** Acknowledged saves missing or older than acknowledged: must always be empty. */
  lost: string[];
  /** Transactions found half applied: must always be empty. */
  partial: string[];
  /** Saves that committed but were killed before their acknowledgement (allowed, counted). */
  committedUnacknowledged: number;
}

interface DraftCheckRow {
  id: number;
  subject: string;
  body: string;
  rev_subject: string | null;
  rev_body: string | null;
}

/** Reopens the folder with the app's own connection code (recovery, pragmas, migrations) and checks it. */
export function verify(dataDir: string, ledger: Ledger): Verdict {
  const db = openWithKey(dataDir);
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .join('; ');
    const foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length;
    const lost: string[] = [];
    const partial: string[] = [];
    let committedUnacknowledged = 0;

    const contacts = new Map(
      (
        db.prepare("SELECT id, name, company, notes FROM contacts WHERE name LIKE 'c-%'").all() as {
          id: number;
          name: string;
          company: string;
          notes: string;
        }[]
      ).map((row) => [row.id, row]),
    );
    for (const [id, expected] of ledger.contacts) {
      const row = contacts.get(id);
      if (!row || row.name !== expected.name || hash(row.notes) !== expected.hash) lost.push(`contact ${id}`);
    }
    for (const row of contacts.values()) {
      if (row.company !== `h:${hash(row.notes)}`) partial.push(`contact ${row.id} has a torn row`);
      if (!ledger.contacts.has(row.id)) committedUnacknowledged += 1;
    }

    const drafts = db
      .prepare(
        `SELECT d.id, d.subject, d.body, r.subject AS rev_subject, r.body AS rev_body FROM drafts d
         LEFT JOIN draft_revisions r ON r.id = (SELECT max(id) FROM draft_revisions WHERE draft_id = d.id)`,
      )
      .all() as DraftCheckRow[];
    const draftsById = new Map(drafts.map((row) => [row.id, row]));
    for (const id of ledger.drafts) if (!draftsById.has(id)) lost.push(`draft ${id}`);
    for (const row of drafts) {
      if (!ledger.drafts.has(row.id)) committedUnacknowledged += 1;
      const fresh = row.body === '' && row.subject === '';
      if (!fresh && row.subject !== `h:${hash(row.body)}`) partial.push(`draft ${row.id} has a torn row`);
      if (row.rev_subject !== row.subject || row.rev_body !== row.body) {
        partial.push(`draft ${row.id} was saved without its revision`);
      }
    }
    for (const [id, expected] of ledger.saves) {
      const row = draftsById.get(id);
      const version = Number(/^v(\d+):/.exec(row?.body ?? '')?.[1] ?? -1);
      if (!row || version < expected.version) lost.push(`autosave ${expected.version} of draft ${id}`);
      else if (version === expected.version && hash(row.body) !== expected.hash) lost.push(`draft ${id} text`);
      else if (version > expected.version) committedUnacknowledged += 1;
    }

    const batches = new Map(
      (
        db.prepare("SELECT company, count(*) AS n FROM contacts WHERE company LIKE 'b-%' GROUP BY company").all() as {
          company: string;
          n: number;
        }[]
      ).map((row) => [row.company.split('/')[0] ?? '', { size: Number(row.company.split('/')[1]), n: row.n }]),
    );
    for (const [batch, size] of ledger.batches) {
      const found = batches.get(batch);
      if (!found) lost.push(`batch ${batch}`);
      else if (found.n !== size) partial.push(`batch ${batch}: ${found.n} of ${size} rows`);
    }
    for (const [batch, found] of batches) {
      if (found.n !== found.size) partial.push(`batch ${batch}: ${found.n} of ${found.size} rows`);
      if (!ledger.batches.has(batch)) committedUnacknowledged += 1;
    }
    return { integrity, foreignKeyProblems, lost, partial, committedUnacknowledged };
  } finally {
    closeDatabase(db);
  }
}

export function makeDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Creates and migrates the database once, so every run starts from a durable, complete file. */
export function prepareDataDir(dataDir: string): void {
  // An encrypted folder with the writer's passphrase (writer.cjs), as the app sets one up.
  createAppContext({
    dataDir,
    mode: 'browser',
    version: '0',
    templatesDir: path.join(APP_ROOT, 'templates'),
    dailyBackups: false,
    secret: { passphrase: TEST_PASSPHRASE },
    kdf: TEST_KDF,
  }).close();
}

/** Compiles the LD_PRELOAD library with the system C compiler into a temporary folder. */
export function compilePowercut(outDir: string): string {
  const library = path.join(outDir, 'powercut.so');
  const source = path.join(__dirname, 'powercut', 'powercut.c');
  const result = spawnSync('cc', ['-O2', '-shared', '-fPIC', '-Wall', '-Werror', '-o', library, source, '-ldl'], {
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`cc could not build the power-cut library (install gcc and libc6-dev): ${result.stderr}`);
  }
  return library;
}

/** Makes the shadow hold exactly what is in the data folder now (after a clean close, all of it is durable). */
export function snapshot(dataDir: string, shadowDir: string): void {
  fs.rmSync(shadowDir, { recursive: true, force: true });
  fs.mkdirSync(shadowDir);
  for (const name of fs.readdirSync(dataDir)) {
    // Only files: the folder lock (a directory, see main/data/folder-lock.ts) is not data.
    if (fs.statSync(path.join(dataDir, name)).isFile()) {
      fs.copyFileSync(path.join(dataDir, name), path.join(shadowDir, name));
    }
  }
}

/** The power cut: the data folder becomes what was last synced; everything else is gone. */
export function powerCut(dataDir: string, shadowDir: string): void {
  for (const name of fs.readdirSync(dataDir)) fs.rmSync(path.join(dataDir, name), { force: true, recursive: true });
  for (const name of fs.readdirSync(shadowDir)) {
    if (!name.startsWith('.')) fs.copyFileSync(path.join(shadowDir, name), path.join(dataDir, name));
  }
}

export interface Summary {
  runs: number;
  acknowledged: number;
  lost: number;
  partial: number;
  committedUnacknowledged: number;
  integrityFailures: number;
  failures: string[];
  seconds: number;
}

export function newSummary(): Summary {
  return {
    runs: 0,
    acknowledged: 0,
    lost: 0,
    partial: 0,
    committedUnacknowledged: 0,
    integrityFailures: 0,
    failures: [],
    seconds: 0,
  };
}

export function addVerdict(summary: Summary, verdict: Verdict, label: string): void {
  summary.runs += 1;
  summary.lost += verdict.lost.length;
  summary.partial += verdict.partial.length;
  // The folder accumulates across runs, so the latest count is the total so far.
  summary.committedUnacknowledged = verdict.committedUnacknowledged;
  if (verdict.integrity !== 'ok' || verdict.foreignKeyProblems > 0) summary.integrityFailures += 1;
  const problems = [...verdict.lost.map((x) => `lost ${x}`), ...verdict.partial];
  if (verdict.integrity !== 'ok') problems.push(`integrity_check: ${verdict.integrity}`);
  if (problems.length > 0 && summary.failures.length < 20) summary.failures.push(`${label}: ${problems.join(', ')}`);
}
