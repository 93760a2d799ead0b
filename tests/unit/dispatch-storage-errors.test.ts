import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../main/handlers/dispatch';
import type { Handlers } from '../../main/handlers/handler-types';
import { createTestApp } from '../helpers/test-app';

let app: ReturnType<typeof createTestApp>;
beforeEach(() => {
  app = createTestApp();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  app.dispose();
});

/** A SqliteError as better-sqlite3 throws it: the (extended) result code on `code`. */
function sqliteError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: 'SqliteError', code });
}

/** contacts:create writes a row, then fails with the given error: the row must be rolled back. */
function failingHandlers(error: Error): Handlers {
  return {
    ...app.handlers,
    'contacts:create': (_input, { db }) => {
      db.prepare("INSERT INTO settings (key, value) VALUES ('half-written', '1')").run();
      throw error;
    },
  } as Handlers;
}

describe('dispatch maps storage failures to plain sentences', () => {
  it.each([
    ['SQLITE_FULL', 'database or disk is full', /^The disk is full, so this change was not saved\./],
    ['SQLITE_BUSY', 'database is locked', /^The data file is busy in another window\./],
    ['SQLITE_READONLY', 'attempt to write a readonly database', /^The data file cannot be written to right now/],
    ['SQLITE_IOERR_WRITE', 'disk I/O error', /^The disk could not be read or written/],
    ['SQLITE_CANTOPEN', 'unable to open database file', /^The disk could not be read or written/],
    ['SQLITE_CORRUPT', 'database disk image is malformed', /^The data file looks damaged, so nothing was changed\./],
    ['SQLITE_NOTADB', 'file is not a database', /^The data file looks damaged/],
  ])('%s → a sentence a person can act on, and nothing written', async (code, message, expected) => {
    await expectRefusal(code, message, expected, 'internal');
  });

  it.each([
    ['SQLITE_CONSTRAINT_CHECK', 'CHECK constraint failed: length(title) BETWEEN 1 AND 120', 'invalid-input'],
    ['SQLITE_CONSTRAINT_NOTNULL', 'NOT NULL constraint failed: contacts.name', 'invalid-input'],
    ['SQLITE_CONSTRAINT_FOREIGNKEY', 'FOREIGN KEY constraint failed', 'not-found'],
    ['SQLITE_CONSTRAINT_UNIQUE', 'UNIQUE constraint failed: settings.key', 'conflict'],
  ])('%s → %s with a plain sentence, and nothing written', async (code, message, apiCode) => {
    await expectRefusal(code, message, /Nothing was changed|nothing was changed/, apiCode);
  });

  async function expectRefusal(code: string, message: string, expected: RegExp, apiCode: string) {
    const before = app.db.prepare('SELECT count(*) AS n FROM settings').get();
    const result = await dispatch(failingHandlers(sqliteError(code, message)), app.ctx, 'contacts:create', {
      name: 'Ada',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(apiCode);
    expect(result.error.message).toMatch(expected);
    expect(result.error.message).not.toContain('SQLITE');
    expect(app.db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual(before);
  }

  it('recognises a full disk by its message too, and hides unknown errors behind a generic sentence', async () => {
    const full = await dispatch(failingHandlers(new Error('database or disk is full')), app.ctx, 'contacts:create', {
      name: 'Ada',
    });
    expect(full).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^The disk is full/) } });
    const other = await dispatch(failingHandlers(new Error('secret detail at /home/x')), app.ctx, 'contacts:create', {
      name: 'Ada',
    });
    expect(other).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong while saving or loading. Nothing was changed.' },
    });
  });
});
