/**
 * One process per data folder (issue 15 item 1). Two processes on one folder lose saves: delete-all in
 * one silently discards what the other acknowledges afterwards. Every process that writes the folder
 * (the desktop app, browser mode, `npm run import`) holds an exclusive lock on it for its whole life:
 * proper-lockfile's lock directory (`someday.lock`, created atomically with mkdir and kept fresh by a
 * timer), plus `someday.lock.json` saying which process holds it, so a second one is refused with one
 * sentence naming the holder. A lock left by a process that died (a crash, a kill, a power cut) is
 * recovered at once when its process no longer runs on this computer, and by proper-lockfile's
 * staleness rule (no refresh for a minute) when it was held from another computer (a synced folder).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';

export const LOCK_NAME = 'someday.lock';
export const LOCK_OWNER_NAME = 'someday.lock.json';
const STALE_MS = 60_000;
const UPDATE_MS = 15_000;

export class FolderLockedError extends Error {
  constructor(
    message: string,
    readonly pid: number | null,
  ) {
    super(message);
    this.name = 'FolderLockedError';
  }
}

export interface FolderLock {
  readonly dataDir: string;
  release: () => void;
}

interface Owner {
  pid: number;
  hostname: string;
  what: string;
  since: string;
}

function readOwner(dataDir: string): Owner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_OWNER_NAME), 'utf8')) as Partial<Owner>;
    return typeof owner.pid === 'number' && typeof owner.hostname === 'string'
      ? { pid: owner.pid, hostname: owner.hostname, what: String(owner.what ?? 'Someday'), since: String(owner.since) }
      : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryLock(dataDir: string): boolean {
  try {
    lockfile.lockSync(dataDir, {
      lockfilePath: path.join(dataDir, LOCK_NAME),
      realpath: false,
      stale: STALE_MS,
      update: UPDATE_MS,
      // A suspended laptop can miss a refresh; the lock is then only at risk from another computer.
      onCompromised: (error) => console.error('[someday] the data folder lock was disturbed:', error.message),
    });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') return false;
    throw error;
  }
}

/** Takes the folder's lock for this process, or refuses with a sentence naming the process that has it. */
export function lockDataFolder(dataDir: string, what: string): FolderLock {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  let locked = tryLock(dataDir);
  if (!locked) {
    const owner = readOwner(dataDir);
    const dead =
      owner !== null && owner.hostname === os.hostname() && owner.pid !== process.pid && !isRunning(owner.pid);
    if (dead) {
      fs.rmSync(path.join(dataDir, LOCK_NAME), { recursive: true, force: true });
      locked = tryLock(dataDir);
    }
    if (!locked) {
      const holder = owner
        ? `${owner.what} (process ${owner.pid}${owner.hostname === os.hostname() ? '' : ` on ${owner.hostname}`})`
        : 'another Someday process';
      throw new FolderLockedError(
        `${holder} is already using the data folder ${dataDir}; close it first, or choose another folder.`,
        owner?.pid ?? null,
      );
    }
  }
  if (process.platform !== 'win32') fs.chmodSync(path.join(dataDir, LOCK_NAME), 0o700);
  const owner: Owner = { pid: process.pid, hostname: os.hostname(), what, since: new Date().toISOString() };
  fs.writeFileSync(path.join(dataDir, LOCK_OWNER_NAME), `${JSON.stringify(owner)}\n`, { mode: 0o600 });
  let released = false;
  return {
    dataDir,
    release: () => {
      if (released) return;
      released = true;
      fs.rmSync(path.join(dataDir, LOCK_OWNER_NAME), { force: true });
      try {
        lockfile.unlockSync(dataDir, { lockfilePath: path.join(dataDir, LOCK_NAME), realpath: false });
      } catch {
        // Already gone (the folder was removed): nothing left to release.
      }
    },
  };
}
