import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../core/api-result';
import type { ContactPage } from '../../core/contacts';
import type { ExportedFile, ContactsImportPreview, ContactsImportResult } from '../../core/contact-files';
import type { Reminder } from '../../core/followups';
import { ICAL } from '../helpers/ical';
import { createTestApp } from '../helpers/test-app';

let app: ReturnType<typeof createTestApp>;
beforeEach(() => {
  app = createTestApp(new Date('2026-11-26T10:00:00Z'));
});
afterEach(() => app.dispose());

const count = () => (app.db.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n;

const QUIRKY_CSV =
  '\uFEFFFull Name,E-mail,Organisation,Notes,Decision Date\r\n' +
  '"Okafor, Lena",lena@harbour.example,"Harbour Robotics, Ltd","Met at the panel.\r\nAsked about the platform team.",2026-11-20\r\n' +
  '王小明,xiaoming@example.cn,北京科技,,2026-11-21\r\n' +
  'Zoë Müller-Łukasz,not-an-email,Kraków Works,,\r\n' +
  ',nobody@example.com,No Name Inc,,\r\n' +
  'Ana Lima,ana@example.br,Rio,,2026-13-45\r\n' +
  '\r\n';

describe('CSV import', () => {
  it('previews real-world quirks: byte-order mark, quoted commas, multi-line notes, non-Latin names, odd fields', async () => {
    const preview = await app.ok<ContactsImportPreview>('contacts:import-preview', { format: 'csv', text: QUIRKY_CSV });
    expect(preview.columns).toEqual(['Full Name', 'E-mail', 'Organisation', 'Notes', 'Decision Date']);
    expect(preview.mapping).toEqual(['name', 'email', 'company', 'notes', 'decisionDate']);
    expect(preview).toMatchObject({ total: 5, good: 5, bad: 0, headerRow: 1 });
    expect(preview.rows.map((row) => [row.row, row.name, row.ok])).toEqual([
      [2, 'Okafor, Lena', true],
      [3, '王小明', true],
      [4, 'Zoë Müller-Łukasz', true],
      [5, 'No Name Inc', true],
      [6, 'Ana Lima', true],
    ]);
    expect(preview.rows[0]!.kept).toEqual(['name', 'company', 'email', 'decisionDate', 'notes']);
    expect(preview.rows[2]!.notes).toEqual([
      'Email “not-an-email” left out (Email must look like name@example.com); kept in the notes.',
    ]);
    expect(preview.rows[3]!.notes).toEqual([
      'No name in the file; named after the company, email or phone. Change it after the import.',
    ]);
    expect(preview.rows[4]!.notes).toEqual([
      'Decision date “2026-13-45” left out (Decision date must be a real date written as YYYY-MM-DD); kept in the notes.',
    ]);
    expect(count()).toBe(0);
  });

  it('imports on confirm, with the values intact and odd values kept in the notes', async () => {
    const result = await app.ok<ContactsImportResult>('contacts:import', { format: 'csv', text: QUIRKY_CSV });
    expect(result).toEqual({ imported: 5, skipped: 0 });
    const page = await app.ok<ContactPage>('contacts:list', {});
    expect(page.items.find((c) => c.name === 'Okafor, Lena')).toMatchObject({
      company: 'Harbour Robotics, Ltd',
      notes: 'Met at the panel.\nAsked about the platform team.',
      decisionDate: '2026-11-20',
    });
    expect(page.items.find((c) => c.name === 'Zoë Müller-Łukasz')).toMatchObject({
      email: '',
      company: 'Kraków Works',
      notes: 'Email: not-an-email',
    });
    expect(page.items.find((c) => c.name === 'Ana Lima')).toMatchObject({
      decisionDate: null,
      notes: 'Decision date: 2026-13-45',
    });
  });

  it('follows a chosen mapping by column position, and a column mapped to nothing is left out', async () => {
    const text = 'Who,Where,Misc\nGrace Hopper,Navy Labs,ignore me\n';
    const guessed = await app.ok<ContactsImportPreview>('contacts:import-preview', { format: 'csv', text });
    expect(guessed.mapping).toEqual(['', '', '']);
    expect(guessed.rows[0]!.reasons).toEqual(['Name is required']);
    const mapping = ['name', 'company', ''];
    const preview = await app.ok<ContactsImportPreview>('contacts:import-preview', { format: 'csv', text, mapping });
    expect(preview).toMatchObject({ good: 1, bad: 0 });
    await app.ok('contacts:import', { format: 'csv', text, mapping });
    expect((await app.ok<ContactPage>('contacts:list', {})).items[0]).toMatchObject({
      name: 'Grace Hopper',
      company: 'Navy Labs',
      notes: '',
    });
  });

  it('joins first and last name columns, and two columns mapped to Name keep both', async () => {
    const text = 'First Name,Last Name,Job Title\nAda,Lovelace,Analyst\n';
    const preview = await app.ok<ContactsImportPreview>('contacts:import-preview', { format: 'csv', text });
    expect(preview.mapping).toEqual(['firstName', 'lastName', 'jobTitle']);
    expect(preview.rows[0]).toMatchObject({ name: 'Ada Lovelace', ok: true });
    const both = await app.ok<ContactsImportPreview>('contacts:import-preview', {
      format: 'csv',
      text,
      mapping: ['name', 'name', ''],
    });
    expect(both.rows[0]).toMatchObject({ name: 'Ada Lovelace', ok: true });
    const parts = await app.ok<ContactsImportPreview>('contacts:import-preview', {
      format: 'csv',
      text,
      mapping: ['lastName', 'firstName', ''],
    });
    expect(parts.rows[0]).toMatchObject({ name: 'Lovelace Ada' }); // first name column holds Lovelace here
  });

  it('reads columns named like Object.prototype members as plain names (issue 15, defect 4)', async () => {
    for (const header of ['constructor', 'Constructor', 'CONSTRUCTOR', '__proto__', 'toString', 'hasOwnProperty']) {
      const text = `Name,${header},Email\nAda,x,ada@example.com\n`;
      const preview = await app.ok<ContactsImportPreview>('contacts:import-preview', { format: 'csv', text });
      expect(preview.mapping, header).toEqual(['name', '', 'email']);
      expect(preview.rows[0], header).toMatchObject({ ok: true, reasons: [] });
      const mapped = await app.ok<ContactsImportPreview>('contacts:import-preview', {
        format: 'csv',
        text,
        mapping: ['name', 'notes', ''],
      });
      expect(mapped.rows[0], header).toMatchObject({ ok: true, kept: ['name', 'notes'] });
    }
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('name');
  });

  it('writes nothing when no row is good, when the file is too large, or when the input is malformed', async () => {
    const cases: [unknown, string][] = [
      [{ format: 'csv', text: 'Name,Email\n,bad\n' }, 'invalid-input'],
      [{ format: 'csv', text: '' }, 'invalid-input'],
      [{ format: 'csv', text: `Name\n${'A'.repeat(1_000_001)}` }, 'too-large'],
      [{ format: 'xlsx', text: 'Name\nA' }, 'invalid-input'],
      [{ format: 'csv', text: 'Name\nA', mapping: ['salary'] }, 'invalid-input'],
      [{ format: 'csv', text: 'Name\nA', mapping: ['name', 'email'] }, 'invalid-input'],
      [{ format: 'csv', text: 'Name\nA', mapping: { Name: 'name' } }, 'invalid-input'],
      [{ format: 'vcard', text: 'BEGIN:VCARD\nthis is not a card' }, 'invalid-input'],
      [{ format: 'vcard', text: 'Name,Email\nAda,ada@example.com' }, 'invalid-input'],
    ];
    for (const [input, code] of cases) {
      const result = (await app.call('contacts:import', input)) as ApiResult<unknown>;
      expect(result, JSON.stringify(input).slice(0, 80)).toMatchObject({ ok: false, error: { code } });
    }
    const tooLarge = (await app.call('contacts:import', cases[2]![0])) as ApiResult<unknown>;
    if (!tooLarge.ok) expect(tooLarge.error.message).toMatch(/over 1 MB/);
    expect(count()).toBe(0);
  });

  it('names what a file that is not contacts looks like, and imports nothing', async () => {
    const cases: [string, RegExp][] = [
      ['BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', /calendar file/],
      ['{"formatVersion":1,"app":"someday","tables":{}}', /Someday data export/],
      ['[1,2,3]', /JSON data/],
      ['<!DOCTYPE html><html><body>Contacts</body></html>', /web page/],
      ['PK\u0003\u0004\u0014\u0000\u0006\u0000', /spreadsheet workbook or a zip archive/],
      ['%PDF-1.7\n', /PDF document/],
      ['From: ada@example.com\nSubject: Hi\n\nHello', /email message/],
    ];
    for (const [text, message] of cases) {
      for (const format of ['csv', 'vcard']) {
        const result = (await app.call('contacts:import-preview', { format, text })) as ApiResult<unknown>;
        expect(result, text).toMatchObject({ ok: false, error: { code: 'invalid-input', message } });
      }
    }
    expect(count()).toBe(0);
  });
});

describe('vCard', () => {
  it('imports cards, including folded lines and non-Latin names, and names a card without a name after its email', async () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Σοφία Παπαδοπούλου',
      'ORG:Αθήνα Labs;Research',
      'TITLE:Head of Design',
      'EMAIL;TYPE=work:sofia@athena.example',
      'NOTE:Kind interviewer\\, asked about accessibility\\nand testing.',
      'URL:https://www.linkedin.com/in/sofia',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Kwame Mensah',
      'TEL;VALUE=uri:tel:+233-20-123-4567',
      'NOTE:A long note that is folded ',
      ' across two lines.',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'EMAIL:nameless@example.com',
      'END:VCARD',
    ].join('\r\n');
    const preview = await app.ok<ContactsImportPreview>('contacts:import-preview', { format: 'vcard', text });
    expect(preview).toMatchObject({ total: 3, good: 3, bad: 0 });
    expect(preview.rows[2]).toMatchObject({ row: 3, ok: true, name: 'nameless@example.com', kept: ['name', 'email'] });
    expect(await app.ok<ContactsImportResult>('contacts:import', { format: 'vcard', text })).toEqual({
      imported: 3,
      skipped: 0,
    });
    const items = (await app.ok<ContactPage>('contacts:list', {})).items;
    expect(items.find((c) => c.name === 'Σοφία Παπαδοπούλου')).toMatchObject({
      company: 'Αθήνα Labs',
      jobTitle: 'Head of Design',
      email: 'sofia@athena.example',
      linkedinUrl: 'https://www.linkedin.com/in/sofia',
      notes: 'Kind interviewer, asked about accessibility\nand testing.',
    });
    expect(items.find((c) => c.name === 'Kwame Mensah')).toMatchObject({
      phone: '+233-20-123-4567',
      notes: 'A long note that is folded across two lines.',
    });
  });

  it('exports vCard and CSV that read back as the same contacts', async () => {
    await app.ok('contacts:create', {
      name: 'Okafor, Lena',
      company: 'Harbour',
      email: 'lena@harbour.example',
      notes: 'Line one\nLine two',
    });
    await app.ok('contacts:create', { name: '王小明', phone: '+86 10 1234 5678' });
    const vcf = await app.ok<ExportedFile>('contacts:export', { format: 'vcard' });
    expect(vcf.fileName).toBe('someday-contacts-2026-11-26.vcf');
    const csv = await app.ok<ExportedFile>('contacts:export', { format: 'csv' });
    expect(csv.content.startsWith('\uFEFFName,Job title,Company')).toBe(true);
    app.db.prepare('DELETE FROM contacts').run();
    expect(await app.ok<ContactsImportResult>('contacts:import', { format: 'vcard', text: vcf.content })).toEqual({
      imported: 2,
      skipped: 0,
    });
    const fromVcard = (await app.ok<ContactPage>('contacts:list', {})).items.map((c) => [
      c.name,
      c.company,
      c.email,
      c.phone,
      c.notes,
    ]);
    app.db.prepare('DELETE FROM contacts').run();
    const preview = await app.ok<ContactsImportPreview>('contacts:import-preview', {
      format: 'csv',
      text: csv.content,
    });
    expect(preview).toMatchObject({ good: 2, bad: 0 });
    await app.ok('contacts:import', { format: 'csv', text: csv.content });
    const fromCsv = (await app.ok<ContactPage>('contacts:list', {})).items.map((c) => [
      c.name,
      c.company,
      c.email,
      c.phone,
      c.notes,
    ]);
    expect(fromCsv).toEqual(fromVcard);
    expect(fromCsv).toEqual([
      ['Okafor, Lena', 'Harbour', 'lena@harbour.example', '', 'Line one\nLine two'],
      ['王小明', '', '', '+86 10 1234 5678', ''],
    ]);
  });
});

