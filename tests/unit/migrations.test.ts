import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../main/db/connection';
import { LATEST_VERSION, backupFileName, getSchemaVersion, migrateDatabase } from '../../main/db/migrate';
import { MIGRATIONS } from '../../main/db/migrations';
import { makeTempDir } from '../helpers/temp-dir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

function tempDir(): string {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  return temp.dir;
}

describe('migrations', () => {
  it('are listed in order and reach LATEST_VERSION', () => {
    expect(MIGRATIONS.length).toBe(LATEST_VERSION);
    const db = openDatabase(':memory:', { migrate: false });
    expect(getSchemaVersion(db)).toBe(0);
    migrateDatabase(db, ':memory:');
    expect(getSchemaVersion(db)).toBe(LATEST_VERSION);
    closeDatabase(db);
  });

  it('001 creates contacts with constraints, an FTS index kept in sync by triggers, and settings', () => {
    const db = openDatabase(':memory:', { migrate: false });
    migrateDatabase(db, ':memory:', { target: 1 });
    const insert = db.prepare(
      `INSERT INTO contacts (name, relationship, status, notes, company, created_at, updated_at)
       VALUES (?, 'recruiter', 'rejected', ?, ?, '2026-01-01', '2026-01-01')`,
    );
    const id = Number(insert.run('Grace Hopper', 'met at the panel', 'Navy Labs').lastInsertRowid);
    const match = (q: string) =>
      (db.prepare('SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?').all(q) as { rowid: number }[]).map(
        (r) => r.rowid,
      );
    expect(match('"navy"*')).toEqual([id]);
    db.prepare("UPDATE contacts SET company = 'Harbor' WHERE id = ?").run(id);
    expect(match('"navy"*')).toEqual([]);
    expect(match('"harb"*')).toEqual([id]);
    db.prepare('DELETE FROM contacts WHERE id = ?').run(id);
    expect(match('"harb"*')).toEqual([]);
    expect(() =>
      db
        .prepare(
          `INSERT INTO contacts (name, relationship, status, created_at, updated_at) VALUES ('X', 'boss', 'rejected', 'a', 'a')`,
        )
        .run(),
    ).toThrow(/CHECK constraint/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO contacts (name, relationship, status, created_at, updated_at) VALUES ('', 'other', 'rejected', 'a', 'a')`,
        )
        .run(),
    ).toThrow(/CHECK constraint/);
    expect(() => db.prepare("INSERT INTO settings (key, value) VALUES ('k', x'00')").run()).toThrow(
      /cannot store BLOB/,
    );
    closeDatabase(db);
  });

  it('002 adds the interview highlight to existing contacts, drafts with revisions and FTS, and user templates', () => {
    const db = openDatabase(':memory:', { migrate: false });
    migrateDatabase(db, ':memory:', { target: 1 });
    db.prepare(
      `INSERT INTO contacts (name, relationship, status, created_at, updated_at)
       VALUES ('Kept Person', 'recruiter', 'thanked', '2026-01-01', '2026-01-01')`,
    ).run();
    migrateDatabase(db, ':memory:', { target: 2 });
    expect(db.prepare('SELECT name, status, highlight FROM contacts').get()).toEqual({
      name: 'Kept Person',
      status: 'thanked',
      highlight: '',
    });
    const draft = db
      .prepare(
        `INSERT INTO drafts (contact_id, channel, body, created_at, updated_at) VALUES (1, 'email', 'a kind note', 'x', 'x')`,
      )
      .run();
    db.prepare(`INSERT INTO draft_revisions (draft_id, subject, body, created_at) VALUES (?, '', 'v1', 'x')`).run(
      draft.lastInsertRowid,
    );
    expect(db.prepare(`SELECT rowid FROM drafts_fts WHERE drafts_fts MATCH '"kind"'`).all()).toEqual([{ rowid: 1 }]);
    expect(() =>
      db.prepare(`INSERT INTO drafts (contact_id, channel, created_at, updated_at) VALUES (1, 'fax', 'x', 'x')`).run(),
    ).toThrow(/CHECK constraint/);
    expect(() =>
      db
        .prepare(`INSERT INTO drafts (contact_id, channel, created_at, updated_at) VALUES (99, 'email', 'x', 'x')`)
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM contacts').run();
    expect(
      db.prepare('SELECT (SELECT count(*) FROM drafts) + (SELECT count(*) FROM draft_revisions) AS n').get(),
    ).toEqual({
      n: 0,
    });
    expect(() =>
      db
        .prepare(
          `INSERT INTO user_templates (channel, title, body, created_at, updated_at) VALUES ('email', '', 'b', 'x', 'x')`,
        )
        .run(),
    ).toThrow(/CHECK constraint/);
    closeDatabase(db);
  });

  it('003 adds interactions and reminders (STRICT, checked), keeps contacts, and stops reminders on "do not contact"', () => {
    const db = openDatabase(':memory:', { migrate: false });
    migrateDatabase(db, ':memory:', { target: 2 });
    db.prepare(
      `INSERT INTO contacts (name, relationship, status, created_at, updated_at)
       VALUES ('Kept Person', 'recruiter', 'rejected', '2026-01-01', '2026-01-01')`,
    ).run();
    db.prepare(
      `INSERT INTO drafts (contact_id, channel, body, created_at, updated_at) VALUES (1, 'email', 'thanks', 'x', 'x')`,
    ).run();
    migrateDatabase(db, ':memory:', { target: 3 });
    expect(db.prepare('SELECT name FROM contacts').get()).toEqual({ name: 'Kept Person' });
    const strict = db.prepare(`SELECT name, strict FROM pragma_table_list WHERE name IN ('interactions','reminders')`);
    expect(strict.all()).toEqual(
      expect.arrayContaining([
        { name: 'interactions', strict: 1 },
        { name: 'reminders', strict: 1 },
      ]),
    );
    const at = '2026-11-26T09:00:00.000Z';
    db.prepare(
      `INSERT INTO interactions (contact_id, kind, occurred_at, summary, outcome, draft_id, created_at, updated_at)
       VALUES (1, 'email', ?, 'sent thanks', 'sent', 1, ?, ?)`,
    ).run(at, at, at);
    expect(() =>
      db
        .prepare(
          `INSERT INTO interactions (contact_id, kind, occurred_at, outcome, created_at, updated_at)
           VALUES (1, 'fax', ?, 'sent', ?, ?)`,
        )
        .run(at, at, at),
    ).toThrow(/CHECK constraint/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO interactions (contact_id, kind, occurred_at, outcome, created_at, updated_at)
           VALUES (1, 'call', '26/11/2026', 'reached', ?, ?)`,
        )
        .run(at, at),
    ).toThrow(/CHECK constraint/);
    db.prepare('DELETE FROM drafts WHERE id = 1').run();
    expect(db.prepare('SELECT draft_id FROM interactions').get()).toEqual({ draft_id: null });
    const remind = db.prepare(
      `INSERT INTO reminders (contact_id, step, channel, due_at, due_day, time_zone, created_at, updated_at)
       VALUES (1, ?, 'email', ?, '2026-11-27', 'Europe/London', ?, ?)`,
    );
    remind.run('thank-you', '2026-11-27T09:00:00.000Z', at, at);
    remind.run('check-in', '2026-12-26T09:00:00.000Z', at, at);
    expect(() => remind.run('someday', '2026-12-26T09:00:00.000Z', at, at)).toThrow(/CHECK constraint/);
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT * FROM reminders WHERE state = 'pending' AND due_day <= '2026-11-26'`)
      .all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/reminders_pending_by_day/);
    db.prepare(`UPDATE contacts SET status = 'do-not-contact', updated_at = ? WHERE id = 1`).run(at);
    expect(db.prepare(`SELECT DISTINCT state FROM reminders`).all()).toEqual([{ state: 'cancelled' }]);
    db.prepare('DELETE FROM contacts').run();
    expect(
      db.prepare('SELECT (SELECT count(*) FROM interactions) + (SELECT count(*) FROM reminders) AS n').get(),
    ).toEqual({ n: 0 });
    closeDatabase(db);
  });

  it('refuses a database written by a newer version, with a clear message, and leaves it alone', () => {
    const file = path.join(tempDir(), 'someday.sqlite');
    const db = openDatabase(file);
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    closeDatabase(db);
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/newer version of Someday/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('rolls back every pending step when one fails', () => {
    const db = openDatabase(':memory:', { migrate: false });
    const broken = [
      ...MIGRATIONS,
      () => {
        throw new Error('boom');
      },
    ];
    expect(() => migrateDatabase(db, ':memory:', { migrations: broken })).toThrow('boom');
    expect(getSchemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'contacts'").get()).toEqual({ n: 0 });
    closeDatabase(db);
  });

  it('copies an existing file aside, as it was, before migrating it', () => {
    const file = path.join(tempDir(), 'someday.sqlite');
    const extra = (db: Parameters<(typeof MIGRATIONS)[number]>[0]) =>
      db.exec('ALTER TABLE contacts ADD COLUMN extra TEXT');
    const db = openDatabase(file);
    db.prepare("INSERT INTO settings (key, value) VALUES ('theme', '\"dark\"')").run();
    closeDatabase(db);

    const upgraded = openDatabase(file, { migrate: false });
    migrateDatabase(upgraded, file, { migrations: [...MIGRATIONS, extra] });
    expect(getSchemaVersion(upgraded)).toBe(LATEST_VERSION + 1);
    closeDatabase(upgraded);

    const copy = backupFileName(file, LATEST_VERSION, LATEST_VERSION + 1);
    expect(fs.existsSync(copy)).toBe(true);
    const old = openDatabase(copy, { migrate: false });
    expect(getSchemaVersion(old)).toBe(LATEST_VERSION);
    expect(old.prepare('SELECT value FROM settings').get()).toEqual({ value: '"dark"' });
    closeDatabase(old);
  });

  it('takes no copy of a brand-new file', () => {
    const dir = tempDir();
    closeDatabase(openDatabase(path.join(dir, 'someday.sqlite')));
    // Copies before a migration go to backups/before-migration-…; a new file needs none, anywhere.
    const backups = path.join(dir, 'backups');
    const copies = fs.existsSync(backups) ? fs.readdirSync(backups) : [];
    expect(copies.filter((name) => name.startsWith('before-migration'))).toEqual([]);
    expect(fs.readdirSync(dir).filter((name) => /\.(bak|sqlite)$/.test(name))).toEqual(['someday.sqlite']);
  });
});
