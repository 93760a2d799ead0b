import { formatOneText, exportThroughApp, chooseFile } from '../helpers/export-files';
import fs from 'node:fs';
import { TEST_UNLOCK } from '../helpers/test-app';
import path from 'node:path';
import { openWithKey } from '../helpers/protected-folder';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../core/api-result';
import type { BackupInfo, DataImportPreview, DataImportResult } from '../../core/data';
import { createAppContext } from '../../main/app-context';
import { backupsDir, createBackup, isDailyBackupDue, listBackups, pruneBackups } from '../../main/data/backups';
import { LOCK_NAME, LOCK_OWNER_NAME } from '../../main/data/folder-lock';
import { KEYS_FILE_NAME } from '../../main/protection/keyring';
import { contentChecksum } from '../../main/data/staging';
import { closeDatabase, DATABASE_FILE_NAME, openDatabase } from '../../main/db/connection';
import { LATEST_VERSION, migrateDatabase } from '../../main/db/migrate';
import { MIGRATIONS } from '../../main/db/migrations';
import { findAppRoot } from '../../main/paths';
import { seedSampleData } from '../helpers/sample-data';
import { makeTempDir } from '../helpers/temp-dir';
import { createTestApp } from '../helpers/test-app';

type TestApp = ReturnType<typeof createTestApp>;
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

function newApp(now?: Date): TestApp {
  const app = createTestApp(now);
  cleanups.push(app.dispose);
  return app;
}

async function value<T>(result: Promise<ApiResult<unknown>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value as T;
}

const contactCount = (app: TestApp) => app.ctx.db.prepare('SELECT count(*) FROM contacts').pluck().get();

