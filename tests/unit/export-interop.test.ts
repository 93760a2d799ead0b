/**
 * Someday's exports read by independent parsers from Debian (python3-vobject, python3-icalendar,
 * Python's csv and email modules; `.ci/run` installs them), and read back by Someday's own import
 * with nothing lost. A spec violation (an unescaped ORG, a line over 75 octets, a header that adds a
 * recipient) fails here.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, ContactPage } from '../../core/contacts';
import { buildEml } from '../../core/output';
import { MAPPABLE_FIELDS, type ExportedFile, type ContactsImportResult } from '../../core/contact-files';
import { createTestApp } from '../helpers/test-app';
import { makeTempDir } from '../helpers/temp-dir';

const PYTHON = '/usr/bin/python3';
const READER = path.join(__dirname, '..', 'helpers', 'read-exports.py');
const temp = makeTempDir('someday-interop-');
afterAll(() => temp.cleanup());

function readWithPython(kind: string, content: string): Record<string, unknown> {
  const file = path.join(temp.dir, `file.${kind}`);
  fs.writeFileSync(file, content);
  return JSON.parse(execFileSync(PYTHON, [READER, kind, file], { encoding: 'utf8' })) as Record<string, unknown>;
}

let app: ReturnType<typeof createTestApp>;

/** Values that break naive writers: structure characters, formulas, non-Latin text, long lines. */
const PEOPLE = [
  {
    name: 'Okafor, Lena',
    company: 'Acme; Research, Ltd\\Labs',
    jobTitle: 'Head of Design; Systems',
    email: 'lena@harbour.example',
    phone: '+1 (415) 555-0100',
    linkedinUrl: 'https://www.linkedin.com/in/lena-okafor',
    notes: 'Line one; with a semicolon\nLine two, with a comma\\and a backslash',
    relationship: 'recruiter',
    position: 'Staff Engineer, Platform',
    interviewDate: '2026-11-02',
    decisionDate: '2026-11-20',
    status: 'thanked',
    highlight: 'The whiteboard session: "queues, not locks"',
  },
  { name: '=HYPERLINK("http://x.example","y")', company: '+1+1', jobTitle: '-2', notes: '@SUM(A1)' },
  { name: '王小明', company: '北京科技', phone: '+86 10 1234 5678', notes: '长'.repeat(400) },
  { name: 'Zoë Müller-Łukasz 😀', company: 'Kraków Works'.repeat(8), highlight: 'é'.repeat(200) },
];

/** Every field a contact file carries: the same list the import maps columns to. */
const FIELDS = MAPPABLE_FIELDS;

const fieldsOf = (contacts: Contact[]) =>
  contacts.map((contact) => Object.fromEntries(FIELDS.map((field) => [field, contact[field]])));

let created: Record<string, unknown>[];
let vcf: ExportedFile;
let csv: ExportedFile;
let ics: ExportedFile;

beforeAll(async () => {
  app = createTestApp(new Date('2026-11-26T10:00:00Z'));
  for (const person of PEOPLE) await app.ok('contacts:create', person);
  const items = (await app.ok<ContactPage>('contacts:list', {})).items;
  for (const [name, dueDay] of [
    ['Okafor, Lena', '2027-03-14'],
    ['Zoë Müller-Łukasz 😀', '2027-04-01'],
  ] as const) {
    await app.ok('reminders:confirm-plan', {
      contactId: items.find((c) => c.name === name)!.id,
      timeZone: 'Europe/Paris',
      steps: [{ step: 'check-in', channel: 'email', dueDay }],
    });
  }
  created = fieldsOf((await app.ok<ContactPage>('contacts:list', {})).items);
  vcf = await app.ok<ExportedFile>('contacts:export', { format: 'vcard' });
  csv = await app.ok<ExportedFile>('contacts:export', { format: 'csv' });
  ics = await app.ok<ExportedFile>('reminders:export-ics', {});
});
afterAll(() => app.dispose());

async function roundTrip(file: ExportedFile, format: 'csv' | 'vcard') {
  app.db.prepare('DELETE FROM contacts').run();
  expect(await app.ok<ContactsImportResult>('contacts:import', { format, text: file.content })).toEqual({
    imported: PEOPLE.length,
    skipped: 0,
  });
  return fieldsOf((await app.ok<ContactPage>('contacts:list', {})).items);
}

