import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { statement } from '../../main/db/statements';

describe('statement cache', () => {
  it('prepares each SQL text once per connection and keeps connections apart', () => {
    const one = new Database(':memory:');
    const two = new Database(':memory:');
    try {
      one.exec('CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)');
      two.exec('CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (2)');
      const sql = 'SELECT x FROM t';
      expect(statement(one, sql)).toBe(statement(one, sql));
      expect(statement(two, sql)).not.toBe(statement(one, sql));
      expect(statement(one, sql).get()).toEqual({ x: 1 });
      expect(statement(two, sql).get()).toEqual({ x: 2 });
      // A schema change after preparing is picked up (SQLite re-prepares the statement itself).
      one.exec("ALTER TABLE t ADD COLUMN y TEXT NOT NULL DEFAULT 'a'");
      expect(statement(one, 'SELECT * FROM t').get()).toEqual({ x: 1, y: 'a' });
      expect(statement(one, sql).get()).toEqual({ x: 1 });
    } finally {
      one.close();
      two.close();
    }
  });
});
