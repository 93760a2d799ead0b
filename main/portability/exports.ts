import Papa from 'papaparse';
import type { Contact } from '../../core/contacts';
import { FIELD_LABELS, MAPPABLE_FIELDS, type ExportedFile } from '../../core/portability';
import { INTERACTION_KIND_LABELS, STEP_LABELS } from '../../core/radar';
import { listContacts } from '../db/contacts-repository';
import type { Db } from '../db/connection';
import { listScheduled } from '../db/reminders-repository';
import { ICAL } from './ical';

/** Contacts as CSV (papaparse) or vCard 4.0, and planned check-ins as an iCalendar file (ical.js). */
function allContacts(db: Db): Contact[] {
  const query = { search: '', status: null, sort: 'name' as const, limit: 20000, offset: 0 };
  return [
    ...listContacts(db, { ...query, archived: false }).items,
    ...listContacts(db, { ...query, archived: true }).items,
  ];
}

function stamp(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function exportContactsCsv(db: Db, now: Date): ExportedFile {
  const rows = allContacts(db).map((contact) => MAPPABLE_FIELDS.map((field) => contact[field] ?? ''));
  const content = Papa.unparse(
    { fields: MAPPABLE_FIELDS.map((field) => FIELD_LABELS[field]), data: rows },
    { newline: '\r\n' },
  );
  return { fileName: `someday-contacts-${stamp(now)}.csv`, kind: 'csv', content: `\uFEFF${content}\r\n` };
}

export function exportContactsVcard(db: Db, now: Date): ExportedFile {
  const cards = allContacts(db).map((contact) => {
    const card = new ICAL.Component('vcard');
    card.addPropertyWithValue('version', '4.0');
    card.addPropertyWithValue('fn', contact.name);
    if (contact.company) card.addPropertyWithValue('org', contact.company);
    if (contact.jobTitle) card.addPropertyWithValue('title', contact.jobTitle);
    if (contact.email) card.addPropertyWithValue('email', contact.email);
    if (contact.phone) card.addPropertyWithValue('tel', contact.phone);
    if (contact.linkedinUrl) card.addPropertyWithValue('url', contact.linkedinUrl);
    if (contact.notes) card.addPropertyWithValue('note', contact.notes);
    return card.toString();
  });
  return { fileName: `someday-contacts-${stamp(now)}.vcf`, kind: 'vcf', content: cards.join('\r\n') + '\r\n' };
}

export function exportCheckInsIcs(db: Db, now: Date): ExportedFile {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', '-//Someday//Follow-up check-ins//EN');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  const dtstamp = ICAL.Time.fromJSDate(now, true);
  for (const reminder of listScheduled(db)) {
    const event = new ICAL.Component('vevent');
    event.addPropertyWithValue('uid', `someday-reminder-${reminder.id}@someday.invalid`);
    event.addPropertyWithValue('dtstamp', dtstamp);
    event.addPropertyWithValue('dtstart', ICAL.Time.fromDateString(reminder.dueDay));
    event.addPropertyWithValue('summary', `${STEP_LABELS[reminder.step]}: ${reminder.contactName}`);
    const company = reminder.company ? ` at ${reminder.company}` : '';
    event.addPropertyWithValue(
      'description',
      `Follow up with ${reminder.contactName}${company}. Suggested: ${INTERACTION_KIND_LABELS[reminder.channel]}.`,
    );
    event.addPropertyWithValue('transp', 'TRANSPARENT');
    calendar.addSubcomponent(event);
  }
  return { fileName: `someday-check-ins-${stamp(now)}.ics`, kind: 'ics', content: calendar.toString() + '\r\n' };
}
