import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../main/db/connection';
import { EXPORT_TABLES } from '../../main/data/table-registry';
import { userTables } from '../../main/data/staging';

const open: ReturnType<typeof openDatabase>[] = [];
afterEach(() => open.splice(0).forEach(closeDatabase));

describe('the export table registry', () => {
  it('covers every table of the latest schema, column for column', () => {
    const db = openDatabase(':memory:');
    open.push(db);
    const tables = userTables(db);
    const registered = new Map(EXPORT_TABLES.map((table) => [table.name, [...table.columns]]));
    const uncovered = [...tables.keys()].filter((name) => !registered.has(name));
    expect(uncovered, 'add these tables to main/data/table-registry.ts').toEqual([]);
    for (const [name, columns] of tables) expect(registered.get(name), `columns of ${name}`).toEqual(columns);
    expect([...registered.keys()].filter((name) => !tables.has(name))).toEqual([]);
  });

  it('notices a table the registry does not cover (what a new migration without an entry would cause)', () => {
    const db = openDatabase(':memory:');
    open.push(db);
    db.exec('CREATE TABLE future_things (id INTEGER PRIMARY KEY, note TEXT NOT NULL) STRICT');
    const registered = new Set(EXPORT_TABLES.map((table) => table.name));
    expect([...userTables(db).keys()].filter((name) => !registered.has(name))).toEqual(['future_things']);
  });

  it('skips only SQLite internals and FTS tables', () => {
    const db = openDatabase(':memory:');
    open.push(db);
    const all = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[];
    const skipped = all.filter((name) => !userTables(db).has(name));
    for (const name of skipped) expect(name).toMatch(/^(sqlite_|[a-z_]+_fts($|_))/);
  });

  it('lists parents before the tables that refer to them', () => {
    const db = openDatabase(':memory:');
    open.push(db);
    const order = EXPORT_TABLES.map((table) => table.name);
    for (const table of order) {
      const parents = db
        .prepare('SELECT DISTINCT "table" FROM pragma_foreign_key_list(?)')
        .pluck()
        .all(table) as string[];
      for (const parent of parents)
        expect(order.indexOf(parent), `${parent} before ${table}`).toBeLessThan(order.indexOf(table));
    }
  });

  it('names a key column that exists and is unique in each table', () => {
    const db = openDatabase(':memory:');
    open.push(db);
    for (const table of EXPORT_TABLES) {
      const pk = db.prepare('SELECT name FROM pragma_table_info(?) WHERE pk = 1').pluck().get(table.name);
      expect(pk, table.name).toBe(table.key);
    }
  });
});
