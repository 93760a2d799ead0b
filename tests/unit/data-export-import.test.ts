import { formatOneText, chooseFile, asVersionOne } from '../helpers/export-files';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../core/api-result';
import type { ExportResult, DataImportPreview, DataImportResult } from '../../core/data';
import { buildExport, readExport, serializeExport, sha256, type ExportDocument } from '../../main/data/export-file';
import { contentChecksum } from '../../main/data/staging';
import { EXPORT_TABLES } from '../../main/data/table-registry';
import { LATEST_VERSION } from '../../main/db/migrate';
import { seedSampleData } from '../helpers/sample-data';
import { createTestApp } from '../helpers/test-app';
import type { DesktopServices } from '../../main/handlers/handler-types';

type TestApp = ReturnType<typeof createTestApp>;
const apps: TestApp[] = [];
afterEach(() => apps.splice(0).forEach((app) => app.dispose()));

function newApp(desktop?: DesktopServices): TestApp {
  const app = createTestApp(undefined, desktop ? { desktop } : {});
  apps.push(app);
  return app;
}

async function value<T>(result: Promise<ApiResult<unknown>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value as T;
}

/** A format 1 file of the app's data: still read, and the layout these tests take apart. */
async function exportText(app: TestApp): Promise<string> {
  return formatOneText(app);
}

function allRows(app: TestApp): Record<string, unknown[]> {
  return Object.fromEntries(
    EXPORT_TABLES.map((table) => [
      table.name,
      app.db.prepare(`SELECT * FROM "${table.name}" ORDER BY "${table.key}"`).all(),
    ]),
  );
}

function seal(document: ExportDocument): string {
  return serializeExport({ ...document, sha256: sha256(JSON.stringify(document.body)) });
}

