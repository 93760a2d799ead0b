import { afterEach, describe, expect, it } from 'vitest';
import { useFakeElectron } from '../helpers/fake-electron';
import { createTestApp } from '../helpers/test-app';
import { startReminderNotifier } from '../../main/reminder-notifier';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

function seed(app: ReturnType<typeof createTestApp>, name: string, dueAt: string) {
  const contact = app.db
    .prepare(
      `INSERT INTO contacts (name, relationship, status, created_at, updated_at) VALUES (?, 'recruiter', 'rejected', '2026-11-20T00:00:00.000Z', '2026-11-20T00:00:00.000Z')`,
    )
    .run(name);
  return Number(
    app.db
      .prepare(
        `INSERT INTO reminders (contact_id, step, channel, due_at, due_day, time_zone, created_at, updated_at)
         VALUES (?, 'check-in', 'email', ?, ?, 'UTC', '2026-11-20T00:00:00.000Z', '2026-11-20T00:00:00.000Z')`,
      )
      .run(contact.lastInsertRowid, dueAt, dueAt.slice(0, 10)).lastInsertRowid,
  );
}

describe('reminder notifier', () => {
  it('announces a reminder once when it falls due while the app runs, not the ones due before it started', () => {
    const app = createTestApp();
    cleanups.push(app.dispose);
    let now = new Date('2026-11-26T08:00:00Z');
    seed(app, 'Already Due', '2026-11-25T09:00:00.000Z');
    seed(app, 'Ada Lovelace', '2026-11-26T09:00:00.000Z');
    const shown: [string, string][] = [];
    const notifier = startReminderNotifier({
      database: app.database,
      now: () => now,
      notify: (t, b) => shown.push([t, b]),
    });
    cleanups.push(notifier.stop);
    expect(notifier.tick()).toBe(0);
    now = new Date('2026-11-26T09:00:30Z');
    expect(notifier.tick()).toBe(1);
    expect(shown).toEqual([['Time to follow up', expect.stringContaining('Ada Lovelace')]]);
    expect(notifier.tick()).toBe(0);
    expect(shown).toHaveLength(1);
  });

  it('stays quiet for "do not contact" and announces a snoozed reminder again when its new day comes', async () => {
    const app = createTestApp(new Date('2026-11-26T10:00:00Z'));
    cleanups.push(app.dispose);
    let now = new Date('2026-11-26T08:00:00Z');
    const id = seed(app, 'Grace', '2026-11-26T09:00:00.000Z');
    const shown: string[] = [];
    const notifier = startReminderNotifier({
      database: app.database,
      now: () => now,
      notify: (_t, b) => shown.push(b),
    });
    cleanups.push(notifier.stop);
    now = new Date('2026-11-26T10:00:00Z');
    expect(notifier.tick()).toBe(1);
    expect(await app.call('reminders:snooze', { id, by: 'day', timeZone: 'UTC' })).toMatchObject({ ok: true });
    now = new Date('2026-11-27T09:00:01Z');
    expect(notifier.tick()).toBe(1);
    seed(app, 'Blocked', '2026-11-27T09:30:00.000Z');
    app.db.prepare(`UPDATE contacts SET status = 'do-not-contact' WHERE name = 'Blocked'`).run();
    now = new Date('2026-11-27T10:00:00Z');
    expect(notifier.tick()).toBe(0);
    expect(shown).toHaveLength(2);
  });

  it('keeps announcing after a restore and after delete-all, which replaces the connection', async () => {
    const app = createTestApp(new Date('2026-11-26T10:00:00Z'));
    cleanups.push(app.dispose);
    let now = new Date('2026-11-26T08:00:00Z');
    const shown: string[] = [];
    const notifier = startReminderNotifier({
      database: app.database,
      now: () => now,
      notify: (_t, b) => shown.push(b),
    });
    cleanups.push(notifier.stop);
    seed(app, 'In The Backup', '2026-11-26T09:00:00.000Z');
    const backup = await app.call('backups:create', {});
    const name = (backup as { ok: true; value: { name: string } }).value.name;
    await app.call('contacts:delete', { id: 1 });
    const restored = await app.call('backups:restore', { name });
    expect(restored).toMatchObject({ ok: true });
    now = new Date('2026-11-26T09:00:30Z');
    expect(notifier.tick()).toBe(1);
    expect(shown.at(-1)).toContain('In The Backup');

    const before = app.db;
    expect(await app.call('data:delete-all', { confirmation: 'DELETE' })).toMatchObject({ ok: true });
    expect(before.open).toBe(false);
    expect(app.db).not.toBe(before);
    seed(app, 'After Delete', '2026-11-27T09:00:00.000Z');
    now = new Date('2026-11-27T09:00:30Z');
    expect(notifier.tick()).toBe(1);
    expect(shown.at(-1)).toContain('After Delete');
  });

  it('shows an Electron notification through the desktop service, and a click calls back to bring the window forward', async () => {
    const fake = useFakeElectron();
    const { createDesktopServices } = await import('../../main/desktop-services');
    let focused = 0;
    const window = {
      isDestroyed: () => false,
      isMinimized: () => false,
      restore: () => undefined,
      show: () => undefined,
      focus: () => {
        focused += 1;
      },
    };
    const services = createDesktopServices(
      () => window as never,
      () => window.focus(),
    );
    services.notify?.('Time to follow up', 'Ada Lovelace is due for a follow-up.');
    expect(fake.log.filter((entry) => entry.what.includes('otification')).map((entry) => entry.what)).toEqual([
      'new Notification',
      'notification.show',
    ]);
    expect(fake.notifications[0]?.options).toMatchObject({ title: 'Time to follow up' });
    fake.notifications[0]?.emit('click');
    expect(focused).toBe(1);
  });
});
