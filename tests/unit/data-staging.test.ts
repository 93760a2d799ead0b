/**
 * The staging checks a restore or an import import must pass before anything live changes: a backup from a
 * newer version, one with no Someday data, one with a table Someday does not know or a row that breaks
 * its rules, and an older export whose rows SQLite itself refuses. Each refusal is checked word for word
 * (the sentence a person reads) and leaves the data as it was. Found by mutation testing
 * (`npm run mutate -- --group data`).
 */
import { formatOneText, asVersionOne } from '../helpers/export-files';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../core/api-result';
import type { BackupInfo } from '../../core/data';
import { backupsDir } from '../../main/data/backups';
import { serializeExport, sha256, type ExportDocument } from '../../main/data/export-file';
import { contentChecksum } from '../../main/data/staging';
import { closeDatabase } from '../../main/db/connection';
import { LATEST_VERSION, migrateDatabase } from '../../main/db/migrate';
import { openWithKey } from '../helpers/protected-folder';
import { seedSampleData } from '../helpers/sample-data';
import { createTestApp } from '../helpers/test-app';

type TestApp = ReturnType<typeof createTestApp>;
const apps: TestApp[] = [];
afterEach(() => apps.splice(0).forEach((app) => app.dispose()));

function newApp(): TestApp {
  const app = createTestApp();
  apps.push(app);
  return app;
}

async function value<T>(result: Promise<ApiResult<unknown>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value as T;
}

/** Makes a real backup of an app with data, lets `change` alter the file, then tries to restore it. */
async function restoreChanged(change: (db: Database.Database) => void) {
  const app = newApp();
  await seedSampleData(app, 3);
  const backup = await value<BackupInfo>(app.call('backups:create', {}));
  const file = path.join(backupsDir(app.dataDir), backup.name);
  // Backups are encrypted with the folder's key, like the database.
  const raw = openWithKey(app.dataDir, file, { migrate: false });
  change(raw);
  raw.close();
  const before = contentChecksum(app.db);
  const result = await app.call('backups:restore', { name: backup.name });
  expect(contentChecksum(app.db)).toBe(before);
  expect(fs.readdirSync(app.dataDir).filter((name) => name.startsWith('.staging'))).toEqual([]);
  return result;
}

function refusal(result: ApiResult<unknown>) {
  return result.ok ? { code: 'accepted', message: '' } : { code: result.error.code, message: result.error.message };
}

describe('restoring a backup', () => {
  it('refuses one made by a newer version of Someday', async () => {
    const result = await restoreChanged((db) => db.pragma(`user_version = ${LATEST_VERSION + 1}`));
    expect(refusal(result)).toEqual({
      code: 'invalid-input',
      message: 'The backup was made by a newer version of Someday. Update Someday to restore it.',
    });
  });

  it('refuses one that holds no Someday data', async () => {
    const result = await restoreChanged((db) => db.pragma('user_version = 0'));
    expect(refusal(result)).toEqual({ code: 'invalid-input', message: 'The backup holds no Someday data.' });
  });

  it('refuses one with a table Someday does not know', async () => {
    const result = await restoreChanged((db) => db.exec('CREATE TABLE secrets (id INTEGER PRIMARY KEY, value TEXT)'));
    expect(refusal(result)).toEqual({
      code: 'invalid-input',
      message: 'The data could not be read: Table secrets is not in main/data/table-registry.ts. Nothing was changed.',
    });
  });

  it('refuses one whose second contact breaks Someday’s rules, naming the row', async () => {
    const result = await restoreChanged((db) =>
      db.prepare('UPDATE contacts SET email = ? WHERE id = 2').run('<script>alert(1)</script>'),
    );
    expect(refusal(result)).toEqual({
      code: 'invalid-input',
      message: 'Row 2 of contacts cannot be imported: Email must look like name@example.com.',
    });
  });

  it('restores one from an older version without leaving a pre-migration copy of its staging file', async () => {
    const app = newApp();
    const backup = await value<BackupInfo>(app.call('backups:create', {}));
    const file = path.join(backupsDir(app.dataDir), backup.name);
    fs.rmSync(file);
    const old = openWithKey(app.dataDir, file, { migrate: false });
    migrateDatabase(old, file, { target: 1, backup: false });
    old
      .prepare(
        "INSERT INTO contacts (name, relationship, status, created_at, updated_at) VALUES ('From v1', 'recruiter', 'thanked', '2026-01-01', '2026-01-01')",
      )
      .run();
    closeDatabase(old);
    await value(app.call('backups:restore', { name: backup.name }));
    expect(app.db.prepare('SELECT name FROM contacts').pluck().all()).toEqual(['From v1']);
    const reasons = (await value<BackupInfo[]>(app.call('backups:list', {}))).map((entry) => entry.reason);
    expect(reasons.sort()).toEqual(['before-restore', 'manual']);
  });

  it('refuses a damaged file as damaged, in plain words', async () => {
    const app = newApp();
    await seedSampleData(app, 2);
    const backup = await value<BackupInfo>(app.call('backups:create', {}));
    fs.writeFileSync(path.join(backupsDir(app.dataDir), backup.name), 'this is not a database at all'.repeat(200));
    const result = await app.call('backups:restore', { name: backup.name });
    expect(refusal(result)).toEqual({
      code: 'invalid-input',
      message: 'The data could not be read: the file is damaged. Nothing was changed.',
    });
  });
});

describe('importing a file from an older version', () => {
  async function olderFile(change?: (rows: unknown[][]) => void): Promise<string> {
    const source = newApp();
    await seedSampleData(source, 3);
    const document = JSON.parse(formatOneText(source)) as ExportDocument;
    const contacts = document.body.tables.contacts!;
    const v1Contacts = asVersionOne(contacts);
    change?.(v1Contacts.rows);
    const body = {
      ...document.body,
      schemaVersion: 1,
      tables: { contacts: v1Contacts, settings: document.body.tables.settings! },
    };
    body.manifest = Object.fromEntries(
      Object.entries(body.tables).map(([name, table]) => [
        name,
        { rows: table.rows.length, sha256: sha256(JSON.stringify(table.rows)) },
      ]),
    );
    return serializeExport({ ...document, body, sha256: sha256(JSON.stringify(body)) });
  }

  it('migrates it in the staging copy without leaving a pre-migration backup of that copy behind', async () => {
    const target = newApp();
    await value(target.call('data:import-apply', { content: await olderFile() }));
    const reasons = (await value<BackupInfo[]>(target.call('backups:list', {}))).map((backup) => backup.reason);
    expect(reasons).toEqual(['before-import']);
  });

  it('refuses a row SQLite itself refuses, naming the row and the table', async () => {
    const content = await olderFile((rows) => (rows[1]![1] = null));
    const target = newApp();
    await seedSampleData(target, 1);
    const before = contentChecksum(target.db);
    const { code, message } = refusal(await target.call('data:import-preview', { content }));
    expect(code).toBe('invalid-input');
    expect(message).toMatch(/^Row 2 of the contacts table does not fit: NOT NULL constraint failed: contacts\.name\.$/);
    expect(contentChecksum(target.db)).toBe(before);
  });
});