describe('backups', () => {
  it('are made with the online backup API while WAL holds the latest rows, and restore exactly', async () => {
    const app = newApp();
    await seedSampleData(app, 8);
    // Nothing checkpointed yet: the rows are still in the -wal file, which a raw copy would miss.
    expect(fs.statSync(path.join(app.dataDir, `${DATABASE_FILE_NAME}-wal`)).size).toBeGreaterThan(0);
    const saved = contentChecksum(app.db);
    const backup = await value<BackupInfo>(app.call('backups:create', {}));
    expect(backup).toMatchObject({ reason: 'manual', createdAt: '2026-11-26T09:00:00.000Z' });
    expect(backup.bytes).toBeGreaterThan(0);

    const copy = openWithKey(app.dataDir, path.join(backupsDir(app.dataDir), backup.name), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(8);
    copy.close();

    await value(app.call('contacts:delete', { id: 2 }));
    await value(app.call('contacts:create', { name: 'Added after' }));
    expect(contentChecksum(app.db)).not.toBe(saved);
    const changed = contentChecksum(app.db);

    const restored = await value<DataImportResult>(app.call('backups:restore', { name: backup.name }));
    expect(contentChecksum(app.db)).toBe(saved);
    expect(restored.backup.reason).toBe('before-restore');
    expect(restored.tables.find((t) => t.table === 'contacts')).toMatchObject({
      incoming: 8,
      current: 8,
      removed: 1,
      added: 1,
    });

    // The restore backed up the state it replaced, so it can be undone.
    await value(app.call('backups:restore', { name: restored.backup.name }));
    expect(contentChecksum(app.db)).toBe(changed);
    const list = await value<BackupInfo[]>(app.call('backups:list', {}));
    expect(list.map((b) => b.reason).sort()).toEqual(['before-restore', 'before-restore', 'manual']);
  });

  it('keep only the newest N daily backups, as the setting says; the count never removes the others', async () => {
    const app = newApp();
    await seedSampleData(app, 2);
    await value(app.call('settings:update', { backupsToKeep: 3 }));
    const manual = await value<BackupInfo>(app.call('backups:create', {}));
    for (let i = 0; i < 5; i++)
      await createBackup(app.db, app.dataDir, 'daily', new Date(Date.UTC(2026, 10, 26, 9)), 3);
    await value(app.call('backups:create', {}));
    const list = await value<BackupInfo[]>(app.call('backups:list', {}));
    expect(list.filter((b) => b.reason === 'daily').map((b) => b.name)).toEqual([
      'someday-2026-11-26T09-00-00-000Z-daily-6.sqlite',
      'someday-2026-11-26T09-00-00-000Z-daily-5.sqlite',
      'someday-2026-11-26T09-00-00-000Z-daily-4.sqlite',
    ]);
    expect(list.filter((b) => b.reason === 'manual')).toHaveLength(2);
    expect(list.map((b) => b.name)).toContain(manual.name);
    expect(fs.readdirSync(backupsDir(app.dataDir))).toHaveLength(5);
    expect((await app.call('settings:update', { backupsToKeep: 0 })).ok).toBe(false);
    expect((await app.call('settings:update', { backupsToKeep: 101 })).ok).toBe(false);
  });

  it('made before an import, a restore or an update survive an imported backupsToKeep of 1', async () => {
    const source = newApp();
    await seedSampleData(source, 2);
    await value(source.call('settings:update', { backupsToKeep: 1, recordingRetention: { mode: 'never', days: 30 } }));
    const exported = { content: formatOneText(source) };

    const app = newApp();
    await seedSampleData(app, 5);
    fs.mkdirSync(backupsDir(app.dataDir), { recursive: true });
    fs.writeFileSync(path.join(backupsDir(app.dataDir), 'before-migration-v1-to-v2.sqlite'), 'an old copy');
    const before = contentChecksum(app.db);

    // The preview names the two settings that decide what Someday deletes by itself.
    const preview = await value<DataImportPreview>(app.call('data:import-preview', { content: exported.content }));
    expect(preview.settingChanges.map((c) => [c.key, c.now, c.incoming])).toEqual([
      ['backupsToKeep', '5', '1'],
      ['recordingRetention', 'kept for 30 days', 'not kept'],
    ]);
    expect(preview.settingChanges[0]!.effect).toMatch(/backup made before this import is kept/);

    const imported = await value<DataImportResult>(app.call('data:import-apply', { content: exported.content }));
    expect(await value(app.call('settings:get', {}))).toMatchObject({ backupsToKeep: 1 });
    // Days of daily backups, a backup by hand, and a restore, all with the imported count of 1.
    for (let day = 27; day <= 30; day++) {
      await createBackup(app.db, app.dataDir, 'daily', new Date(Date.UTC(2026, 10, day, 9)), 1);
    }
    await value(app.call('backups:create', {}));
    const restored = await value<DataImportResult>(app.call('backups:restore', { name: imported.backup.name }));
    expect(contentChecksum(app.db)).toBe(before);
    await createBackup(app.db, app.dataDir, 'daily', new Date(Date.UTC(2026, 11, 1, 9)), 1);

    const reasons = listBackups(app.dataDir).map((b) => b.reason);
    expect(reasons.filter((r) => r === 'daily')).toHaveLength(1);
    expect(listBackups(app.dataDir).map((b) => b.name)).toEqual(
      expect.arrayContaining([imported.backup.name, restored.backup.name, 'before-migration-v1-to-v2.sqlite']),
    );
    expect(reasons.filter((r) => r === 'manual')).toHaveLength(1);
  });

  it('an import preview names no setting when the file keeps the same ones', async () => {
    const app = newApp();
    await seedSampleData(app, 2);
    const { file } = await exportThroughApp(app, null);
    const preview = await value<DataImportPreview>(app.call('data:import-preview', { source: chooseFile(app, file) }));
    expect(preview.settingChanges).toEqual([]);
  });

  it('prune by date over simulated days', async () => {
    const app = newApp();
    await seedSampleData(app, 1);
    for (let day = 1; day <= 30; day++) {
      const now = new Date(Date.UTC(2026, 10, day, 12));
      if (isDailyBackupDue(app.dataDir, now)) await createBackup(app.db, app.dataDir, 'daily', now, 7);
    }
    const list = listBackups(app.dataDir);
    expect(list.map((b) => b.createdAt.slice(0, 10))).toEqual([
      '2026-11-30',
      '2026-11-29',
      '2026-11-28',
      '2026-11-27',
      '2026-11-26',
      '2026-11-25',
      '2026-11-24',
    ]);
    expect(pruneBackups(app.dataDir, 2)).toHaveLength(5);
    expect(isDailyBackupDue(app.dataDir, new Date('2026-11-30T23:00:00Z'))).toBe(false);
    expect(isDailyBackupDue(app.dataDir, new Date('2026-12-01T12:00:00Z'))).toBe(true);
  });

  it('are taken daily when the app opens with data in it, and not for an empty one', async () => {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    const options = {
      dataDir: temp.dir,
      mode: 'browser' as const,
      version: '0',
      templatesDir: path.join(findAppRoot(), 'templates'),
    };
    const first = createAppContext({
      ...TEST_UNLOCK,
      ...options,
      now: () => new Date('2026-11-20T08:00:00Z'),
    });
    await first.ctx.data.dailyBackup();
    expect(listBackups(temp.dir)).toEqual([]);
    await seedSampleData(first, 2);
    first.close();

    const second = createAppContext({
      ...TEST_UNLOCK,
      ...options,
      now: () => new Date('2026-11-21T08:00:00Z'),
    });
    await second.ctx.data.dailyBackup();
    expect(listBackups(temp.dir).map((b) => b.reason)).toEqual(['daily']);
    await second.ctx.data.dailyBackup();
    expect(listBackups(temp.dir)).toHaveLength(1);
    second.close();
  });

  it('refuse to restore a name that is not in the list, or a damaged backup, and change nothing', async () => {
    const app = newApp();
    await seedSampleData(app, 3);
    const before = contentChecksum(app.db);
    for (const name of ['../someday.sqlite', 'someday.sqlite', 'nothing-here.sqlite', '/etc/passwd']) {
      const result = await app.call('backups:restore', { name });
      expect(result.ok, name).toBe(false);
    }
    const backup = await value<BackupInfo>(app.call('backups:create', {}));
    const file = path.join(backupsDir(app.dataDir), backup.name);
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const damaged = await app.call('backups:restore', { name: backup.name });
    expect(damaged.ok).toBe(false);
    if (!damaged.ok) expect(damaged.error.message).toMatch(/damaged/);
    expect(contentChecksum(app.db)).toBe(before);
    expect(fs.readdirSync(app.dataDir).filter((n) => n.startsWith('.staging'))).toEqual([]);
  });

  it('of an older schema (the copy before a migration) restore by migrating a staging copy', async () => {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    const file = path.join(temp.dir, DATABASE_FILE_NAME);
    const old = openDatabase(file, { migrate: false });
    migrateDatabase(old, file, { target: 1 });
    old
      .prepare(
        `INSERT INTO contacts (name, relationship, status, created_at, updated_at) VALUES ('From v1', 'recruiter', 'thanked', '2026-01-01', '2026-01-01')`,
      )
      .run();
    closeDatabase(old);
    const app = createAppContext({
      ...TEST_UNLOCK,
      dataDir: temp.dir,
      mode: 'browser',
      version: '0',
      templatesDir: path.join(findAppRoot(), 'templates'),
    });
    cleanups.unshift(() => app.close());
    const list = await value<BackupInfo[]>(app.call('backups:list', {}));
    expect(list.map((b) => [b.name, b.reason])).toEqual([
      [`before-migration-v1-to-v${LATEST_VERSION}.sqlite`, 'before-migration'],
    ]);
    await value(app.call('contacts:create', { name: 'Newer' }));
    await value(app.call('backups:restore', { name: list[0]!.name }));
    expect(app.db.prepare('SELECT name, highlight FROM contacts').all()).toEqual([{ name: 'From v1', highlight: '' }]);
    expect(MIGRATIONS.length).toBe(LATEST_VERSION);
  });
});

describe('delete all my data', () => {
  it('needs the typed word, and a refusal changes nothing', async () => {
    const app = newApp();
    await seedSampleData(app, 3);
    const before = contentChecksum(app.db);
    for (const confirmation of ['', 'delete', 'DELETE ', 'yes', undefined]) {
      const result = await app.call('data:delete-all', { confirmation });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toBe('Type DELETE to confirm');
    }
    expect(contentChecksum(app.db)).toBe(before);
  });

  it('leaves nothing of the person in the folder and a fresh empty app, without a restart', async () => {
    const app = newApp();
    await seedSampleData(app, 4);
    await value(app.call('backups:create', {}));
    fs.mkdirSync(path.join(app.dataDir, 'recordings', '2026'), { recursive: true });
    fs.writeFileSync(path.join(app.dataDir, 'recordings', '2026', 'take-1.wav'), 'RIFF');
    fs.writeFileSync(path.join(app.dataDir, `${DATABASE_FILE_NAME}.v1-before-v2.bak`), 'old copy');
    // The folder lock (main/data/folder-lock.ts) says which process holds the folder, and the key file
    // holds the wrapped data key that the fresh database is encrypted with; neither is the person's data.
    const listing = () =>
      fs.readdirSync(app.dataDir).filter((name) => ![LOCK_NAME, LOCK_OWNER_NAME, KEYS_FILE_NAME].includes(name));
    expect(listing().sort()).toEqual(
      [
        'backups',
        'recordings',
        DATABASE_FILE_NAME,
        `${DATABASE_FILE_NAME}-shm`,
        `${DATABASE_FILE_NAME}-wal`,
        `${DATABASE_FILE_NAME}.v1-before-v2.bak`,
      ].sort(),
    );

    const result = await value<{ removed: string[] }>(app.call('data:delete-all', { confirmation: 'DELETE' }));
    expect(result.removed).toContain('backups');
    expect(result.removed).toContain('recordings');

    const left = listing().sort();
    expect(left.filter((name) => !name.startsWith(DATABASE_FILE_NAME) || name.endsWith('.bak'))).toEqual([]);
    const raw = openWithKey(app.dataDir, path.join(app.dataDir, DATABASE_FILE_NAME), { readonly: true });
    for (const table of ['contacts', 'settings', 'drafts', 'draft_revisions', 'user_templates']) {
      expect(raw.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    raw.close();

    // The same app keeps working on the fresh file.
    expect(contactCount(app)).toBe(0);
    expect(await value(app.call('settings:get', {}))).toMatchObject({ theme: 'system', myName: '', backupsToKeep: 7 });
    await value(app.call('contacts:create', { name: 'A new start' }));
    expect(contactCount(app)).toBe(1);
    expect(await value<BackupInfo[]>(app.call('backups:list', {}))).toEqual([]);
  });
});
