import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../core/channels';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { LATEST_VERSION } from '../../main/db/migrate';
import { buildHandlers } from '../../main/handlers/registry';
import { dispatch } from '../../main/handlers/dispatch';
import { createTestApp } from '../helpers/test-app';

let app: ReturnType<typeof createTestApp>;
beforeEach(() => {
  app = createTestApp();
});
afterEach(() => app.dispose());

function countRows(): number {
  return (
    app.db.prepare('SELECT (SELECT count(*) FROM contacts) + (SELECT count(*) FROM settings) AS n').get() as {
      n: number;
    }
  ).n;
}

describe('dispatch', () => {
  it('runs a valid call and returns ok with the value', async () => {
    const result = await app.call('contacts:create', { name: 'Ada Lovelace', company: 'Engines Ltd' });
    expect(result).toMatchObject({ ok: true, value: { id: 1, name: 'Ada Lovelace' } });
    expect(await app.call('contacts:list', undefined)).toMatchObject({ ok: true, value: { total: 1 } });
    expect(await app.call('app:info', {})).toMatchObject({
      ok: true,
      value: { mode: 'browser', schemaVersion: LATEST_VERSION },
    });
  });

  it.each([
    ['contacts:create', null],
    ['contacts:create', 'Ada'],
    ['contacts:create', []],
    ['contacts:create', { name: '' }],
    ['contacts:create', { name: 'Ada', email: 'nope' }],
    ['contacts:create', { name: 'Ada', extra: 1 }],
    ['contacts:create', { name: 'x'.repeat(10_000) }],
    ['contacts:create', JSON.parse('{"name":"Ada","__proto__":{"polluted":true}}')],
    ['contacts:update', { id: 1 }],
    ['contacts:update', { id: -1, contact: { name: 'A' } }],
    ['contacts:update', { id: 1.5, contact: { name: 'A' } }],
    ['contacts:delete', { id: '1' }],
    ['contacts:set-archived', { id: 1, archived: 'yes' }],
    ['contacts:list', { sort: 'DROP TABLE contacts' }],
    ['contacts:list', { limit: 1e9 }],
    ['settings:update', { theme: 'neon' }],
    ['settings:update', { nope: true }],
    ['app:info', { x: 1 }],
    ['drafts:create', { contactId: 1, channel: 'fax' }],
    ['drafts:create', { contactId: 1, channel: 'email', templateId: '../etc/passwd' }],
    ['drafts:save', { id: 1, subject: '', body: 'x'.repeat(20_001) }],
    ['drafts:set-status', { id: 1, status: 'sent', sentOn: 'tomorrow' }],
    ['templates:save', { channel: 'email', title: '', body: 'x' }],
    ['output:open-mail', { to: 'a@b.co,eve@evil.example', subject: '', body: '' }],
    ['output:save-file', { kind: 'exe', fileName: 'x', content: '' }],
    ['output:save-file', { kind: 'txt', fileName: '../../.bashrc', content: '' }],
  ])('refuses %s with %j as invalid-input, writing nothing', async (channel, input) => {
    await app.call('contacts:create', { name: 'Existing' });
    const before = countRows();
    const result = await app.call(channel, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.message.length).toBeGreaterThan(5);
      expect(Array.isArray(result.error.issues)).toBe(true);
    }
    expect(countRows()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([undefined, null, 42, '', 'contacts:nope', 'constructor', '__proto__', 'toString'])(
    'refuses the unknown channel %j',
    async (channel) => {
      const result = await app.call(channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    },
  );

  it('maps a missing record to not-found', async () => {
    expect(await app.call('contacts:get', { id: 404 })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'No contact with id 404. It may have been deleted.' },
    });
  });

  it('rolls back a handler that fails half-way', async () => {
    const handlers = buildHandlers();
    const failing = {
      ...handlers,
      'contacts:create': (
        input: Parameters<(typeof handlers)['contacts:create']>[0],
        ctx: Parameters<(typeof handlers)['contacts:create']>[1],
      ) => {
        handlers['contacts:create'](input, ctx);
        throw new Error('disk on fire');
      },
    };
    await app.call('contacts:create', { name: 'Existing' });
    const before = countRows();
    const outcome = await dispatch(failing, app.ctx, 'contacts:create', { name: 'Half' });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!outcome.ok) expect(outcome.error.message).not.toMatch(/disk on fire/);
    expect(countRows()).toBe(before);
  });

  it('keeps the settings it is given and reads them back', async () => {
    expect(await app.call('settings:get', {})).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, theme: 'system', myName: '', myPhone: '', myEmail: '', speakingWpm: 150 },
    });
    expect(await app.call('settings:update', { theme: 'dark' })).toMatchObject({ ok: true, value: { theme: 'dark' } });
    expect(await app.call('settings:get', undefined)).toMatchObject({ ok: true, value: { theme: 'dark' } });
  });

  it('has a handler for every channel', async () => {
    const handlers = buildHandlers();
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });
});
