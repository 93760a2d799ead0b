import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContactInputSchema, type ContactInput } from '../../core/contacts';
import { closeDatabase, openDatabase, type Db } from '../../main/db/connection';
import {
  createContact,
  deleteContact,
  getContact,
  listContacts,
  setContactArchived,
  updateContact,
} from '../../main/db/contacts-repository';
import { insertReminder } from '../../main/db/reminders-repository';
import { ContactListQuerySchema } from '../../core/contacts';

const NOW = '2026-11-26T09:00:00.000Z';
let db: Db;

beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => closeDatabase(db));

function add(input: ContactInput) {
  return createContact(db, ContactInputSchema.parse(input), NOW);
}

function list(query: Parameters<typeof ContactListQuerySchema.parse>[0] = {}) {
  return listContacts(db, ContactListQuerySchema.parse(query));
}

describe('contacts repository', () => {
  it('creates and reads back every field; nothing is due until a plan is confirmed', () => {
    const created = add({
      name: 'Amara Okafor',
      jobTitle: 'Engineering Manager',
      company: 'Brightwell',
      email: 'amara@brightwell.example',
      phone: '+44 20 7946 0000',
      linkedinUrl: 'https://www.linkedin.com/in/amara',
      relationship: 'hiring-manager',
      position: 'Senior Developer',
      interviewDate: '2026-11-10',
      decisionDate: '2026-11-20',
      status: 'rejected',
      notes: 'Loved the pairing exercise.',
    });
    expect(getContact(db, created.id)).toEqual(created);
    expect(created).toMatchObject({
      name: 'Amara Okafor',
      linkedinUrl: 'https://www.linkedin.com/in/amara',
      interviewDate: '2026-11-10',
      archived: false,
      nextStep: { state: 'none', step: null, label: 'Nothing planned', due: null },
      createdAt: NOW,
    });
  });

  it('updates, archives, unarchives and deletes; missing ids are not-found errors', () => {
    const c = add({ name: 'Lee Chen', company: 'Northwind' });
    const updated = updateContact(db, c.id, ContactInputSchema.parse({ name: 'Lee Chen', status: 'thanked' }), NOW);
    expect(updated.status).toBe('thanked');
    expect(updated.nextStep).toEqual({ state: 'none', step: null, label: 'Nothing planned', due: null });
    expect(setContactArchived(db, c.id, true, NOW).archived).toBe(true);
    expect(list().total).toBe(0);
    expect(list({ archived: true }).items.map((x) => x.id)).toEqual([c.id]);
    expect(setContactArchived(db, c.id, false, NOW).archived).toBe(false);
    deleteContact(db, c.id);
    expect(() => getContact(db, c.id)).toThrow(/No contact with id/);
    expect(() => deleteContact(db, c.id)).toThrow(/No contact with id/);
    expect(() => updateContact(db, 999, ContactInputSchema.parse({ name: 'X' }), NOW)).toThrow(/No contact/);
  });

  it('sorts by name (case-insensitive) or by the next planned step, and filters by status', () => {
    const plan = (id: number, dueDay: string) =>
      insertReminder(
        db,
        id,
        { step: 'check-in', channel: 'email', templateId: null, dueAt: `${dueDay}T09:00:00.000Z`, dueDay },
        'UTC',
        NOW,
      );
    plan(add({ name: 'zoe', status: 'on-radar' }).id, '2026-01-01');
    plan(add({ name: 'Adam', status: 'thanked' }).id, '2026-12-01');
    plan(add({ name: 'Mia', status: 'rejected' }).id, '2026-11-22');
    add({ name: 'Bo', status: 'do-not-contact' });
    expect(list({ sort: 'name' }).items.map((c) => c.name)).toEqual(['Adam', 'Bo', 'Mia', 'zoe']);
    expect(list({ sort: 'next-step' }).items.map((c) => c.name)).toEqual(['zoe', 'Mia', 'Adam', 'Bo']);
    expect(list({ status: 'rejected' }).items.map((c) => c.name)).toEqual(['Mia']);
  });

  it('searches name, company, role and notes by word prefix, ignoring case and accents', () => {
    add({ name: 'José Álvarez', company: 'Café Systems', notes: 'talked about the kiosk rollout' });
    add({ name: 'Priya Raman', jobTitle: 'Talent Partner', position: 'Data Analyst' });
    const names = (search: string) => list({ search }).items.map((c) => c.name);
    expect(names('jose')).toEqual(['José Álvarez']);
    expect(names('cafe sys')).toEqual(['José Álvarez']);
    expect(names('kiosk')).toEqual(['José Álvarez']);
    expect(names('talent')).toEqual(['Priya Raman']);
    expect(names('analy')).toEqual(['Priya Raman']);
    expect(names('nobody')).toEqual([]);
  });

  it('treats FTS syntax typed by the user as plain text', () => {
    add({ name: 'Sam "Quote" O\'Neil', company: 'AND OR NEAR' });
    for (const search of ['"', 'NEAR(', 'name:Sam', 'AND', '*', "o'neil", '-sam', '^sam']) {
      expect(() => list({ search })).not.toThrow();
    }
    expect(list({ search: 'name:Sam' }).total).toBe(0);
    expect(list({ search: 'sam neil' }).total).toBe(1);
    expect(list({ search: '***' }).total).toBe(0);
  });

  it('pages with limit and offset and reports the total', () => {
    for (let i = 0; i < 25; i++) add({ name: `Person ${String(i).padStart(2, '0')}` });
    const page = list({ limit: 10, offset: 20 });
    expect(page.total).toBe(25);
    expect(page.items.map((c) => c.name)).toEqual(['Person 20', 'Person 21', 'Person 22', 'Person 23', 'Person 24']);
  });
});
