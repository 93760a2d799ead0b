import fs from 'node:fs';
import { TEST_UNLOCK } from '../helpers/test-app';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppContext } from '../../main/app-context';
import { backupsDir } from '../../main/data/backups';
import { ForeignFolderError } from '../../main/data/private-files';
import { DATABASE_FILE_NAME } from '../../main/db/connection';
import { findAppRoot } from '../../main/paths';
import { recordingsDir } from '../../main/recordings';
import { makeTempDir } from '../helpers/temp-dir';

const cleanups: (() => void)[] = [];
let savedUmask = 0;
beforeEach(() => {
  // A common, permissive umask: files would be 0644 and folders 0755 unless Someday says otherwise.
  savedUmask = process.umask(0o022);
});
afterEach(() => {
  cleanups
    .splice(0)
    .reverse()
    .forEach((fn) => fn());
  process.umask(savedUmask);
});

function folder(): string {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  return path.join(temp.dir, 'Someday');
}

const open = (dataDir: string) =>
  createAppContext({
    ...TEST_UNLOCK,
    dataDir,
    mode: 'browser',
    version: '0',
    templatesDir: path.join(findAppRoot(), 'templates'),
  });

/** Every folder and file under dir (dir included), with its permission bits. */
function modes(dir: string): Map<string, number> {
  const found = new Map<string, number>([['.', fs.statSync(dir).mode & 0o777]]);
  const walk = (at: string) => {
    for (const name of fs.readdirSync(at)) {
      const entry = path.join(at, name);
      const stats = fs.lstatSync(entry);
      found.set(path.relative(dir, entry), stats.mode & 0o777);
      if (stats.isDirectory()) walk(entry);
    }
  };
  walk(dir);
  return found;
}

function expectOwnerOnly(dir: string): void {
  const loose = [...modes(dir)].filter(([name, mode]) => {
    const isDir = fs.lstatSync(path.join(dir, name)).isDirectory();
    return mode !== (isDir ? 0o700 : 0o600);
  });
  expect(loose.map(([name, mode]) => `${name} ${mode.toString(8)}`)).toEqual([]);
}

describe('owner-only files', () => {
  it('creates the folder 0700 and every file 0600 under a umask of 022: database, journals, backups, recordings', async () => {
    const dataDir = folder();
    const app = open(dataDir);
    cleanups.push(app.close);
    expect((await app.call('contacts:create', { name: 'Private Person' })).ok).toBe(true);
    expect((await app.call('backups:create', {})).ok).toBe(true);
    const exported = await app.call('data:export', { passphrase: null });
    expect(exported.ok).toBe(true);
    expect(fs.existsSync(`${path.join(dataDir, DATABASE_FILE_NAME)}-wal`)).toBe(true);
    expect(fs.readdirSync(backupsDir(dataDir))).toHaveLength(1);
    expectOwnerOnly(dataDir);
  });

  it('fixes the modes of a folder left by an earlier version when it is opened', () => {
    const dataDir = folder();
    fs.mkdirSync(backupsDir(dataDir), { recursive: true, mode: 0o755 });
    fs.mkdirSync(recordingsDir(dataDir), { mode: 0o755 });
    const raw = new Database(path.join(dataDir, DATABASE_FILE_NAME));
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    fs.writeFileSync(path.join(backupsDir(dataDir), 'someday-old.sqlite'), 'x', { mode: 0o644 });
    fs.writeFileSync(path.join(recordingsDir(dataDir), 'turn-1.webm'), 'x', { mode: 0o644 });
    fs.chmodSync(dataDir, 0o755);
    expect(modes(dataDir).get('.')).toBe(0o755);
    expect(modes(dataDir).get(DATABASE_FILE_NAME)).toBe(0o644);

    const app = open(dataDir);
    cleanups.push(app.close);
    expectOwnerOnly(dataDir);
  });

  it('refuses a data folder that belongs to another account, changing nothing', () => {
    const dataDir = folder();
    fs.mkdirSync(dataDir, { mode: 0o755 });
    fs.chownSync(dataDir, 65534, 65534);
    expect(() => open(dataDir)).toThrow(ForeignFolderError);
    expect(() => open(dataDir)).toThrow(/belongs to another user account/);
    expect(fs.readdirSync(dataDir)).toEqual([]);
    expect(modes(dataDir).get('.')).toBe(0o755);
  });
});
