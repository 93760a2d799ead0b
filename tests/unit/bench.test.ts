import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir';

/**
 * Runs `npm run bench -- --quick --json FILE` the way a person would (the script itself, after the
 * build that `npm test` does first) and checks the shape of what it writes: every figure present and
 * a positive finite number. It never looks at how fast anything was; the figures belong to the bench.
 * Needs dist/ (`npm run build`) and Chromium at /usr/bin/chromium, like the e2e tests.
 */

const ROOT = path.resolve(__dirname, '../..');
const SCRIPT = path.join(ROOT, 'bench/run-bench.mjs');
const temp = makeTempDir('someday-bench-test-');

afterAll(() => temp.cleanup());

type Figures = Record<string, unknown>;

function expectPositive(value: unknown, label: string): void {
  expect(typeof value, label).toBe('number');
  expect(Number.isFinite(value as number) && (value as number) > 0, `${label} = ${String(value)}`).toBe(true);
}

const DATA_OPERATIONS = [
  'open_and_migrate',
  'contacts_page',
  'contacts_window',
  'contacts_list_all',
  'drafts_search',
  'today',
  'export_all',
  'autosave',
];
const APP_ONLY_OPERATIONS = [
  'migrate_new_file',
  'coach_1000_words',
  'coach_2000_words',
  'coach_100000_words',
  'coach_model_load',
];

describe('npm run bench --quick', () => {
  it('writes every figure as a positive finite number, with the machine it ran on', async () => {
    const file = path.join(temp.dir, 'figures.json');
    await promisify(execFile)(process.execPath, [SCRIPT, '--quick', '--json', file], {
      cwd: ROOT,
      // The export and import steps add four processes (two with scrypt) to the quick run.
      timeout: 400_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    const result = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      mode: string;
      operations: Record<string, Figures>;
      machine: Figures;
      data: Figures;
      pending: { name: string }[];
    } & Figures;

    expect(result.mode).toBe('quick');
    expect(Object.keys(result.operations).sort()).toEqual([...DATA_OPERATIONS, ...APP_ONLY_OPERATIONS].sort());
    for (const [name, figures] of Object.entries(result.operations)) {
      for (const key of ['median_ms', 'p95_ms', 'p99_ms']) expectPositive(figures[key], `${name}.${key}`);
      expect(figures.p95_ms as number, name).toBeGreaterThanOrEqual(figures.median_ms as number);
      expect(figures.p99_ms as number, name).toBeGreaterThanOrEqual(figures.p95_ms as number);
    }
    for (const name of DATA_OPERATIONS) {
      const figures = result.operations[name]!;
      expectPositive(figures.raw_median_ms, `${name}.raw_median_ms`);
      expectPositive(figures.json_store_median_ms, `${name}.json_store_median_ms`);
      expectPositive(figures.app_raw_ratio, `${name}.app_raw_ratio`);
      expectPositive(figures.json_app_ratio, `${name}.json_app_ratio`);
    }
    for (const name of APP_ONLY_OPERATIONS) expect(result.operations[name]).not.toHaveProperty('raw_median_ms');

    for (const key of ['initial_js_gzip_kb', 'contacts_paint_ms', 'keypress_frame_p95_ms', 'server_rss_mb'])
      expectPositive(result[key], key);

    expect(result.machine.cpu).toEqual(expect.any(String));
    expect(Number.isInteger(result.machine.cores) && (result.machine.cores as number) > 0).toBe(true);
    expect(result.machine.node).toBe(process.version);
    expect(Number.isNaN(Date.parse(result.machine.date as string))).toBe(false);

    // The quick data set (interactions and reminders in 003-radar's tables), a search that found the
    // drafts planted for it, a Today list, and an export that carried every row.
    expect(result.data).toMatchObject({ contacts: 300, drafts: 2005, interactions: 6000, reminders: 300 });
    expectPositive(result.data.search_matches, 'data.search_matches');
    expectPositive(result.data.today_items, 'data.today_items');
    expect(result.data.exported_rows).toBe(300 + 2005 + 2005 + 6000 + 300);
    expect(result.pending).toEqual([]);
    // Export, import and restore through the real commands, each measured in its own process.
    const transfer = result.export_import as Record<string, Record<string, number>>;
    for (const name of ['exportEncrypted', 'exportPlain', 'importOverData', 'restoreIntoEmptyFolder']) {
      expectPositive(transfer[name]!.seconds, `${name}.seconds`);
      expectPositive(transfer[name]!.peakMb, `${name}.peakMb`);
    }
    for (const name of ['exportEncrypted', 'exportPlain']) expectPositive(transfer[name]!.fileMb, `${name}.fileMb`);
    expectPositive(transfer.jsonStoreWholeFileWrite!.fileMb, 'jsonStoreWholeFileWrite.fileMb');
  }, 420_000);

  it('refuses an unknown option with the usage line', () => {
    const run = spawnSync(process.execPath, [SCRIPT, '--fast'], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: npm run bench');
  });
});
