/**
 * Two processes on one data folder (issue 15 item 1): while one writer saves, a second one started on
 * the same folder is refused with a sentence naming the first one's process, and writes nothing; the
 * first keeps saving, and after it is killed every save it acknowledged is there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_OWNER_NAME } from '../../main/data/folder-lock';
import { assertBuilt, Ledger, makeDir, prepareDataDir, runWriter, verify } from './harness';

let dataDir: string;

beforeAll(() => {
  assertBuilt();
  dataDir = makeDir('someday-two-');
  prepareDataDir(dataDir);
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function holderPid(): Promise<number> {
  for (let i = 0; i < 200; i += 1) {
    try {
      return (JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_OWNER_NAME), 'utf8')) as { pid: number }).pid;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  throw new Error('The first writer never took the folder lock.');
}

describe('one process per data folder', () => {
  it('refuses the second process with the holder named, and loses nothing of the first', async () => {
    const ledger = new Ledger();
    const first = runWriter({ dataDir, seed: 11, epoch: 1, killAfterMs: 3000 });
    const pid = await holderPid();
    const second = await runWriter({ dataDir, seed: 12, epoch: 2 });
    expect(second.code).toBe(1);
    expect(second.lines).toEqual([]);
    expect(second.stderr).toContain(`(process ${pid}) is already using the data folder ${dataDir}`);

    const run = await first;
    expect(run.signal).toBe('SIGKILL');
    expect(run.stderr).toBe('');
    const acknowledged = ledger.record(run.lines);
    expect(acknowledged).toBeGreaterThan(0);
    const verdict = verify(dataDir, ledger);
    expect(verdict.lost).toEqual([]);
    expect(verdict.partial).toEqual([]);
    expect(verdict.integrity).toBe('ok');
    console.log(`[reliability] two-processes ${JSON.stringify({ firstPid: pid, acknowledged, lost: 0 })}`);
  });
});
