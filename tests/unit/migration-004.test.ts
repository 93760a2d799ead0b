import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../main/db/connection';
import { getSchemaVersion, migrateDatabase } from '../../main/db/migrate';
import { MIGRATIONS } from '../../main/db/migrations';
import { migration004Rehearsals } from '../../main/db/migrations/004-rehearsals';

/** The version migration 004 brings the schema to (its place in the list; 003 is on another branch). */
const VERSION = MIGRATIONS.indexOf(migration004Rehearsals) + 1;

function tables(db: ReturnType<typeof openDatabase>): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
    (row) => row.name,
  );
}

describe('migration 004-rehearsals', () => {
  it('is listed, after 002, and adds STRICT rehearsals and rehearsal_turns to an existing file keeping its data', () => {
    expect(VERSION).toBeGreaterThan(2);
    const db = openDatabase(':memory:', { migrate: false });
    migrateDatabase(db, ':memory:', { target: VERSION - 1 });
    expect(tables(db)).not.toContain('rehearsals');
    db.prepare(
      `INSERT INTO contacts (name, relationship, status, created_at, updated_at)
       VALUES ('Kept Person', 'recruiter', 'thanked', '2026-01-01', '2026-01-01')`,
    ).run();
    migrateDatabase(db, ':memory:', { target: VERSION });
    expect(getSchemaVersion(db)).toBe(VERSION);
    expect(tables(db)).toEqual(expect.arrayContaining(['rehearsals', 'rehearsal_turns']));
    expect((db.prepare('SELECT name FROM contacts').get() as { name: string }).name).toBe('Kept Person');
    for (const table of ['rehearsals', 'rehearsal_turns']) {
      const sql = (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(table) as { sql: string }).sql;
      expect(sql).toMatch(/\) STRICT$/);
    }
    closeDatabase(db);
  });

  it('cascades from contacts, keeps a rehearsal when its script is deleted, and checks its values', () => {
    const db = openDatabase(':memory:');
    const contact = Number(
      db
        .prepare(
          `INSERT INTO contacts (name, relationship, status, created_at, updated_at)
           VALUES ('Ada', 'recruiter', 'rejected', 'a', 'a')`,
        )
        .run().lastInsertRowid,
    );
    const draft = Number(
      db
        .prepare(`INSERT INTO drafts (contact_id, channel, created_at, updated_at) VALUES (?, 'call', 'a', 'a')`)
        .run(contact).lastInsertRowid,
    );
    const insert = db.prepare(
      `INSERT INTO rehearsals (contact_id, draft_id, scenario_id, scenario_title, rung, current_step, created_at)
       VALUES (?, ?, 'warm-pickup', 'Warm', ?, 'hello', 'a')`,
    );
    const rehearsal = Number(insert.run(contact, draft, 'script').lastInsertRowid);
    const turn = db.prepare(
      `INSERT INTO rehearsal_turns (rehearsal_id, position, step_id, line, answer, mode, talk_seconds, review, created_at)
       VALUES (?, ?, 'hello', 'Hi', 'Hello', ?, 1.5, '{}', 'a')`,
    );
    turn.run(rehearsal, 1, 'typed');
    expect(() => turn.run(rehearsal, 1, 'typed')).toThrow(/UNIQUE/);
    expect(() => turn.run(rehearsal, 2, 'shouted')).toThrow(/CHECK constraint/);
    expect(() => insert.run(contact, null, 'memorised')).toThrow(/CHECK constraint/);
    expect(() => insert.run(9999, null, 'script')).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.prepare("UPDATE rehearsal_turns SET recording_type = 'video/mp4' WHERE rehearsal_id = ?").run(rehearsal),
    ).toThrow(/CHECK constraint/);
    expect(() => db.prepare("UPDATE rehearsals SET talk_seconds = 'long' WHERE id = ?").run(rehearsal)).toThrow(
      /cannot store TEXT/,
    );

    db.prepare('DELETE FROM drafts WHERE id = ?').run(draft);
    expect(db.prepare('SELECT draft_id FROM rehearsals WHERE id = ?').get(rehearsal)).toEqual({ draft_id: null });
    db.prepare('DELETE FROM contacts WHERE id = ?').run(contact);
    expect(db.prepare('SELECT count(*) AS n FROM rehearsals').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM rehearsal_turns').get()).toEqual({ n: 0 });
    closeDatabase(db);
  });
});
