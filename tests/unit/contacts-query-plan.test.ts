import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestApp } from '../helpers/test-app';

/**
 * The contacts screen asks for every contact sorted by name. Its SQL must use the contacts_by_name
 * index for both the filter and the order (no temporary sort of every row), and count from an index:
 * with 10,000 contacts the sort alone took most of the time (`npm run bench`, contacts_list_all).
 */

let app: ReturnType<typeof createTestApp>;
const prepared: string[] = [];

beforeEach(() => {
  app = createTestApp();
  prepared.length = 0;
  const prepare = app.db.prepare.bind(app.db);
  vi.spyOn(app.db, 'prepare').mockImplementation((sql: string) => {
    prepared.push(sql);
    return prepare(sql);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  app.dispose();
});

function plan(sql: string): string {
  const rows = app.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ limit: 1, offset: 0 }) as { detail: string }[];
  return rows.map((row) => row.detail).join(' / ');
}

describe('contacts:list query plan', () => {
  it.each([false, true])('lists by name through the index, archived: %s', async (archived) => {
    await app.call('contacts:create', { name: 'Amara Okafor' });
    const result = await app.call('contacts:list', { sort: 'name', archived });
    expect(result.ok).toBe(true);
    const list = prepared.find((sql) => sql.includes('ORDER BY'));
    const count = prepared.find((sql) => sql.includes('count(*)'));
    expect(list && count).toBeTruthy();
    expect(plan(list!)).toContain('USING INDEX contacts_by_name');
    expect(plan(list!)).not.toContain('TEMP B-TREE');
    expect(plan(count!)).toContain('COVERING INDEX');
  });
});
