import { spawnSync } from 'node:child_process';
import { TEST_PASSPHRASE, TEST_UNLOCK } from '../helpers/test-app';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../main/app-context';
import { listBackups } from '../../main/data/backups';
import { contentChecksum } from '../../main/data/staging';
import { closeDatabase } from '../../main/db/connection';
import { updateSettings } from '../../main/db/settings-repository';
import { findAppRoot } from '../../main/paths';
import { openWithKey } from '../helpers/protected-folder';
import { seedSampleData } from '../helpers/sample-data';
import { makeTempDir } from '../helpers/temp-dir';

/**
 * Runs the compiled `npm run export` and `npm run import` as child processes, the way a person would.
 * They need the Node build: `npm test` builds first; on its own, run `npx tsc -p tsconfig.node.json`.
 */
const BUILD = path.join(__dirname, '../../dist/node/main/cli');
const temp = makeTempDir('someday-data-cli-');
const source = path.join(temp.dir, 'source');
const target = path.join(temp.dir, 'target');

function run(command: 'export' | 'import', ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(BUILD, `${command}.js`), ...args], {
    encoding: 'utf8',
    cwd: temp.dir,
    timeout: 30_000,
    env: {
      ...process.env,
      SOMEDAY_DATA_DIR: path.join(temp.dir, 'nowhere'),
      SOMEDAY_PASSPHRASE_FILE: passphraseFile(),
      SOMEDAY_EXPORT_SCRYPT_LOG_N: '10',
    },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The tests' passphrase in a file, with the trailing newline an editor adds (the CLI strips one). */
function passphraseFile(): string {
  const file = path.join(temp.dir, 'passphrase.txt');
  if (!fs.existsSync(file)) fs.writeFileSync(file, `${TEST_PASSPHRASE}\n`, { mode: 0o600 });
  return file;
}

function checksum(dataDir: string): string {
  const db = openWithKey(dataDir);
  try {
    return contentChecksum(db);
  } finally {
    closeDatabase(db);
  }
}

async function makeFolder(dataDir: string, contacts: number) {
  const app = createAppContext({
    ...TEST_UNLOCK,
    dataDir,
    mode: 'browser',
    version: '0',
    templatesDir: path.join(findAppRoot(), 'templates'),
    dailyBackups: false,
  });
  await seedSampleData(app, contacts);
  app.close();
}

beforeAll(async () => {
  for (const command of ['export', 'import']) {
    const file = path.join(BUILD, `${command}.js`);
    if (!fs.existsSync(file)) throw new Error(`${file} is missing. Run: npx tsc -p tsconfig.node.json`);
  }
  await makeFolder(source, 9);
  await makeFolder(target, 2);
});

afterAll(() => temp.cleanup());

describe('npm run export and npm run import', () => {
  it('export writes a file, dry-run changes nothing, import reproduces the data and keeps a backup', () => {
    const db = openWithKey(source);
    updateSettings(db, { backupsToKeep: 2 });
    closeDatabase(db);
    const out = path.join(temp.dir, 'everything.json');
    const exported = run('export', '--data-dir', source, '--out', out);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(
      /^Exported \d+ rows from .* to .*everything\.json \(\d+ bytes, encrypted with age\)\./,
    );
    expect(fs.readFileSync(out).subarray(0, 21).toString()).toBe('age-encryption.org/v1');

    const before = checksum(target);
    const dry = run('import', '--data-dir', target, '--dry-run', out);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('It passed every check.');
    expect(dry.stdout).toMatch(/Contacts\s+9 in the file, 2 now: 7 added, 2 replaced, 0 removed/);
    expect(dry.stdout).toContain('Dry run: nothing was changed.');
    expect(dry.stdout).toContain('Settings that change:\n  Daily backups to keep: 5 now, 2 after the import.');
    expect(checksum(target)).toBe(before);

    const applied = run('import', '--data-dir', target, out);
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(
      /Imported\. What was there before is in backups\/someday-.*-before-import\.sqlite\./,
    );
    expect(checksum(target)).toBe(checksum(source));
    expect(listBackups(target).map((b) => b.reason)).toEqual(['before-import']);
  });

  it('refuses a damaged file with exit code 1 and changes nothing', () => {
    const out = path.join(temp.dir, 'to-damage.json');
    expect(run('export', '--data-dir', source, '--out', out).code).toBe(0);
    const bytes = fs.readFileSync(out);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x04;
    fs.writeFileSync(out, bytes);
    const before = checksum(target);
    const refused = run('import', '--data-dir', target, out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^import: refused\. The file is (damaged|not a Someday export).*Nothing was changed\./,
    );
    expect(checksum(target)).toBe(before);
  });

  it('explains usage problems with exit code 2', () => {
    const out = path.join(temp.dir, 'exists.json');
    fs.writeFileSync(out, 'x');
    expect(run('export', '--data-dir', source, '--out', out)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/already exists/),
    });
    expect(run('export', '--data-dir', source, 'stray')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--out FILE/),
    });
    expect(run('export', '--data-dir', source, '--plain', '--file-passphrase-file', passphraseFile())).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/either --plain or --file-passphrase-file/),
    });
    expect(
      run('export', '--data-dir', path.join(temp.dir, 'empty'), '--out', path.join(temp.dir, 'n.json')),
    ).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/no Someday data/),
    });
    expect(fs.existsSync(path.join(temp.dir, 'empty'))).toBe(false);
    expect(run('import', '--data-dir', target)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Give the export file/),
    });
    expect(run('import', '--data-dir', target, path.join(temp.dir, 'missing.json'))).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/No such file/),
    });
    expect(run('import', '--bogus')).toMatchObject({ code: 2, stderr: expect.stringMatching(/Usage: npm run import/) });
    expect(run('export', '--help')).toMatchObject({ code: 0, stdout: expect.stringMatching(/Usage: npm run export/) });
  });

  it('restores into a folder that does not exist and into an empty one, and removes them again for a refused file', () => {
    const out = path.join(temp.dir, 'restore.jsonl.gz.age');
    expect(run('export', '--data-dir', source, '--out', out).code).toBe(0);
    const missing = path.join(temp.dir, 'new-computer', 'Someday');
    const restored = run('import', '--data-dir', missing, out);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain(`Restored into ${missing}.`);
    expect(restored.stderr).toMatch(/recovery code/);
    expect(checksum(missing)).toBe(checksum(source));
    expect(fs.statSync(missing).mode & 0o777).toBe(0o700);

    const empty = path.join(temp.dir, 'empty-folder');
    fs.mkdirSync(empty);
    expect(run('import', '--data-dir', empty, out).code).toBe(0);
    expect(checksum(empty)).toBe(checksum(source));

    const damaged = path.join(temp.dir, 'damaged.jsonl.gz.age');
    const bytes = fs.readFileSync(out);
    fs.writeFileSync(damaged, bytes.subarray(0, bytes.length - 100));
    const nowhere = path.join(temp.dir, 'not-made');
    const refused = run('import', '--data-dir', nowhere, damaged);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^import: refused\. The file is damaged or cut short/);
    expect(fs.existsSync(nowhere)).toBe(false);
    const stillEmpty = path.join(temp.dir, 'still-empty');
    fs.mkdirSync(stillEmpty);
    expect(run('import', '--data-dir', stillEmpty, damaged).code).toBe(1);
    expect(fs.readdirSync(stillEmpty)).toEqual([]);
  }, 90_000);

  it('encrypts with another passphrase on request, refuses a wrong one, and writes --plain only with a warning', () => {
    const other = path.join(temp.dir, 'other-passphrase.txt');
    fs.writeFileSync(other, 'a different passphrase\n');
    const wrong = path.join(temp.dir, 'wrong-passphrase.txt');
    fs.writeFileSync(wrong, 'not the one');
    const out = path.join(temp.dir, 'other.jsonl.gz.age');
    expect(run('export', '--data-dir', source, '--file-passphrase-file', other, '--out', out).code).toBe(0);
    const before = checksum(target);
    const refused = run('import', '--data-dir', target, '--file-passphrase-file', wrong, out);
    expect(refused).toMatchObject({ code: 1 });
    expect(refused.stderr).toBe('import: refused. This passphrase does not open the file. Nothing was changed.\n');
    expect(checksum(target)).toBe(before);
    const opened = run('import', '--data-dir', target, '--dry-run', '--file-passphrase-file', other, out);
    expect(opened.code).toBe(0);
    expect(opened.stdout).toContain('It passed every check.');

    const plain = path.join(temp.dir, 'plain.jsonl.gz');
    const written = run('export', '--data-dir', source, '--plain', '--out', plain);
    expect(written.code).toBe(0);
    expect(written.stderr).toMatch(/^Warning: --plain writes your data unencrypted/);
    expect(written.stdout).toMatch(/unencrypted\)\.$/m);
    expect(fs.readFileSync(plain).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
  });

  it.runIf(fs.existsSync('/usr/bin/age'))(
    'the age tool opens an export with the passphrase (docs/EXPORT-FORMAT.md)',
    () => {
      const out = path.join(temp.dir, 'for-age.jsonl.gz.age');
      expect(run('export', '--data-dir', source, '--out', out).code).toBe(0);
      // age reads a passphrase only from a terminal; `script` gives it one and types the passphrase.
      const decrypted = path.join(temp.dir, 'decrypted.jsonl.gz');
      const typed = spawnSync('script', ['-qec', `age -d -o ${decrypted} ${out}`, '/dev/null'], {
        input: `${TEST_PASSPHRASE}\n`,
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(typed.status, typed.stdout + typed.stderr).toBe(0);
      const lines = zlib.gunzipSync(fs.readFileSync(decrypted)).toString('utf8').split('\n');
      expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'someday-export', formatVersion: 2 });
      expect(lines.some((line) => line.includes('Person 3'))).toBe(true);
    },
  );
});