describe('calendar export', () => {
  it('exports every planned check-in as an all-day event on its local day, and none for "do not contact"', async () => {
    const lena = await app.ok<{ id: number }>('contacts:create', { name: 'Lena', email: 'lena@harbour.example' });
    const blocked = await app.ok<{ id: number }>('contacts:create', { name: 'Blocked', email: 'b@example.com' });
    for (const contactId of [lena.id, blocked.id]) {
      await app.ok<Reminder[]>('reminders:confirm-plan', {
        contactId,
        timeZone: 'America/New_York',
        steps: [
          { step: 'thank-you', channel: 'email', dueDay: '2026-11-27' },
          { step: 'check-in', channel: 'email', dueDay: '2027-03-14' },
        ],
      });
    }
    await app.ok('contacts:update', { id: blocked.id, contact: { name: 'Blocked', status: 'do-not-contact' } });
    const file = await app.ok<ExportedFile>('reminders:export-ics', {});
    expect(file).toMatchObject({ kind: 'ics', fileName: 'someday-check-ins-2026-11-26.ics' });
    const calendar = new ICAL.Component(ICAL.parse(file.content) as never);
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    expect(events.map((event) => [event.summary, event.startDate.toString(), event.startDate.isDate])).toEqual([
      ['Say thank you: Lena', '2026-11-27', true],
      ['Check in: Lena', '2027-03-14', true],
    ]);
    expect(new Set(events.map((event) => event.uid)).size).toBe(2);
  });
});
