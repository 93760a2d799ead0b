// No silent caps: with 25,000 contacts the list reaches the last one, its counts are true, and the CSV
// and vCard exports hold every contact (in browser mode as content, in the desktop app written in chunks
// to the file the person chose).
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../core/api-result';
import type { ContactPage } from '../../core/contacts';
import type { ContactsExport } from '../../core/contact-files';
import { createContact, setContactArchived } from '../../main/db/contacts-repository';
import type { DesktopServices } from '../../main/handlers/handler-types';
import { createTestApp } from '../helpers/test-app';

const COUNT = 25_000;
const ARCHIVED = 1_000;
const name = (i: number) => `Contact ${String(i).padStart(5, '0')}`;

let app: ReturnType<typeof createTestApp>;
let chosen: string | null = null;
const desktop: DesktopServices = {
  openMail: () => Promise.resolve(),
  saveFile: () => Promise.reject(new Error('the contacts export must not pass its content through saveFile')),
  chooseSavePath: () => Promise.resolve(chosen),
  chooseExportPath: () => Promise.reject(new Error('not asked here')),
  chooseImportFile: () => Promise.reject(new Error('not asked here')),
};

beforeAll(() => {
  app = createTestApp(new Date('2026-11-26T10:00:00Z'), { desktop });
  const now = '2026-11-26T10:00:00.000Z';
  app.db.transaction(() => {
    for (let i = 0; i < COUNT; i += 1) {
      const { id } = createContact(
        app.db,
        {
          name: name(i),
          jobTitle: 'Engineering Manager',
          company: `Company ${i % 400}`,
          email: `person${i}@example.com`,
          phone: '',
          linkedinUrl: '',
          relationship: 'recruiter',
          position: '',
          interviewDate: null,
          decisionDate: '2026-11-20',
          status: 'rejected',
          notes: i % 7 === 0 ? `Notes, "quoted", on\ntwo lines ${i}` : '',
          highlight: '',
        },
        now,
      );
      if (i % (COUNT / ARCHIVED) === 0) setContactArchived(app.db, id, true, now);
    }
  })();
}, 120_000);
afterAll(() => app.dispose());

const allNames = Array.from({ length: COUNT }, (_, i) => name(i));

describe('25,000 contacts', () => {
  it('contacts:list without a limit returns every match, and its total is the true count', async () => {
    const live = await app.ok<ContactPage>('contacts:list', {});
    expect(live.total).toBe(COUNT - ARCHIVED);
    expect(live.items).toHaveLength(COUNT - ARCHIVED);
    const archived = await app.ok<ContactPage>('contacts:list', { archived: true });
    expect(archived.total).toBe(ARCHIVED);
    expect(archived.items).toHaveLength(ARCHIVED);
    expect([...live.items, ...archived.items].map((c) => c.name).sort()).toEqual(allNames);
  });

  it('windows of the list reach the last contact, each with the true total', async () => {
    const seen: string[] = [];
    for (let offset = 0; ; offset += 200) {
      const page = await app.ok<ContactPage>('contacts:list', { limit: 200, offset });
      expect(page.total).toBe(COUNT - ARCHIVED);
      seen.push(...page.items.map((c) => c.name));
      if (page.items.length < 200) break;
    }
    expect(seen).toHaveLength(COUNT - ARCHIVED);
    expect(seen.at(-1)).toBe(name(COUNT - 1));
    const last = await app.ok<ContactPage>('contacts:list', { limit: 200, offset: COUNT - ARCHIVED - 1 });
    expect(last.items.map((c) => c.name)).toEqual([name(COUNT - 1)]);
  });

  it('refuses a limit or offset that is not a whole number, in one sentence', async () => {
    const result = await app.call('contacts:list', { limit: 0 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'Limit must be at least 1' } });
  });

  it('writes nothing and sends no content when the save dialog is cancelled', async () => {
    chosen = null;
    const file = await app.ok<ContactsExport>('contacts:export', { format: 'csv' });
    expect(file).toMatchObject({ saved: false, path: null, content: null });
  });

  it('the CSV and vCard exports written to the chosen file hold every contact, archived ones too', async () => {
    const dir = fs.mkdtempSync(path.join(app.dataDir, 'out-'));
    chosen = path.join(dir, 'contacts.csv');
    const csv = await app.ok<ContactsExport>('contacts:export', { format: 'csv' });
    expect(csv).toMatchObject({ saved: true, path: chosen, content: null, contacts: COUNT, kind: 'csv' });
    const parsed = Papa.parse<string[]>(fs.readFileSync(chosen, 'utf8').replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header?.[0]).toBe('Name');
    expect(rows.map((row) => row[0]).sort()).toEqual(allNames);
    expect(rows.find((row) => row[0] === name(7))).toContain('Notes, "quoted", on\ntwo lines 7');

    chosen = path.join(dir, 'contacts.vcf');
    const vcf = await app.ok<ContactsExport>('contacts:export', { format: 'vcard' });
    expect(vcf).toMatchObject({ saved: true, path: chosen, contacts: COUNT, kind: 'vcf' });
    const text = fs.readFileSync(chosen, 'utf8');
    const names = [...text.matchAll(/^FN:(.*)\r$/gm)].map((match) => match[1]);
    expect(text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(COUNT);
    expect(names.sort()).toEqual(allNames);
    expect(fs.readdirSync(dir).sort()).toEqual(['contacts.csv', 'contacts.vcf']);
  });
});

describe('browser mode', () => {
  it('sends every contact back as the content to download', async () => {
    const browser = createTestApp(new Date('2026-11-26T10:00:00Z'));
    try {
      // The same rows, copied across (quicker than making them again).
      browser.db.transaction(() => {
        const insert = browser.db.prepare(
          `INSERT INTO contacts (name, job_title, company, email, phone, linkedin_url, relationship, position,
             interview_date, decision_date, status, notes, highlight, next_step_at, archived_at, created_at, updated_at)
           VALUES (@name, @job_title, @company, @email, @phone, @linkedin_url, @relationship, @position,
             @interview_date, @decision_date, @status, @notes, @highlight, @next_step_at, @archived_at, @created_at, @updated_at)`,
        );
        for (const row of app.db.prepare('SELECT * FROM contacts').iterate()) insert.run(row as object);
      })();
      const result = (await browser.call('contacts:export', { format: 'vcard' })) as ApiResult<ContactsExport>;
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value).toMatchObject({ saved: false, path: null, contacts: COUNT });
      expect(result.value.content?.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(COUNT);
      const csv = (await browser.call('contacts:export', { format: 'csv' })) as ApiResult<ContactsExport>;
      if (!csv.ok) throw new Error(csv.error.message);
      const rows = Papa.parse<string[]>(csv.value.content!.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      expect(
        rows
          .slice(1)
          .map((row) => row[0])
          .sort(),
      ).toEqual(allNames);
    } finally {
      browser.dispose();
    }
  });
});
