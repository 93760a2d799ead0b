/**
 * Converts a plaintext data folder from an earlier version (issue 13, item 4), crash-safe at every step:
 *
 *   1. the key file already exists (written before anything else, so an encrypted file always has its key);
 *   2. the plain database is checkpointed and closed, so it is one complete file (no -wal left);
 *   3. a copy of it, `someday.sqlite.encrypting`, is encrypted in place (`PRAGMA rekey`, which needs
 *      journal_mode=DELETE), synced, then opened with the key and verified: integrity_check and the row
 *      count of every table equal to the plain database's;
 *   4. the plain database gets a second name (`someday.sqlite.plaintext`, a hard link: the live name never
 *      disappears), then the encrypted copy is renamed over `someday.sqlite` (atomic) and the folder synced;
 *   5. the plain copy (the second name), plain backups and plain leftovers are overwritten and removed.
 *
 * A kill before step 4's rename leaves the plain database live (the next start removes the partial copy
 * and starts again); after it, the encrypted one (the next start finishes step 5). Overwriting before
 * unlinking does not reach copies an SSD's wear levelling or a snapshot keeps: docs/SECURITY.md says so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/api-result';
import { backupsDir } from '../data/backups';
import { closeDatabase, isPlainDatabase, openDatabase, openRaw, type Db } from '../db/connection';

export const ENCRYPTING_SUFFIX = '.encrypting';
export const PLAINTEXT_SUFFIX = '.plaintext';

function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function syncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
  } catch {
    // Not every platform can sync a folder; the renames are still atomic.
  }
}

export const SHREDDING_SUFFIX = '.shredding';

/**
 * Overwrites a file with zeros (synced) before removing it. It is first renamed to `<name>.shredding`
 * (atomic), so a kill half-way through the overwrite (a fatal signal can cut a large write short, leaving
 * the header zeroed but rows readable further on) leaves a name the next start shreds again, never a file
 * that no longer looks like a database under its old name.
 */
export function shred(file: string): void {
  if (!file.endsWith(SHREDDING_SUFFIX)) {
    const renamed = `${file}${SHREDDING_SUFFIX}`;
    try {
      fs.renameSync(file, renamed);
      file = renamed;
    } catch {
      return; // Gone already.
    }
  }
  try {
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r+');
    try {
      const zeros = Buffer.alloc(Math.min(size, 1 << 20));
      for (let at = 0; at < size; at += zeros.length) fs.writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Gone already, or not writable: removing it is what is left to do.
  }
  fs.rmSync(file, { force: true });
}

function tableCounts(db: Db): Map<string, number> {
  const names = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return new Map(names.map((name) => [name, db.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number]));
}

function sameInode(a: string, b: string): boolean {
  try {
    const x = fs.statSync(a);
    const y = fs.statSync(b);
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}

/** Removes plain copies of the person's data other than the live database: backups and leftovers. */
function removePlainCopies(databaseFile: string): void {
  const dataDir = path.dirname(databaseFile);
  const base = path.basename(databaseFile);
  const old = `${databaseFile}${PLAINTEXT_SUFFIX}`;
  if (fs.existsSync(old)) {
    if (sameInode(old, databaseFile)) fs.rmSync(old);
    else shred(old);
  }
  const candidates = fs
    .readdirSync(dataDir)
    .filter(
      (name) =>
        name.startsWith('.staging-') ||
        (name.startsWith(`${base}.`) && (name.endsWith('.bak') || name.endsWith(SHREDDING_SUFFIX))),
    )
    .map((name) => path.join(dataDir, name));
  try {
    candidates.push(...fs.readdirSync(backupsDir(dataDir)).map((name) => path.join(backupsDir(dataDir), name)));
  } catch {
    // No backups folder.
  }
  // A `.shredding` name is a plain copy a kill caught half-overwritten: finish it whatever its header says.
  for (const file of candidates) if (file.endsWith(SHREDDING_SUFFIX) || isPlainDatabase(file)) shred(file);
}

/** Finishes or undoes a conversion a crash interrupted; true if the live database is (now) encrypted. */
export function recoverConversion(databaseFile: string): void {
  fs.rmSync(`${databaseFile}${ENCRYPTING_SUFFIX}`, { force: true });
  fs.rmSync(`${databaseFile}${ENCRYPTING_SUFFIX}-journal`, { force: true });
  const old = `${databaseFile}${PLAINTEXT_SUFFIX}`;
  if (fs.existsSync(old) && sameInode(old, databaseFile)) fs.rmSync(old);
  if (fs.existsSync(databaseFile) && !isPlainDatabase(databaseFile)) removePlainCopies(databaseFile);
}

/** Encrypts the plain database `databaseFile` with `key` (see the steps above). */
export function convertToEncrypted(databaseFile: string, key: Buffer): void {
  recoverConversion(databaseFile);
  // 2. One complete plain file, checkpointed and closed. It is not migrated here: that happens on the
  //    encrypted database, so the copy kept before a migration is encrypted too.
  const plain = openDatabase(databaseFile, { migrate: false });
  let expected: Map<string, number>;
  try {
    plain.pragma('wal_checkpoint(TRUNCATE)');
    expected = tableCounts(plain);
  } finally {
    closeDatabase(plain);
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${databaseFile}${suffix}`, { force: true });

  // 3. Encrypt a copy in place and verify it.
  const target = `${databaseFile}${ENCRYPTING_SUFFIX}`;
  fs.copyFileSync(databaseFile, target);
  fs.chmodSync(target, 0o600);
  const copy = openRaw(target);
  try {
    copy.pragma('journal_mode = DELETE');
    copy.pragma(`cipher = 'sqlcipher'`);
    copy.pragma('legacy = 4');
    copy.pragma(`rekey = "x'${key.toString('hex')}'"`);
  } finally {
    copy.close();
  }
  syncFile(target);
  const check = openRaw(target, { key });
  try {
    if (check.pragma('integrity_check', { simple: true }) !== 'ok') {
      throw new AppError('internal', 'Encrypting your data failed a check, so it was left as it was.');
    }
    const counts = tableCounts(check);
    for (const [name, rows] of expected) {
      if (counts.get(name) !== rows) {
        throw new AppError('internal', `Encrypting your data lost rows of ${name}, so it was left as it was.`);
      }
    }
  } finally {
    check.close();
  }
  if (isPlainDatabase(target)) throw new AppError('internal', 'Encrypting your data did not take effect.');

  // 4. Swap: the plain file keeps a second name until the encrypted one is live.
  const old = `${databaseFile}${PLAINTEXT_SUFFIX}`;
  fs.rmSync(old, { force: true });
  fs.linkSync(databaseFile, old);
  fs.renameSync(target, databaseFile);
  syncDir(path.dirname(databaseFile));

  // 5. Overwrite and remove every plain copy.
  removePlainCopies(databaseFile);
  syncDir(path.dirname(databaseFile));
}
