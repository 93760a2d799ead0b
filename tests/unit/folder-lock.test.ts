import { spawn, spawnSync } from 'node:child_process';
import { TEST_UNLOCK } from '../helpers/test-app';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppContext } from '../../main/app-context';
import { FolderLockedError, LOCK_NAME, LOCK_OWNER_NAME, lockDataFolder } from '../../main/data/folder-lock';
import { findAppRoot } from '../../main/paths';
import { makeTempDir } from '../helpers/temp-dir';

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((fn) => fn()),
);

function folder(): string {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  return temp.dir;
}

const open = (dataDir: string) =>
  createAppContext({
    ...TEST_UNLOCK,
    dataDir,
    mode: 'browser',
    version: '0',
    templatesDir: path.join(findAppRoot(), 'templates'),
    dailyBackups: false,
  });

/** Writes the lock as another process would have left it. */
function plantLock(dataDir: string, pid: number): void {
  fs.mkdirSync(path.join(dataDir, LOCK_NAME));
  const owner = { pid, hostname: os.hostname(), what: 'Someday in browser mode', since: new Date().toISOString() };
  fs.writeFileSync(path.join(dataDir, LOCK_OWNER_NAME), JSON.stringify(owner));
}

describe('one process per data folder', () => {
  it('refuses a second opening of a folder with one sentence naming the holder, and allows it once closed', async () => {
    const dataDir = folder();
    const first = open(dataDir);
    expect(await first.call('contacts:create', { name: 'Kept' })).toMatchObject({ ok: true });
    let refusal: unknown;
    try {
      open(dataDir);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(FolderLockedError);
    expect((refusal as Error).message).toBe(
      `Someday in browser mode (process ${process.pid}) is already using the data folder ${dataDir}; close it first, or choose another folder.`,
    );
    // The first is untouched and keeps working.
    expect(await first.call('contacts:create', { name: 'Still saving' })).toMatchObject({ ok: true });
    first.close();
    expect(fs.existsSync(path.join(dataDir, LOCK_NAME))).toBe(false);
    const again = open(dataDir);
    expect(again.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(2);
    again.close();
  });

  it('refuses while another live process holds the folder, naming its process id', () => {
    const dataDir = folder();
    const holder = spawn('sleep', ['30']);
    cleanups.push(() => holder.kill('SIGKILL'));
    plantLock(dataDir, holder.pid!);
    expect(() => open(dataDir)).toThrow(new RegExp(`\\(process ${holder.pid}\\) is already using the data folder`));
    expect(fs.readdirSync(dataDir).sort()).toEqual([LOCK_NAME, LOCK_OWNER_NAME]);
  });

  it('recovers the lock a dead process left behind', () => {
    const dataDir = folder();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    plantLock(dataDir, Number(gone.stdout));
    const app = open(dataDir);
    const owner = JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_OWNER_NAME), 'utf8')) as { pid: number };
    expect(owner.pid).toBe(process.pid);
    app.close();
  });

  it('lets a failed open release the lock', () => {
    const dataDir = folder();
    fs.writeFileSync(path.join(dataDir, 'someday.sqlite'), 'not a database, just text that is long enough to fail');
    expect(() => open(dataDir)).toThrow();
    const lock = lockDataFolder(dataDir, 'test');
    lock.release();
  });
});
