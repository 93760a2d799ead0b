/**
 * Owner-only files (issue 13, item 2). On POSIX the data folder and every folder in it are 0700 and
 * every file 0600, whatever the umask: new files are created with those modes (and the entry points set
 * a umask of 077 besides), and a folder from an earlier version, or one whose modes were loosened, is
 * fixed when it is opened. Windows keeps its own ACLs (a profile folder is already private there).
 */
import fs from 'node:fs';
import path from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;
const POSIX = process.platform !== 'win32';

export class ForeignFolderError extends Error {
  constructor(dir: string) {
    super(
      `The data folder ${dir} belongs to another user account; Someday keeps your data only in a folder of your own.`,
    );
    this.name = 'ForeignFolderError';
  }
}

/** Makes new files of this process owner-only, whatever the umask it was started with (entry points only). */
export function restrictUmask(): void {
  if (!POSIX) return;
  try {
    process.umask(0o077);
  } catch {
    // Worker threads cannot change the umask; every file is still created with its own mode.
  }
}

/** Creates a folder (and its parents) as 0700, and makes an existing one 0700. */
export function makePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (POSIX) fs.chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Creates an empty owner-only file if none exists (SQLite then gives its journals the same mode). */
export function createPrivateFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE_MODE));
  if (POSIX) fs.chmodSync(file, PRIVATE_FILE_MODE);
}

function fix(entry: string, stats: fs.Stats): void {
  const want = stats.isDirectory() ? PRIVATE_DIR_MODE : PRIVATE_FILE_MODE;
  if ((stats.mode & 0o777) !== want) fs.chmodSync(entry, want);
}

/**
 * Makes the data folder 0700 and everything in it 0700 (folders) or 0600 (files), creating the folder
 * if needed. Symbolic links are left alone and never followed. Refuses a folder owned by someone else.
 */
export function securePrivateFolder(dataDir: string): void {
  makePrivateDirChecked(dataDir);
  if (!POSIX) return;
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir)) {
      const entry = path.join(dir, name);
      const stats = fs.lstatSync(entry);
      if (stats.isSymbolicLink()) continue;
      fix(entry, stats);
      if (stats.isDirectory()) walk(entry);
    }
  };
  walk(dataDir);
}

function makePrivateDirChecked(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (!POSIX) return;
  const stats = fs.statSync(dir);
  if (typeof process.getuid === 'function' && stats.uid !== process.getuid()) throw new ForeignFolderError(dir);
  fix(dir, stats);
}
