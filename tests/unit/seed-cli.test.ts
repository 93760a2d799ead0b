import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTACT_STATUSES } from '../../core/contacts';
import { INTERACTION_KINDS } from '../../core/followups';
import { contentChecksum } from '../../main/data/staging';
import { closeDatabase } from '../../main/db/connection';
import { openWithKey } from '../helpers/protected-folder';
import { TEST_PASSPHRASE } from '../helpers/test-app';
import { makeTempDir } from '../helpers/temp-dir';

/**
 * Runs the compiled `npm run seed` as a child process, the way a person would (it needs the Node build:
 * `npm test` builds first; on its own, run `npx tsc -p tsconfig.node.json`).
 */
const SEED = path.join(__dirname, '../../dist/node/main/cli/seed.js');
const temp = makeTempDir('someday-seed-cli-');
afterAll(() => temp.cleanup());

const passphraseFile = path.join(temp.dir, 'passphrase.txt');
fs.writeFileSync(passphraseFile, `${TEST_PASSPHRASE}\n`, { mode: 0o600 });

function seed(...args: string[]) {
  const result = spawnSync(process.execPath, [SEED, ...args], {
    encoding: 'utf8',
    cwd: temp.dir,
    timeout: 60_000,
    env: { ...process.env, SOMEDAY_PASSPHRASE_FILE: passphraseFile },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function counts(dataDir: string) {
  const db = openWithKey(dataDir);
  try {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      contacts: n('SELECT count(*) AS n FROM contacts'),
      archived: n('SELECT count(*) AS n FROM contacts WHERE archived_at IS NOT NULL'),
      statuses: n('SELECT count(DISTINCT status) AS n FROM contacts'),
      drafts: n('SELECT count(*) AS n FROM drafts'),
      sent: n("SELECT count(*) AS n FROM drafts WHERE status = 'sent'"),
      revisions: n('SELECT count(*) AS n FROM draft_revisions'),
      interactions: n('SELECT count(*) AS n FROM interactions'),
      kinds: n('SELECT count(DISTINCT kind) AS n FROM interactions'),
      linked: n('SELECT count(*) AS n FROM interactions WHERE draft_id IS NOT NULL'),
      reminders: n("SELECT count(*) AS n FROM reminders WHERE state = 'pending'"),
      searchable: n(`SELECT count(*) AS n FROM drafts_fts WHERE drafts_fts MATCH '"roadmap" "workshop"'`),
      checksum: contentChecksum(db),
    };
  } finally {
    closeDatabase(db);
  }
}

describe('npm run seed', () => {
  const dataDir = path.join(temp.dir, 'new', 'folder');

  it('creates a missing folder with its encrypted database and fills it with the counts asked for', () => {
    const result = seed('--data-dir', dataDir, '--contacts', '120', '--drafts', '400', '--interactions', '900');
    expect(result.stderr).toMatch(/recovery code/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/120 contacts, 400 drafts, 900 interactions/);
    const seeded = counts(dataDir);
    expect(seeded).toMatchObject({ contacts: 120, drafts: 400, revisions: 400, interactions: 900 });
    // Varied, through the repositories: several statuses and kinds, archived and sent ones, links to drafts,
    // planned follow-ups, and the search words planted in some drafts.
    expect(seeded.statuses).toBeGreaterThanOrEqual(CONTACT_STATUSES.length - 1);
    expect(seeded.kinds).toBe(INTERACTION_KINDS.length);
    for (const key of ['archived', 'sent', 'linked', 'reminders', 'searchable'] as const)
      expect(seeded[key]).toBeGreaterThan(0);
  });

  it('refuses a folder that already holds data, changing nothing', () => {
    const before = counts(dataDir).checksum;
    const result = seed('--data-dir', dataDir, '--contacts', '5');
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `seed: refused. ${dataDir} already holds ${(120 + 400 + 400 + 900 + counts(dataDir).reminders).toLocaleString('en')} rows of data; give --force to add synthetic data to it. Nothing was changed.`,
    );
    expect(counts(dataDir).checksum).toBe(before);
  });

  it('adds to that data with --force', () => {
    const result = seed('--data-dir', dataDir, '--contacts', '10', '--drafts', '20', '--interactions', '30', '--force');
    expect(result.code).toBe(0);
    expect(counts(dataDir)).toMatchObject({ contacts: 130, drafts: 420, revisions: 420, interactions: 930 });
  });

  it.each([
    [['--contacts', '12'], 'Give the folder to fill with --data-dir DIR.'],
    [['--data-dir', 'x', '--contacts', 'many'], '--contacts must be a whole number from 0 to 10,000,000, not "many".'],
    [['--data-dir', 'x', '--drafts', '-3'], `Option '--drafts' argument is ambiguous.`],
    [
      ['--data-dir', 'x', '--interactions', '1.5'],
      '--interactions must be a whole number from 0 to 10,000,000, not "1.5".',
    ],
    [
      ['--data-dir', 'x', '--contacts', '0', '--drafts', '4'],
      'Drafts and interactions belong to contacts: give --contacts of at least 1.',
    ],
    [['--data-dir', 'x', '--colour', 'red'], `Unknown option '--colour'.`],
  ])('refuses %j with one plain sentence, exit 2 and nothing created', (args, sentence) => {
    const result = seed(...args);
    expect(result.code).toBe(2);
    const [first] = result.stderr.split('\n');
    expect(first).toContain(sentence.replace(/\.$/, ''));
    expect(fs.existsSync(path.join(temp.dir, 'x'))).toBe(false);
  });
});