describe('export and import', () => {
  it('round-trips every table row by row into an empty app and back over changed data', async () => {
    const source = newApp();
    await seedSampleData(source, 14);
    const text = await exportText(source);
    const document = JSON.parse(text) as ExportDocument;
    expect(document.format).toBe('someday-export');
    expect(document.body.schemaVersion).toBe(LATEST_VERSION);
    expect(Object.keys(document.body.tables)).toEqual(EXPORT_TABLES.map((table) => table.name));

    const target = newApp();
    const preview = await value<DataImportPreview>(target.call('data:import-preview', { content: text }));
    expect(preview.tables.find((t) => t.table === 'contacts')).toMatchObject({ incoming: 14, current: 0, added: 14 });
    await value<DataImportResult>(target.call('data:import-apply', { content: text }));
    expect(allRows(target)).toEqual(allRows(source));
    expect(contentChecksum(target.db)).toBe(contentChecksum(source.db));
    expect(target.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const found = await value<{ total: number }>(target.call('contacts:list', { search: 'Robert' }));
    const sourceFound = await value<{ total: number }>(source.call('contacts:list', { search: 'Robert' }));
    expect(sourceFound.total).toBeGreaterThan(0);
    expect(found.total).toBe(sourceFound.total);
    const searched = await value<{ total: number }>(target.call('contacts:list', { search: 'Person 1' }));
    expect(searched.total).toBeGreaterThan(0);

    // Change the target, then import again: the file wins, and the preview says what happens.
    await value(target.call('contacts:create', { name: 'Only Here' }));
    await value(target.call('contacts:delete', { id: 1 }));
    const again = await value<DataImportPreview>(target.call('data:import-preview', { content: text }));
    expect(again.tables.find((t) => t.table === 'contacts')).toEqual({
      table: 'contacts',
      label: 'Contacts',
      incoming: 14,
      current: 14,
      added: 1,
      replaced: 13,
      removed: 1,
    });
    const applied = await value<DataImportResult>(target.call('data:import-apply', { content: text }));
    expect(applied.backup.reason).toBe('before-import');
    expect(allRows(target)).toEqual(allRows(source));
  });

  it('imports a file from an older schema by migrating it in the staging copy', async () => {
    const source = newApp();
    await seedSampleData(source, 3);
    const document = JSON.parse(await exportText(source)) as ExportDocument;
    const contacts = document.body.tables.contacts!;
    const v1Contacts = asVersionOne(contacts);
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
    const target = newApp();
    const preview = await value<DataImportPreview>(
      target.call('data:import-preview', { content: seal({ ...document, body }) }),
    );
    expect(preview.schemaVersion).toBe(1);
    await value(target.call('data:import-apply', { content: seal({ ...document, body }) }));
    expect(target.db.prepare('SELECT name, highlight FROM contacts ORDER BY id').all()).toEqual(
      source.db.prepare("SELECT name, '' AS highlight FROM contacts ORDER BY id").all(),
    );
    expect(target.db.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(0);
  });

  it('round-trips an empty database', async () => {
    const source = newApp();
    const target = newApp();
    await seedSampleData(target, 2);
    await value(target.call('data:import-apply', { content: await exportText(source) }));
    expect(allRows(target)).toEqual(allRows(source));
  });

  it('exports through the desktop save dialog when there is one', async () => {
    const asked: string[] = [];
    const where = path.join(os.tmpdir(), `someday-desktop-export-${process.pid}-${Date.now()}.age`);
    const app = newApp({
      openMail: async () => undefined,
      saveFile: async () => null,
      chooseExportPath: async (name) => {
        asked.push(name);
        return where;
      },
      chooseImportFile: async () => null,
    });
    try {
      const result = await value<ExportResult>(app.call('data:export', { passphrase: 'desktop file' }));
      expect(result).toMatchObject({ saved: true, download: null, path: where });
      expect(asked).toEqual(['someday-export-2026-11-26.jsonl.gz.age']);
      expect(fs.readFileSync(where).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
      const target = newApp();
      const source = chooseFile(target, where);
      await value(target.call('data:import-apply', { source, passphrase: 'desktop file' }));
      expect(contentChecksum(target.db)).toBe(contentChecksum(app.db));
    } finally {
      fs.rmSync(where, { force: true });
    }
  });

  it('stores SQL-looking and odd Unicode text as plain text', async () => {
    const source = newApp();
    await seedSampleData(source, 5);
    const target = newApp();
    await value(target.call('data:import-apply', { content: await exportText(source) }));
    const notes = target.db.prepare('SELECT notes FROM contacts WHERE id = 1').pluck().get();
    expect(notes).toContain("Robert'); DROP TABLE contacts;--");
    expect(target.db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'contacts'").pluck().get()).toBe(1);
  });
});

/** Deterministic pseudo-random numbers, so a failing case can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface HostileCase {
  name: string;
  content: string | Uint8Array;
  message: RegExp;
}

function hostileCorpus(text: string): HostileCase[] {
  const bytes = Buffer.from(text, 'utf8');
  const base = JSON.parse(text) as ExportDocument;
  const clone = () => JSON.parse(text) as ExportDocument;
  const cases: HostileCase[] = [];
  const next = random(6);
  for (let i = 0; i < 400; i++) {
    const flipped = Buffer.from(bytes);
    const bit = Math.floor(next() * flipped.length * 8);
    flipped[bit >> 3]! ^= 1 << (bit & 7);
    cases.push({
      name: `bit flip ${bit}`,
      content: flipped,
      message: /damaged|not a Someday export|newer version|format/,
    });
  }
  for (const fraction of [0, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999]) {
    const cut = Math.floor(bytes.length * fraction);
    cases.push({ name: `truncated at ${cut}`, content: bytes.subarray(0, cut), message: /empty|damaged|cut short/ });
  }
  cases.push({ name: 'last byte cut', content: bytes.subarray(0, bytes.length - 2), message: /cut short|damaged/ });

  const withBody = (name: string, change: (doc: ExportDocument) => void, message: RegExp) => {
    const doc = clone();
    change(doc);
    doc.body.manifest = {};
    for (const [table, data] of Object.entries(doc.body.tables)) {
      doc.body.manifest[table] = { rows: data.rows.length, sha256: sha256(JSON.stringify(data.rows)) };
    }
    cases.push({ name, content: seal(doc), message });
  };
  const contacts = (doc: ExportDocument) => doc.body.tables.contacts!;
  const column = (doc: ExportDocument, table: string, name: string) => doc.body.tables[table]!.columns.indexOf(name);

  cases.push({ name: 'format version 3', content: seal({ ...base, formatVersion: 3 }), message: /newer version/ });
  cases.push({ name: 'format version 0', content: seal({ ...base, formatVersion: 0 }), message: /does not read/ });
  cases.push({
    name: 'another format',
    content: seal({ ...base, format: 'other-app' as never }),
    message: /not a Someday export/,
  });
  cases.push({ name: 'bad hash', content: serializeExport({ ...base, sha256: '0'.repeat(64) }), message: /checksum/ });
  cases.push({
    name: 'no hash',
    content: JSON.stringify({ format: base.format, formatVersion: 1, body: base.body }),
    message: /header/,
  });
  cases.push({ name: 'not JSON', content: 'id,name\n1,Priya\n', message: /not complete JSON/ });
  cases.push({ name: 'a JSON array', content: '[1,2,3]', message: /header/ });
  cases.push({ name: 'null', content: 'null', message: /header/ });
  cases.push({ name: 'empty', content: '', message: /empty/ });
  cases.push({ name: 'not UTF-8', content: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), message: /UTF-8/ });
  cases.push({
    name: 'hash of another body',
    content: serializeExport({ ...base, body: { ...base.body, createdAt: '2020-01-01T00:00:00.000Z' } }),
    message: /checksum/,
  });
  withBody('newer schema version', (doc) => (doc.body.schemaVersion = LATEST_VERSION + 1), /newer version/);
  withBody('schema version 0', (doc) => (doc.body.schemaVersion = 0), /layout/);
  withBody('unknown table', (doc) => (doc.body.tables.secrets = { columns: ['id'], rows: [[1]] }), /does not know/);
  withBody('missing table', (doc) => delete doc.body.tables.drafts, /missing the drafts table/);
  withBody(
    'sql in a table name',
    (doc) => (doc.body.tables['contacts; drop table x'] = { columns: [], rows: [] }),
    /layout/,
  );
  withBody(
    'sql in a column name',
    (doc) => (contacts(doc).columns[1] = 'name) VALUES (1); DROP TABLE contacts; --'),
    /layout/,
  );
  withBody('renamed column', (doc) => (contacts(doc).columns[1] = 'full_name'), /columns of the contacts table/);
  withBody(
    'extra column',
    (doc) => {
      contacts(doc).columns.push('extra');
      contacts(doc).rows.forEach((row) => row.push(null));
    },
    /columns of the contacts table/,
  );
  withBody('short row', (doc) => contacts(doc).rows[0]!.pop(), /wrong number of values/);
  withBody(
    'duplicate contact id',
    (doc) => contacts(doc).rows.push([...contacts(doc).rows[0]!]),
    /same contacts row .* twice/,
  );
  withBody(
    'duplicate setting',
    (doc) => doc.body.tables.settings!.rows.push([...doc.body.tables.settings!.rows[0]!]),
    /twice/,
  );
  withBody('id as text', (doc) => (contacts(doc).rows[0]![0] = '1'), /Row 1 of contacts.*number/);
  withBody('id negative', (doc) => (contacts(doc).rows[0]![0] = -4), /Row 1 of contacts.*positive/);
  withBody('id fractional', (doc) => (contacts(doc).rows[0]![0] = 1.5), /Row 1 of contacts.*whole/);
  withBody('id too large', (doc) => (contacts(doc).rows[0]![0] = 2 ** 60), /Row 1 of contacts/);
  withBody(
    'name as number',
    (doc) => (contacts(doc).rows[1]![column(doc, 'contacts', 'name')] = 42),
    /Row 2 of contacts/,
  );
  withBody('empty name', (doc) => (contacts(doc).rows[1]![column(doc, 'contacts', 'name')] = ''), /Name is required/);
  withBody(
    'oversized name',
    (doc) => (contacts(doc).rows[0]![column(doc, 'contacts', 'name')] = 'x'.repeat(121)),
    /at most 120/,
  );
  withBody(
    'oversized notes',
    (doc) => (contacts(doc).rows[0]![column(doc, 'contacts', 'notes')] = 'n'.repeat(5001)),
    /at most 5000/,
  );
  withBody(
    'huge cell',
    (doc) => (contacts(doc).rows[0]![column(doc, 'contacts', 'notes')] = 'n'.repeat(1_000_001)),
    /layout/,
  );
  withBody(
    'oversized draft',
    (doc) => (doc.body.tables.drafts!.rows[0]![column(doc, 'drafts', 'body')] = 'b'.repeat(20_001)),
    /over 20000/,
  );
  withBody(
    'sql in a status',
    (doc) => (contacts(doc).rows[0]![column(doc, 'contacts', 'status')] = "rejected'); DROP TABLE contacts;--"),
    /status/,
  );
  withBody(
    'script in an email',
    (doc) => (contacts(doc).rows[0]![column(doc, 'contacts', 'email')] = '<script>alert(1)</script>'),
    /Email/,
  );
  withBody(
    'javascript LinkedIn',
    (doc) => (contacts(doc).rows[0]![column(doc, 'contacts', 'linkedin_url')] = 'javascript:alert(1)'),
    /LinkedIn/,
  );
  withBody(
    'bad date',
    (doc) => (contacts(doc).rows[0]![column(doc, 'contacts', 'interview_date')] = '2026-02-31'),
    /real date/,
  );
  withBody(
    'date as object',
    (doc) => ((contacts(doc).rows[0] as unknown[])[column(doc, 'contacts', 'created_at')] = { $gt: '' }),
    /layout/,
  );
  withBody('boolean cell', (doc) => ((contacts(doc).rows[0] as unknown[])[0] = true), /layout/);
  withBody('array cell', (doc) => ((contacts(doc).rows[0] as unknown[])[0] = [1]), /layout/);
  withBody(
    'draft of a missing contact',
    (doc) => (doc.body.tables.drafts!.rows[0]![column(doc, 'drafts', 'contact_id')] = 9999),
    /refers to things/,
  );
  withBody(
    'revision of a missing draft',
    (doc) => (doc.body.tables.draft_revisions!.rows[0]![column(doc, 'draft_revisions', 'draft_id')] = 9999),
    /refers to things/,
  );
  withBody('unknown setting', (doc) => doc.body.tables.settings!.rows.push(['isAdmin', 'true']), /no setting called/);
  withBody(
    'setting out of range',
    (doc) => doc.body.tables.settings!.rows.push(['backupsToKeep', '100000']),
    /at most 100/,
  );
  withBody('setting not JSON', (doc) => doc.body.tables.settings!.rows.push(['speakingWpm', '{']), /not readable/);
  withBody(
    '__proto__ setting',
    (doc) => doc.body.tables.settings!.rows.push(['__proto__', '{"polluted":true}']),
    /no setting called/,
  );
  withBody(
    'constructor setting',
    (doc) => doc.body.tables.settings!.rows.push(['constructor', '{}']),
    /no setting called/,
  );
  withBody(
    '__proto__ table',
    (doc) => {
      Object.defineProperty(doc.body.tables, '__proto__', { value: { columns: [], rows: [] }, enumerable: true });
    },
    /__proto__/,
  );
  withBody(
    '__proto__ in the body',
    (doc) => {
      Object.defineProperty(doc.body, '__proto__', { value: { polluted: true }, enumerable: true });
    },
    /__proto__/,
  );
  withBody(
    'constructor table',
    (doc) => (doc.body.tables.constructor = { columns: [], rows: [] } as never),
    /does not know/,
  );
  const lying = clone();
  lying.body.manifest.contacts!.rows += 1;
  cases.push({ name: 'manifest count lies', content: seal(lying), message: /does not match its checksum/ });
  const wrongTableHash = clone();
  wrongTableHash.body.manifest.drafts!.sha256 = '0'.repeat(64);
  cases.push({ name: 'wrong table hash', content: seal(wrongTableHash), message: /drafts table does not match/ });
  const unlisted = clone();
  delete unlisted.body.manifest.drafts;
  cases.push({
    name: 'table missing from manifest',
    content: seal(unlisted),
    message: /list of tables does not match/,
  });
  const twice = clone();
  const twiceColumns = twice.body.tables.contacts!.columns;
  twiceColumns[2] = twiceColumns[1]!;
  cases.push({ name: 'column listed twice', content: seal(twice), message: /column twice in the contacts table/ });
  const extraKey = clone() as ExportDocument & { extra?: number };
  extraKey.extra = 1;
  cases.push({ name: 'extra header key', content: seal(extraKey), message: /header/ });
  return cases;
}

describe('a hostile import', () => {
  it('is refused every time with a clear message, and the database is unchanged', { timeout: 240_000 }, async () => {
    const source = newApp();
    await seedSampleData(source, 6);
    const text = await exportText(source);
    const target = newApp();
    await seedSampleData(target, 3);
    const before = contentChecksum(target.db);
    const beforeFiles = fs.readdirSync(target.dataDir).sort();
    const corpus = hostileCorpus(text);
    let refused = 0;
    for (const hostile of corpus) {
      if (typeof hostile.content !== 'string') {
        // Through the channel the file arrives as text; check the bytes themselves too.
        expect(() => readExport(hostile.content), hostile.name).toThrow(hostile.message);
      }
      const asText = typeof hostile.content === 'string' ? hostile.content : new TextDecoder().decode(hostile.content);
      for (const channel of ['data:import-preview', 'data:import-apply'] as const) {
        const result = await target.call(channel, { content: asText });
        expect(result.ok, `${hostile.name} via ${channel}`).toBe(false);
        if (!result.ok) {
          refused++;
          expect(result.error.message, hostile.name).toMatch(/\w+ \w+ \w+/);
          expect(result.error.code === 'invalid-input' || result.error.code === 'too-large', hostile.name).toBe(true);
          if (typeof hostile.content === 'string' && hostile.content !== '') {
            expect(result.error.message, hostile.name).toMatch(hostile.message);
          }
        }
      }
    }
    expect(refused).toBe(corpus.length * 2);
    expect(corpus.filter((c) => c.name.startsWith('bit flip')).length).toBeGreaterThanOrEqual(300);
    expect(contentChecksum(target.db)).toBe(before);
    expect(fs.readdirSync(target.dataDir).sort()).toEqual(beforeFiles);
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file larger than the limit before reading it', () => {
    expect(() => readExport(Buffer.alloc(64 * 1024 * 1024 + 1, 0x20))).toThrow(/larger than 64 MB/);
  });

  it('builds the same document twice from the same data', async () => {
    const app = newApp();
    await seedSampleData(app, 3);
    const now = new Date('2026-11-26T09:00:00Z');
    expect(serializeExport(buildExport(app.db, '1', now))).toBe(serializeExport(buildExport(app.db, '1', now)));
  });
});
