import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_FILE_NAME, openDatabase } from '../../main/db/connection';
import { secretFromKeychain } from '../../main/protection/keychain';
import { createEvent, startElectronMain, useFakeElectron, type FakeElectron } from '../helpers/fake-electron';
import { makeTempDir } from '../helpers/temp-dir';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

async function boot(): Promise<{ fake: FakeElectron; userData: string }> {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  const appRoot = path.join(temp.dir, 'app');
  fs.mkdirSync(path.join(appRoot, 'dist', 'renderer'), { recursive: true });
  fs.writeFileSync(path.join(appRoot, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Someday</title>');
  const userData = path.join(temp.dir, 'user-data');
  const fake = await startElectronMain({ appPath: appRoot, userData });
  cleanups.push(() => fake.app.emit('will-quit', createEvent({})));
  await fake.app.becomeReady();
  return { fake, userData };
}

/** What the person does on macOS: closes the window with the red button; the app keeps running. */
function closeWindow(fake: FakeElectron) {
  const win = fake.windows.at(-1);
  if (!win) throw new Error('no window');
  win.destroyed = true;
  win.emit('closed');
  fake.app.emit('window-all-closed');
}

function liveWindows(fake: FakeElectron) {
  return fake.windows.filter((win) => !win.destroyed);
}

describe('macOS with the window closed', () => {
  it('opens the window again when the Dock icon is clicked (activate)', async () => {
    const { fake } = await boot();
    closeWindow(fake);
    expect(liveWindows(fake)).toHaveLength(0);
    fake.app.emit('activate', createEvent({}), false);
    expect(liveWindows(fake)).toHaveLength(1);
    expect(liveWindows(fake)[0]?.loadedUrls).toStrictEqual(['app://someday/index.html']);
    fake.app.emit('activate', createEvent({}), true);
    expect(liveWindows(fake)).toHaveLength(1);
  });

  it('opens the window again when Someday is launched a second time (second-instance)', async () => {
    const { fake } = await boot();
    closeWindow(fake);
    fake.app.emit('second-instance', createEvent({}), [], '/');
    expect(liveWindows(fake)).toHaveLength(1);
  });

  it('brings an existing, minimised window forward rather than opening another', async () => {
    const { fake } = await boot();
    const win = liveWindows(fake)[0]!;
    win.minimized = true;
    fake.app.emit('second-instance', createEvent({}), [], '/');
    fake.app.emit('activate', createEvent({}), true);
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(true);
    expect(fake.windows).toHaveLength(1);
  });

  it('opens the window again when a reminder notification is clicked', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'], now: new Date('2026-11-26T08:00:00Z') });
    cleanups.push(() => vi.useRealTimers());
    const { fake, userData } = await boot();
    // The folder's key is wrapped by the (fake) keychain, as on a desktop with one.
    const secret = await secretFromKeychain(userData, fake.safeStorage, process.platform);
    if (!secret || !('dataKey' in secret)) throw new Error('The keychain did not give the data key.');
    const db = openDatabase(path.join(userData, DATABASE_FILE_NAME), { key: secret.dataKey, migrate: false });
    const contact = db
      .prepare(
        `INSERT INTO contacts (name, relationship, status, created_at, updated_at) VALUES ('Ada Lovelace', 'recruiter', 'rejected', 'x', 'x')`,
      )
      .run();
    db.prepare(
      `INSERT INTO reminders (contact_id, step, channel, due_at, due_day, time_zone, created_at, updated_at)
       VALUES (?, 'check-in', 'email', '2026-11-26T08:00:30.000Z', '2026-11-26', 'UTC', 'x', 'x')`,
    ).run(contact.lastInsertRowid);
    db.close();
    closeWindow(fake);
    vi.advanceTimersByTime(60_000);
    expect(fake.notifications).toHaveLength(1);
    expect(fake.notifications[0]?.options.body).toContain('Ada Lovelace');
    fake.notifications[0]?.emit('click', createEvent({}));
    expect(liveWindows(fake)).toHaveLength(1);
  });

  it('opens nothing before the data is open', async () => {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    const fake = await startElectronMain({ appPath: temp.dir, userData: path.join(temp.dir, 'data') });
    fake.app.emit('activate', createEvent({}), false);
    expect(fake.windows).toHaveLength(0);
  });
});

describe('Windows: notifications carry the installer shortcut id', () => {
  it("sets electron-builder's appId as the AppUserModelID on Windows, before ready", async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { ...platform, value: 'win32' });
    let fake: FakeElectron;
    try {
      const temp = makeTempDir();
      cleanups.push(temp.cleanup);
      fake = await startElectronMain({ appPath: temp.dir, userData: path.join(temp.dir, 'data') });
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
    expect(fake.calls('app.setAppUserModelId')).toStrictEqual([
      { what: 'app.setAppUserModelId', args: ['dev.someday.app'] },
    ]);
    expect(fake.indexOf('app.setAppUserModelId')).toBeLessThan(fake.indexOf('app.enableSandbox'));
  });

  it('leaves it alone elsewhere (the method exists on Windows only)', async () => {
    const { setWindowsAppId } = await import('../../main/app-lifecycle');
    const calls: string[] = [];
    setWindowsAppId({ setAppUserModelId: (id) => calls.push(id) }, 'darwin');
    setWindowsAppId({ setAppUserModelId: (id) => calls.push(id) }, 'linux');
    setWindowsAppId({}, 'win32');
    expect(calls).toStrictEqual([]);
    setWindowsAppId({ setAppUserModelId: (id) => calls.push(id) }, 'win32');
    expect(calls).toStrictEqual(['dev.someday.app']);
  });
});

describe('notifications are kept until clicked or closed', () => {
  it('holds each notification so its click arrives, and lets it go afterwards', async () => {
    const fake = useFakeElectron();
    const { createDesktopServices, countRetainedNotifications } = await import('../../main/desktop-services');
    let shown = 0;
    const services = createDesktopServices(
      () => null,
      () => (shown += 1),
    );
    services.notify?.('Time to follow up', 'Ada Lovelace is due for a follow-up.');
    services.notify?.('Time to follow up', 'Grace Hopper is due for a follow-up.');
    expect(countRetainedNotifications()).toBe(2);
    fake.notifications[0]?.emit('click', createEvent({}));
    expect(shown).toBe(1);
    expect(countRetainedNotifications()).toBe(1);
    fake.notifications[1]?.emit('close', createEvent({}));
    expect(countRetainedNotifications()).toBe(0);
    expect(shown).toBe(1);
  });

  it('keeps at most 50', async () => {
    useFakeElectron();
    const { createDesktopServices, countRetainedNotifications } = await import('../../main/desktop-services');
    const services = createDesktopServices(
      () => null,
      () => undefined,
    );
    for (let i = 0; i < 60; i += 1) services.notify?.('Time to follow up', `Contact ${i}`);
    expect(countRetainedNotifications()).toBe(50);
  });
});