describe('vCard export', () => {
  it('passes vobject with validation: escaped ORG, N and notes, a UID per card, lines of at most 75 octets', () => {
    const read = readWithPython('vcf', vcf.content) as {
      longest_line_octets: number;
      bare_lf: boolean;
      cards: Record<string, unknown>[];
    };
    expect(read.longest_line_octets).toBeLessThanOrEqual(75);
    expect(read.bare_lf).toBe(false);
    expect(read.cards).toHaveLength(PEOPLE.length);
    const lena = read.cards.find((card) => card.fn === 'Okafor, Lena')!;
    expect(lena).toMatchObject({
      version: '4.0',
      org: ['Acme; Research, Ltd\\Labs'],
      title: 'Head of Design; Systems',
      email: 'lena@harbour.example',
      note: PEOPLE[0]!.notes,
      url: 'https://www.linkedin.com/in/lena-okafor',
    });
    expect(lena.n).toEqual(['Lena', 'Okafor,', '', '', '']);
    expect(lena.x).toMatchObject({ 'x-someday-status': 'thanked', 'x-someday-position': 'Staff Engineer, Platform' });
    const uids = read.cards.map((card) => card.uid as string);
    expect(new Set(uids).size).toBe(PEOPLE.length);
    for (const uid of uids)
      expect(uid).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(read.cards.find((card) => card.fn === 'Zoë Müller-Łukasz 😀')).toMatchObject({
      org: ['Kraków Works'.repeat(8)],
    });
  });

  it('imports back into Someday with every field intact', async () => {
    expect(await roundTrip(vcf, 'vcard')).toEqual(created);
  });
});

describe('CSV export', () => {
  it('protects formula cells for spreadsheets and reads as the same table in Python’s csv module', () => {
    const read = readWithPython('csv', csv.content) as { rows: string[][] };
    const [header, ...rows] = read.rows;
    expect(header).toEqual([
      'Name',
      'Job title',
      'Company',
      'Email',
      'Phone',
      'LinkedIn URL',
      'Relationship',
      'Position applied for',
      'Interview date',
      'Decision date',
      'Status',
      'Interview highlight',
      'Notes',
    ]);
    expect(rows).toHaveLength(PEOPLE.length);
    const formula = rows.find((row) => row[0]!.includes('HYPERLINK'))!;
    expect(formula.slice(0, 3)).toEqual(['\'=HYPERLINK("http://x.example","y")', "'-2", "'+1+1"]);
    expect(formula[12]).toBe("'@SUM(A1)");
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('imports back into Someday with every field intact, formulas as the text they were', async () => {
    expect(await roundTrip(csv, 'csv')).toEqual(created);
  });
});

describe('calendar export', () => {
  it('passes python-icalendar, with escaped text and lines of at most 75 octets', () => {
    const read = readWithPython('ics', ics.content) as {
      longest_line_octets: number;
      events: { uid: string; summary: string; description: string; start: string }[];
      version: string;
    };
    expect(read.longest_line_octets).toBeLessThanOrEqual(75);
    expect(read.version).toBe('2.0');
    expect(read.events).toHaveLength(2);
    expect(read.events[1]!.description).toBe(
      `Follow up with Zoë Müller-Łukasz 😀 at ${'Kraków Works'.repeat(8)}. Suggested: Email.`,
    );
    expect(read.events.slice(0, 1)).toEqual([
      {
        uid: expect.stringMatching(/^someday-reminder-\d+@someday\.invalid$/) as string,
        summary: 'Check in: Okafor, Lena',
        description: 'Follow up with Okafor, Lena at Acme; Research, Ltd\\Labs. Suggested: Email.',
        start: '2027-03-14',
      },
    ]);
  });
});

describe('.eml', () => {
  it('puts a non-ASCII name in encoded words beside one address, as Python’s email parser reads it', () => {
    const eml = buildEml({
      from: { name: 'Zoë Ölund, "the" candidate', email: 'zoe@example.com' },
      to: { name: 'José Núñez', email: 'jose.nunez@example.com' },
      subject: 'Gracias por la entrevista — ¿seguimos en contacto? '.repeat(3),
      body: 'Hola José,\nGracias.\n',
      date: new Date('2026-11-26T10:00:00Z'),
    });
    const read = readWithPython('eml', eml) as Record<string, unknown>;
    expect(read.to).toEqual([['José Núñez', 'jose.nunez@example.com']]);
    expect(read.from).toEqual([['Zoë Ölund, "the" candidate', 'zoe@example.com']]);
    expect(read.subject).toBe('Gracias por la entrevista — ¿seguimos en contacto? '.repeat(3).trim());
    expect(read.body).toBe('Hola José,\r\nGracias.\r\n');
    expect(read.defects).toEqual([]);
    expect(read.longest_line_octets).toBeLessThanOrEqual(78);
  });

  it('quotes an ASCII name with specials, so a comma or angle bracket in it adds no recipient', () => {
    const eml = buildEml({
      from: { name: '', email: '' },
      to: { name: 'Eve <eve@evil.example>, Mallory', email: 'ada@example.com' },
      subject: 'Hi',
      body: 'x',
      date: new Date('2026-11-26T10:00:00Z'),
    });
    const read = readWithPython('eml', eml) as Record<string, unknown>;
    expect(read.to).toEqual([['Eve <eve@evil.example>, Mallory', 'ada@example.com']]);
    expect(read.from).toEqual([]);
  });
});
