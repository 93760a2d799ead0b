/**
 * A disk that fills during an export or an import, through the real commands (dist/node/main/cli):
 * one plain sentence, exit code 1, no partial file left behind, and the data unchanged. The small disk
 * is a real tmpfs where this machine lets us mount one (root), otherwise the power-cut library's ENOSPC
 * mode (tests/reliability/powercut), as in disk-full.test.ts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../main/app-context';
import { contentChecksum } from '../../main/data/staging';
import { generateData } from '../../main/seed/synthetic-data';
import { writeSynthetic } from '../../main/seed/write-synthetic';
import { closeDatabase, openWithKey } from '../helpers/protected-folder';
import { TEST_KDF, TEST_PASSPHRASE } from '../helpers/test-app';
import { APP_ROOT, assertBuilt, compilePowercut, makeDir } from './harness';

const CLI = path.join(APP_ROOT, 'dist/node/main/cli');
const DISK_BYTES = 512 * 1024;
const FULL_IMPORT =
  'The disk is full, so the file could not be checked. Free some space and try again. Nothing was changed.';
/** The last line on stderr (progress lines come before it). */
const lastLine = (text: string) => text.trimEnd().split('\n').pop();
let workDir: string;
let library: string;
let source: string;
let exported: string;
let passphraseFile: string;
const mounts: string[] = [];

function newFolder(dataDir: string): void {
  createAppContext({
    dataDir,
    mode: 'browser',
    version: '0',
    templatesDir: path.join(APP_ROOT, 'templates'),
    dailyBackups: false,
    secret: { passphrase: TEST_PASSPHRASE },
    kdf: TEST_KDF,
  }).close();
}

/**
 * A folder on a small disk: a tmpfs of `bytes` when mounting is allowed, else a plain folder whose
 * files the ENOSPC library lets grow by `bytes` in all (the returned environment loads it).
 */
function smallDisk(name: string, bytes: number, watch = ''): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = path.join(workDir, name);
  fs.mkdirSync(dir);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir]).status === 0;
  if (mounted) {
    mounts.push(dir);
    return { dir, env: {} };
  }
  const watched = path.join(dir, watch);
  return { dir, env: { LD_PRELOAD: library, POWERCUT_DIR: watched, POWERCUT_ENOSPC_AFTER: String(bytes) } };
}

function run(script: string, args: string[], env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [path.join(CLI, script), ...args], {
    encoding: 'utf8',
    env: { ...process.env, SOMEDAY_PASSPHRASE_FILE: passphraseFile, ...env },
    timeout: 240_000,
  });
}

beforeAll(async () => {
  assertBuilt();
  workDir = makeDir('someday-export-full-');
  library = compilePowercut(workDir);
  passphraseFile = path.join(workDir, 'passphrase.txt');
  fs.writeFileSync(passphraseFile, `${TEST_PASSPHRASE}\n`, { mode: 0o600 });
  source = path.join(workDir, 'source');
  newFolder(source);
  const db = openWithKey(source);
  try {
    // About 3 MB of lines and 1.3 MB gzipped: several times the small disk.
    writeSynthetic(db, generateData({ contacts: 150, drafts: 800, interactions: 800, reminders: 50 }));
  } finally {
    closeDatabase(db);
  }
  exported = path.join(workDir, 'export.jsonl.gz');
  const made = run('export.js', ['--data-dir', source, '--plain', '--out', exported], {});
  expect(made.status, made.stderr).toBe(0);
  expect(fs.statSync(exported).size).toBeGreaterThan(2 * DISK_BYTES);
});

afterAll(() => {
  for (const mount of mounts) spawnSync('umount', [mount]);
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('a disk that fills', () => {
  it('during an export: one sentence, no partial file, the data unchanged', () => {
    const disk = smallDisk('export-disk', DISK_BYTES);
    const before = checksumOf(source);
    const result = run(
      'export.js',
      ['--data-dir', source, '--plain', '--out', path.join(disk.dir, 'x.jsonl.gz')],
      disk.env,
    );
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toContain(
      'export: The disk is full: the export was not written. Free some space and try again.',
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readdirSync(disk.dir)).toEqual([]);
    expect(checksumOf(source)).toBe(before);
  });

  it('during a restore into a new folder: one sentence, and no folder left behind', () => {
    const disk = smallDisk('restore-disk', DISK_BYTES, 'restored');
    const target = path.join(disk.dir, 'restored');
    const result = run('import.js', ['--data-dir', target, exported], disk.env);
    expect(result.status, result.stderr).toBe(1);
    expect(lastLine(result.stderr)).toBe(`import: refused. ${FULL_IMPORT}`);
    expect(fs.existsSync(target)).toBe(false);
  });

  it('during an import over existing data: one sentence, the data and its folder unchanged', () => {
    const disk = smallDisk('import-disk', 2 * 1024 * 1024);
    const target = path.join(disk.dir, 'data');
    newFolder(target);
    const before = checksumOf(target);
    const files = fs.readdirSync(target).sort();
    // Room for the backup, not for the staging copy as well: fill all but about 300 KB.
    const free = disk.env.LD_PRELOAD ? 300 * 1024 : spaceLeft(disk.dir) - 300 * 1024;
    if (!disk.env.LD_PRELOAD) fs.writeFileSync(path.join(disk.dir, 'ballast'), Buffer.alloc(Math.max(0, free)));
    const env = disk.env.LD_PRELOAD ? { ...disk.env, POWERCUT_DIR: target, POWERCUT_ENOSPC_AFTER: String(free) } : {};
    const result = run('import.js', ['--data-dir', target, exported], env);
    expect(result.status, result.stderr).toBe(1);
    expect(lastLine(result.stderr)).toBe(`import: refused. ${FULL_IMPORT}`);
    expect(fs.readdirSync(target).sort()).toEqual(files);
    expect(checksumOf(target)).toBe(before);
  });
});

function checksumOf(dataDir: string): string {
  const db = openWithKey(dataDir);
  try {
    return contentChecksum(db);
  } finally {
    closeDatabase(db);
  }
}

function spaceLeft(dir: string): number {
  const stats = fs.statfsSync(dir);
  return stats.bavail * stats.bsize;
}
