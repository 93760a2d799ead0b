/**
 * SIGKILL at random moments while the app saves contacts, drafts, autosaves (draft + revision) and
 * multi-row batches. After every kill the folder is reopened with the app's own connection code:
 * 0 acknowledged saves lost, 0 half-applied transactions, integrity_check ok.
 * `npm test` runs 50 kills; `npm run reliability -- --kills N` runs more (SOMEDAY_RELIABILITY_KILLS).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWithKey } from '../helpers/protected-folder';
import {
  addVerdict,
  assertBuilt,
  countFromEnv,
  Ledger,
  makeDir,
  newSummary,
  prepareDataDir,
  runWriter,
  verify,
} from './harness';

const KILLS = countFromEnv('SOMEDAY_RELIABILITY_KILLS', 50);
let dataDir: string;
const ledger = new Ledger();

beforeAll(() => {
  assertBuilt();
  dataDir = makeDir('someday-crash-');
  prepareDataDir(dataDir);
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('crash safety (SIGKILL mid-write)', () => {
  it(`loses no acknowledged save and leaves no partial transaction in ${KILLS} kills`, async () => {
    const summary = newSummary();
    const started = Date.now();
    const seed = Number(process.env.SOMEDAY_RELIABILITY_SEED ?? Date.now() % 1_000_000);
    for (let kill = 0; kill < KILLS; kill += 1) {
      const run = await runWriter({
        dataDir,
        seed: seed + kill,
        epoch: kill + 1,
        killAfterMs: ((seed + kill * 7919) % 200) + 5,
      });
      expect(run.stderr).toBe('');
      expect(run.signal).toBe('SIGKILL');
      summary.acknowledged += ledger.record(run.lines);
      addVerdict(summary, verify(dataDir, ledger), `kill ${kill + 1} (seed ${seed + kill})`);
    }
    summary.seconds = Math.round((Date.now() - started) / 100) / 10;
    console.log(`[reliability] crash ${JSON.stringify({ kills: KILLS, seed, ...summary })}`);
    expect(summary.failures).toEqual([]);
    expect(summary.lost).toBe(0);
    expect(summary.partial).toBe(0);
    expect(summary.integrityFailures).toBe(0);
    expect(summary.runs).toBe(KILLS);
    // The kills must land while real work is going on, or the test proves nothing.
    expect(ledger.contacts.size).toBeGreaterThan(0);
    expect(ledger.saves.size).toBeGreaterThan(0);
    expect(ledger.batches.size).toBeGreaterThan(0);
  });

  it('has teeth: a missing acknowledged save and a half batch are both reported', async () => {
    // Independent of order: when the kill runs have not filled the ledger, make acknowledged work here.
    for (let run = 0; ledger.contacts.size === 0 || ledger.batches.size === 0; run += 1) {
      if (run >= 20) throw new Error('The writer acknowledged no contact and no batch in 20 runs.');
      const result = await runWriter({ dataDir, seed: 900_000 + run, epoch: 900_000 + run, killAfterMs: 300 });
      ledger.record(result.lines);
    }
    const copy = makeDir('someday-crash-tamper-');
    try {
      for (const name of fs.readdirSync(dataDir)) {
        if (fs.statSync(path.join(dataDir, name)).isFile())
          fs.copyFileSync(path.join(dataDir, name), path.join(copy, name));
      }
      const raw = openWithKey(copy);
      const [contactId] = [...ledger.contacts.keys()];
      const [batch] = [...ledger.batches.keys()];
      raw.prepare('DELETE FROM contacts WHERE id = ?').run(contactId);
      raw
        .prepare("DELETE FROM contacts WHERE id = (SELECT min(id) FROM contacts WHERE company LIKE ? || '/%')")
        .run(batch);
      raw.close();
      const verdict = verify(copy, ledger);
      expect(verdict.lost).toContain(`contact ${contactId}`);
      expect(verdict.partial.some((problem) => problem.startsWith(`batch ${batch}:`))).toBe(true);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
