/**
 * The lock's protection control over a real key file and a stand-in database owner that records what it
 * was asked (tests/unit/lock-mutants.test.ts, lock-state-mutants.test.ts).
 */
import type { DatabaseOwner } from '../../main/db/database-owner';
import { createKeys, writeKeyFile } from '../../main/protection/keyring';
import { createProtectionControl } from '../../main/protection/lock';
import { makeTempDir } from './temp-dir';
import { TEST_KDF, TEST_PASSPHRASE } from './test-app';

export function fakeOwner(failOpen = false, heldKey: Buffer | null = null) {
  const calls: string[] = [];
  let key: Buffer | null = heldKey;
  const owner = {
    setKey: (next: Buffer | null) => {
      calls.push('setKey');
      key = next;
    },
    open: () => {
      calls.push('open');
      if (failOpen) throw new Error('disk on fire');
    },
    forgetKey: () => {
      calls.push('forgetKey');
      key = null;
    },
    key: () => key,
  } as unknown as DatabaseOwner;
  return { owner, calls };
}

export function setUpControl(
  cleanups: (() => void)[],
  options: { passphrase?: string | null; failOpen?: boolean; closing?: () => void; ownerHoldsKey?: boolean } = {},
) {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  const passphrase = options.passphrase === undefined ? TEST_PASSPHRASE : options.passphrase;
  const keys = createKeys(passphrase, TEST_KDF);
  writeKeyFile(temp.dir, keys.file);
  let time = Date.parse('2026-12-06T10:00:00Z');
  const { owner, calls } = fakeOwner(options.failOpen, options.ownerHoldsKey ? keys.dataKey : null);
  const events: string[] = [];
  const control = createProtectionControl({
    dataDir: temp.dir,
    database: owner,
    kdf: TEST_KDF,
    clock: () => time,
    hooks: {
      opened: () => events.push('opened'),
      closing: () => {
        events.push('closing');
        options.closing?.();
      },
      locked: () => events.push('locked'),
    },
  });
  cleanups.push(control.stop);
  return { dir: temp.dir, keys, control, calls, events, advance: (ms: number) => (time += ms) };
}
