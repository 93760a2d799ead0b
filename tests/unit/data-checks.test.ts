/**
 * The export file's checks one by one, at their exact limits, and what an import import preview promises
 * (added, replaced, removed). data-export-import.test.ts runs the whole hostile corpus through both
 * channels; these were found by mutation testing (`npm run mutate -- --group data`): each names one
 * check and fails if that check is dropped, loosened or tightened. Shared data is built inside the
 * first test that needs it, so a broken export fails a test rather than only a hook.
 */
import { formatOneText, exportThroughApp } from '../helpers/export-files';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../core/api-result';
import { BACKUP_REASON_LABELS, BACKUP_REASONS, MAX_IMPORT_BYTES, type DataImportPreview } from '../../core/data';
import {
  buildExport,
  EXPORT_FORMAT_VERSION,
  MAX_ROWS_PER_TABLE,
  readExport,
  serializeExport,
  sha256,
  type ExportBody,
  type ExportDocument,
} from '../../main/data/export-file';
import { EXPORT_TABLES } from '../../main/data/table-registry';
import { LATEST_VERSION } from '../../main/db/migrate';
import { seedSampleData } from '../helpers/sample-data';
import { createTestApp } from '../helpers/test-app';

type TestApp = ReturnType<typeof createTestApp>;
const apps: TestApp[] = [];
afterAll(() => apps.splice(0).forEach((app) => app.dispose()));

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

let sourceText: Promise<string> | null = null;
/** An export of a small app with data in every kind of table the sample data fills. */
function exported(): Promise<string> {
  sourceText ??= (async () => {
    const app = newApp();
    await seedSampleData(app, 4);
    return formatOneText(app);
  })();
  return sourceText;
}

/** The export with its body changed, the manifest recomputed (unless told not to) and sealed again. */
async function changed(change: (body: ExportBody) => void, options: { manifest?: boolean } = {}): Promise<string> {
  const document = JSON.parse(await exported()) as ExportDocument;
  change(document.body);
  if (options.manifest !== false) {
    document.body.manifest = Object.fromEntries(
      Object.entries(document.body.tables).map(([name, table]) => [
        name,
        { rows: table.rows.length, sha256: sha256(JSON.stringify(table.rows)) },
      ]),
    );
  }
  return serializeExport({ ...document, sha256: sha256(JSON.stringify(document.body)) });
}

