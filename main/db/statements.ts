import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';

/**
 * Prepared statements kept per connection and per SQL text. Preparing a statement costs about as much
 * as running a small query, and the repositories run the same few statements again and again (every
 * autosave, every list), so each is prepared once. The SQL text is always built from fixed fragments
 * (values are bound parameters), so the number of distinct statements stays small; the cap is a guard.
 */
const MAX_STATEMENTS_PER_CONNECTION = 500;
const cache = new WeakMap<Db, Map<string, Statement>>();

export function statement(db: Db, sql: string): Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let prepared = statements.get(sql);
  if (!prepared) {
    if (statements.size >= MAX_STATEMENTS_PER_CONNECTION) statements.clear();
    prepared = db.prepare(sql);
    statements.set(sql, prepared);
  }
  return prepared;
}
