/**
 * Simulated power cuts: the writer runs with the project's own LD_PRELOAD library
 * (tests/reliability/powercut/powercut.c, compiled here with `cc`), which keeps a shadow of every file
 * as it was at its last fsync. After a SIGKILL the data folder is replaced by that shadow (everything
 * not synced is gone), reopened with the app's connection code and checked like the crash test.
 * With the app's synchronous=FULL nothing acknowledged may be lost; the control run with NORMAL must
 * lose acknowledged saves, which proves the test would catch a regression of that setting.
 * `npm test` runs 20 cuts; `npm run reliability -- --cuts N` runs more (SOMEDAY_RELIABILITY_CUTS).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addVerdict,
  assertBuilt,
  compilePowercut,
  countFromEnv,
  Ledger,
  makeDir,
  newSummary,
  powerCut,
  prepareDataDir,
  runWriter,
  snapshot,
  verify,
  type Summary,
} from './harness';

const CUTS = countFromEnv('SOMEDAY_RELIABILITY_CUTS', 20);
let workDir: string;
let library: string;

beforeAll(() => {
  assertBuilt();
  workDir = makeDir('someday-powercut-');
  library = compilePowercut(workDir);
});
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

interface CutOptions {
  name: string;
  cuts: number;
  synchronous?: 'NORMAL';
  kill: (cut: number, seed: number) => { killAfterMs: number } | { killAfterAcks: number };
}

async function runCuts(options: CutOptions): Promise<{ summary: Summary; ledger: Ledger }> {
  const dataDir = path.join(workDir, `${options.name}-data`);
  const shadowDir = path.join(workDir, `${options.name}-shadow`);
  fs.mkdirSync(dataDir);
  prepareDataDir(dataDir);
  snapshot(dataDir, shadowDir);
  const ledger = new Ledger();
  const summary = newSummary();
  const started = Date.now();
  const seed = Number(process.env.SOMEDAY_RELIABILITY_SEED ?? Date.now() % 1_000_000);
  for (let cut = 0; cut < options.cuts; cut += 1) {
    const run = await runWriter({
      dataDir,
      seed: seed + cut,
      epoch: cut + 1,
      env: {
        LD_PRELOAD: library,
        POWERCUT_DIR: dataDir,
        POWERCUT_SHADOW: shadowDir,
        ...(options.synchronous ? { SOMEDAY_WRITER_SYNCHRONOUS: options.synchronous } : {}),
      },
      ...options.kill(cut, seed),
    });
    expect(run.stderr).toBe('');
    expect(run.signal).toBe('SIGKILL');
    summary.acknowledged += ledger.record(run.lines);
    powerCut(dataDir, shadowDir);
    addVerdict(summary, verify(dataDir, ledger), `cut ${cut + 1} (seed ${seed + cut})`);
    // The verifier closed the database cleanly, so what is on disk now is durable.
    snapshot(dataDir, shadowDir);
  }
  summary.seconds = Math.round((Date.now() - started) / 100) / 10;
  console.log(`[reliability] power cuts ${options.name} ${JSON.stringify({ cuts: options.cuts, seed, ...summary })}`);
  return { summary, ledger };
}

describe('power-cut safety (only fsynced data survives)', () => {
  it(`with the app's synchronous=FULL, loses nothing acknowledged in ${CUTS} power cuts`, async () => {
    const { summary, ledger } = await runCuts({
      name: 'full',
      cuts: CUTS,
      kill: (cut, seed) => ({ killAfterMs: ((seed + cut * 7919) % 250) + 5 }),
    });
    expect(summary.failures).toEqual([]);
    expect(summary.lost).toBe(0);
    expect(summary.partial).toBe(0);
    expect(summary.integrityFailures).toBe(0);
    expect(summary.runs).toBe(CUTS);
    expect(ledger.saves.size).toBeGreaterThan(0);
    expect(ledger.batches.size).toBeGreaterThan(0);
  });

  it('control: with synchronous=NORMAL the same cuts lose acknowledged saves (so the test has teeth)', async () => {
    const { summary } = await runCuts({
      name: 'normal',
      cuts: 3,
      synchronous: 'NORMAL',
      // Kill once 30 saves are acknowledged: in WAL+NORMAL they sit unsynced in the WAL until a checkpoint.
      kill: () => ({ killAfterAcks: 30 }),
    });
    expect(summary.acknowledged).toBeGreaterThanOrEqual(90);
    expect(summary.lost).toBeGreaterThan(0);
    // NORMAL is still consistent: what survives is whole and the file is sound.
    expect(summary.partial).toBe(0);
    expect(summary.integrityFailures).toBe(0);
  });
});