function refusal(content: string | Uint8Array): string {
  try {
    readExport(content);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the file was accepted');
}

const LAYOUT = /its layout is not one Someday writes/;
const contacts = (body: ExportBody) => body.tables.contacts!;

describe('the export file', () => {
  it('is named by the day it was made and counts its rows', async () => {
    const app = newApp();
    await seedSampleData(app, 2);
    const { result } = await exportThroughApp(app, 'a passphrase');
    expect(result.fileName).toBe('someday-export-2026-11-26.jsonl.gz.age');
    expect((await exportThroughApp(app, null)).result.fileName).toBe('someday-export-2026-11-26.jsonl.gz');
    const document = JSON.parse(formatOneText(app)) as ExportDocument;
    expect(document.formatVersion).toBe(EXPORT_FORMAT_VERSION);
    expect(result.rows).toBe(Object.values(document.body.tables).reduce((sum, table) => sum + table.rows.length, 0));
    expect(document.body.manifest.contacts).toEqual({
      rows: 2,
      sha256: sha256(JSON.stringify(document.body.tables.contacts!.rows)),
    });
    expect(document.body).toMatchObject({ appVersion: '0.0.0-test', createdAt: '2026-11-26T09:00:00.000Z' });
  });

  it('lists rows in key order, so the same data gives the same file whatever order it was written in', async () => {
    const now = new Date('2026-11-26T09:00:00Z');
    const first = newApp();
    await value(first.call('settings:update', { theme: 'dark' }));
    await value(first.call('settings:update', { backupsToKeep: 5 }));
    const second = newApp();
    await value(second.call('settings:update', { backupsToKeep: 5 }));
    await value(second.call('settings:update', { theme: 'dark' }));
    const settings = (app: TestApp) => buildExport(app.db, '1', now).body.tables.settings!.rows;
    expect(settings(first).map((row) => row[0])).toEqual(['backupsToKeep', 'theme']);
    expect(serializeExport(buildExport(first.db, '1', now))).toBe(serializeExport(buildExport(second.db, '1', now)));
    expect(Object.keys(buildExport(first.db, '1', now).body.tables)).toEqual(EXPORT_TABLES.map((table) => table.name));
  });
});

describe('reading an export file', () => {
  it('reads an untouched export, and refuses its size only past 64 MB', async () => {
    expect(readExport(await exported()).schemaVersion).toBe(LATEST_VERSION);
    expect(MAX_IMPORT_BYTES).toBe(64 * 1024 * 1024);
    const exactly = refusal(Buffer.alloc(MAX_IMPORT_BYTES, 0x20));
    expect(exactly).not.toMatch(/larger than/);
    expect(exactly).toMatch(/not complete JSON/);
  });

  it('refuses a header with a version or checksum of the wrong type', async () => {
    const document = JSON.parse(await exported()) as Record<string, unknown>;
    expect(refusal(JSON.stringify({ ...document, formatVersion: '1' }))).toMatch(
      /its header is not one Someday writes/,
    );
    expect(refusal(JSON.stringify({ ...document, sha256: 7 }))).toMatch(/its header is not one Someday writes/);
  });

  it.each([
    ['an app version over 40 characters', (body: ExportBody) => (body.appVersion = 'v'.repeat(41))],
    ['a creation date over 40 characters', (body: ExportBody) => (body.createdAt = '2'.repeat(41))],
    ['a fractional schema version', (body: ExportBody) => (body.schemaVersion = 1.5)],
    ['a schema version over 10,000', (body: ExportBody) => (body.schemaVersion = 10_001)],
    ['an extra field in the body', (body: ExportBody) => Object.assign(body, { note: 'hi' })],
    ['an extra field in a table', (body: ExportBody) => Object.assign(contacts(body), { note: 'hi' })],
    ['an upper-case column name', (body: ExportBody) => (contacts(body).columns[1] = 'Name')],
    ['a column name starting with a digit', (body: ExportBody) => (contacts(body).columns[1] = '1name')],
    ['a column name with a space before it', (body: ExportBody) => (contacts(body).columns[1] = ' name')],
    ['a column name with a semicolon after it', (body: ExportBody) => (contacts(body).columns[1] = 'name;')],
    ['a column name of 64 characters', (body: ExportBody) => (contacts(body).columns[1] = 'n'.repeat(64))],
    ['a table name with a space before it', (body: ExportBody) => renameTable(body, ' contacts')],
    ['a table name with a quote after it', (body: ExportBody) => renameTable(body, 'contacts"')],
    ['an upper-case table name', (body: ExportBody) => renameTable(body, 'Contacts')],
    [
      'more than 200 columns',
      (body: ExportBody) => {
        const table = contacts(body);
        for (let i = 0; table.columns.length <= 200; i++) table.columns.push(`extra_${i}`);
        table.rows = table.rows.map((row) => [...row, ...Array<null>(table.columns.length - row.length).fill(null)]);
      },
    ],
    ['a row of more than 200 values', (body: ExportBody) => (contacts(body).rows[0] = Array<null>(201).fill(null))],
  ])('refuses %s as a layout Someday never writes', async (_label, change) => {
    expect(refusal(await changed(change))).toMatch(LAYOUT);
  });

  it('accepts the longest app version, date and table name the layout allows', async () => {
    const longest = await changed((body) => {
      body.appVersion = 'v'.repeat(40);
      body.createdAt = '2'.repeat(40);
    });
    expect(readExport(longest).appVersion).toBe('v'.repeat(40));
    const named = await changed((body) => (body.tables[`t${'a'.repeat(62)}`] = { columns: ['id'], rows: [] }));
    expect(readExport(named).tables).toHaveProperty(`t${'a'.repeat(62)}`);
  });

  it.each([
    ['a negative row count', (body: ExportBody) => (body.manifest.contacts!.rows = -1)],
    ['a fractional row count', (body: ExportBody) => (body.manifest.contacts!.rows = 1.5)],
    ['a row count over the limit', (body: ExportBody) => (body.manifest.contacts!.rows = MAX_ROWS_PER_TABLE + 1)],
    ['an upper-case checksum', (body: ExportBody) => upper(body)],
    ['a checksum one character short', (body: ExportBody) => trim(body, 63)],
    ['a checksum with a character after it', (body: ExportBody) => (body.manifest.contacts!.sha256 += 'a')],
    ['a checksum with a character before it', (body: ExportBody) => (body.manifest.contacts!.sha256 = `a${sum(body)}`)],
    ['an extra field in a manifest entry', (body: ExportBody) => Object.assign(body.manifest.contacts!, { x: 1 })],
  ])('refuses a manifest with %s', async (_label, change) => {
    const content = await changed(
      (body) => {
        body.manifest = Object.fromEntries(
          Object.entries(body.tables).map(([name, table]) => [
            name,
            { rows: table.rows.length, sha256: sha256(JSON.stringify(table.rows)) },
          ]),
        );
        change(body);
      },
      { manifest: false },
    );
    expect(refusal(content)).toMatch(LAYOUT);
  });

  it('refuses a manifest that lists a table the file does not hold', async () => {
    const content = await changed((body) => (body.manifest.ghosts = { rows: 0, sha256: sha256('[]') }), {
      manifest: false,
    });
    expect(refusal(content)).toBe('The file is damaged: its list of tables does not match its contents.');
  });

  it('refuses a manifest that names a different table in place of one the file holds', async () => {
    const content = await changed(
      (body) => {
        body.manifest.ghosts = body.manifest.drafts!;
        delete body.manifest.drafts;
      },
      { manifest: false },
    );
    expect(refusal(content)).toBe('The file is damaged: its list of tables does not match its contents.');
  });

  it('refuses empty bytes as an empty file', () => {
    expect(refusal(new Uint8Array(0))).toBe('The file is empty.');
  });

  it('refuses a row with one value too many', async () => {
    const content = await changed((body) => contacts(body).rows[0]!.push(null));
    expect(refusal(content)).toBe('The file is damaged: a row of the contacts table has the wrong number of values.');
  });

  it('accepts a text value of a million characters in the layout, and refuses one more', async () => {
    const notes = (length: number) =>
      changed((body) => (contacts(body).rows[0]![contacts(body).columns.indexOf('notes')] = 'n'.repeat(length)));
    expect(readExport(await notes(1_000_000)).tables.contacts!.rows[0]).toContain('n'.repeat(1_000_000));
    expect(refusal(await notes(1_000_001))).toMatch(LAYOUT);
  });
});

function renameTable(body: ExportBody, name: string) {
  body.tables[name] = body.tables.contacts!;
  delete body.tables.contacts;
}
function sum(body: ExportBody): string {
  return body.manifest.contacts!.sha256;
}
function upper(body: ExportBody) {
  body.manifest.contacts!.sha256 = sum(body).toUpperCase();
}
function trim(body: ExportBody, length: number) {
  body.manifest.contacts!.sha256 = sum(body).slice(0, length);
}

describe('an import preview', () => {
  it('counts what would be added, replaced and removed, table by table', async () => {
    const six = newApp();
    await seedSampleData(six, 6);
    const two = newApp();
    await seedSampleData(two, 2);
    const sixText = formatOneText(six);
    const twoText = formatOneText(two);

    const target = newApp();
    await seedSampleData(target, 3);
    const grow = await value<DataImportPreview>(target.call('data:import-preview', { content: sixText }));
    expect(grow.tables.find((t) => t.table === 'contacts')).toEqual({
      table: 'contacts',
      label: 'Contacts',
      incoming: 6,
      current: 3,
      added: 3,
      replaced: 3,
      removed: 0,
    });
    const shrink = await value<DataImportPreview>(target.call('data:import-preview', { content: twoText }));
    expect(shrink.tables.find((t) => t.table === 'contacts')).toMatchObject({
      incoming: 2,
      current: 3,
      added: 0,
      replaced: 2,
      removed: 1,
    });
    expect(shrink.tables.map((t) => t.table)).toEqual(EXPORT_TABLES.map((table) => table.name));
    expect(shrink).toMatchObject({ appVersion: '0.0.0-test', schemaVersion: LATEST_VERSION });
  });
});

describe('what a person types or picks in "Your data"', () => {
  it('names every kind of backup in words', () => {
    const labels = BACKUP_REASONS.map((reason) => BACKUP_REASON_LABELS[reason]);
    expect(labels.every((label) => /^[A-Z][a-z]+( [a-z]+)*$/.test(label))).toBe(true);
    expect(new Set(labels).size).toBe(BACKUP_REASONS.length);
  });

  it('refuses an empty file, a file that is not text, and a backup that is not from the list, in plain words', async () => {
    const app = newApp();
    const said = async (channel: 'data:import-preview' | 'backups:restore', input: unknown) => {
      const result = await app.call(channel, input);
      return result.ok ? 'accepted' : result.error.message;
    };
    expect(await said('data:import-preview', { content: '' })).toMatch(/The file is empty/);
    expect(await said('data:import-preview', { content: 42 })).toMatch(/The file must be text/);
    for (const name of [
      '../secret.sqlite',
      '.hidden.sqlite',
      'backup.db',
      'back up.sqlite',
      'manual.sqlite-wal',
      `${'b'.repeat(122)}.sqlite`,
      5,
      null,
    ]) {
      expect(await said('backups:restore', { name }), String(name)).toMatch(/Choose a backup from the list/);
    }
    expect(await said('backups:restore', { name: 'manual-2026-11-26.sqlite' })).not.toMatch(/Choose a backup/);
    const huge = await said('data:import-preview', { content: ' '.repeat(MAX_IMPORT_BYTES + 1) });
    expect(huge).toMatch(/The file is larger than 64 MB; choose it as a file instead/);
  });
});
