import crypto from 'node:crypto';
import fs from 'node:fs';
import Papa from 'papaparse';
import type { Contact } from '../../core/contacts';
import { isPlainEmailAddress } from '../../core/email';
import { FIELD_LABELS, MAPPABLE_FIELDS, type ExportedFile, type ExportFormat } from '../../core/contact-files';
import { INTERACTION_KIND_LABELS, STEP_LABELS } from '../../core/followups';
import { rowToContact, type ContactRow } from '../db/contacts-repository';
import type { Db } from '../db/connection';
import { listScheduled } from '../db/reminders-repository';
import { statement } from '../db/statements';
import { contentLines, escapeText, structured } from './content-lines';

/**
 * Contacts as CSV (papaparse, formula cells escaped) or vCard 4.0, and planned check-ins as an
 * iCalendar file. The vCard and .ics lines are written by ./content-lines.ts (escaping, folding at
 * 75 octets). Someday's own fields that vCard has no property for travel as X-SOMEDAY-* properties,
 * so an export imports back with nothing lost.
 *
 * Contacts are read as a stream (unarchived by name, then archived by name), every one of them, and the
 * file is produced in chunks of EXPORT_BATCH contacts: `contactsCsvChunks` and `contactsVcardChunks` hold
 * one batch at a time, and `writeContactsExport` writes the chunks to a file as they come.
 */
export const EXPORT_BATCH = 500;

function* allContacts(db: Db): Generator<Contact[]> {
  for (const archived of [0, 1]) {
    const rows = statement(
      db,
      `SELECT * FROM contacts c WHERE (c.archived_at IS NOT NULL) = ${archived} ORDER BY c.name COLLATE NOCASE, c.id`,
    ).iterate() as IterableIterator<ContactRow>;
    let batch: Contact[] = [];
    for (const row of rows) {
      batch.push(rowToContact(row));
      if (batch.length === EXPORT_BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }
}

function stamp(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * OWASP's CSV-injection advice: a cell starting with = + - @ tab or carriage return gets a leading
 * apostrophe, so spreadsheet programs show it as text instead of running it. The import takes the
 * apostrophe off again. Every CSV Someday writes goes through here (the header row too), in chunks of rows.
 */
export function csvLines(rows: string[][]): string {
  return `${Papa.unparse(rows, { newline: '\r\n', escapeFormulae: true })}\r\n`;
}

/** The CSV export in chunks: the header row, then one chunk per batch of contacts. */
export function* contactsCsvChunks(db: Db): Generator<string> {
  yield `\uFEFF${csvLines([MAPPABLE_FIELDS.map((field) => FIELD_LABELS[field])])}`;
  for (const batch of allContacts(db)) {
    const rows = batch.map((contact) => MAPPABLE_FIELDS.map((field) => contact[field] ?? ''));
    yield csvLines(rows);
  }
}

/** The vCard export in chunks, one per batch of contacts. */
export function* contactsVcardChunks(db: Db): Generator<string> {
  for (const batch of allContacts(db)) yield batch.map(vcardOf).join('');
}

/** Every contact, archived or not: what an export holds. */
export function countContacts(db: Db): number {
  return (statement(db, 'SELECT count(*) AS n FROM contacts').get() as { n: number }).n;
}

export function contactsExportName(format: ExportFormat, now: Date): string {
  return `someday-contacts-${stamp(now)}.${format === 'csv' ? 'csv' : 'vcf'}`;
}

export function exportContactsCsv(db: Db, now: Date): ExportedFile {
  return { fileName: contactsExportName('csv', now), kind: 'csv', content: [...contactsCsvChunks(db)].join('') };
}

/**
 * Writes the contacts export to `file` chunk by chunk (a temporary file beside it, fsync, rename), so
 * memory holds one batch whatever the number of contacts. Returns the bytes written.
 */
export function writeContactsExport(db: Db, format: ExportFormat, file: string): number {
  const temp = `${file}.tmp-${process.pid}`;
  let bytes = 0;
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    for (const chunk of format === 'csv' ? contactsCsvChunks(db) : contactsVcardChunks(db)) {
      bytes += fs.writeSync(fd, chunk);
    }
    fs.fsyncSync(fd);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  fs.renameSync(temp, file);
  return bytes;
}

/** A stable UUID (version 5 layout, SHA-1 of the contact's id and creation time) so re-exports keep each card's UID. */
function contactUid(contact: Contact): string {
  const hash = crypto.createHash('sha1').update(`someday-contact:${contact.id}:${contact.createdAt}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** N from a full name: the last word is taken as the family name, the rest as given names. */
function nameParts(name: string): string[] {
  const words = name.trim().split(/\s+/);
  const family = words.length > 1 ? words.pop()! : words[0]!;
  return [family, words.length > 0 && family !== words[0] ? words.join(' ') : '', '', '', ''];
}

export function vcardOf(contact: Contact): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `UID:${contactUid(contact)}`, `FN:${escapeText(contact.name)}`];
  lines.push(`N:${structured(nameParts(contact.name))}`);
  if (contact.company) lines.push(`ORG:${structured([contact.company])}`);
  if (contact.jobTitle) lines.push(`TITLE:${escapeText(contact.jobTitle)}`);
  if (contact.email && isPlainEmailAddress(contact.email)) lines.push(`EMAIL:${contact.email}`);
  if (contact.phone) lines.push(`TEL;VALUE=text:${escapeText(contact.phone)}`);
  if (contact.linkedinUrl) lines.push(`URL:${contact.linkedinUrl}`);
  if (contact.notes) lines.push(`NOTE:${escapeText(contact.notes)}`);
  lines.push(`X-SOMEDAY-RELATIONSHIP:${escapeText(contact.relationship)}`);
  lines.push(`X-SOMEDAY-STATUS:${escapeText(contact.status)}`);
  if (contact.position) lines.push(`X-SOMEDAY-POSITION:${escapeText(contact.position)}`);
  if (contact.interviewDate) lines.push(`X-SOMEDAY-INTERVIEW-DATE:${contact.interviewDate}`);
  if (contact.decisionDate) lines.push(`X-SOMEDAY-DECISION-DATE:${contact.decisionDate}`);
  if (contact.highlight) lines.push(`X-SOMEDAY-HIGHLIGHT:${escapeText(contact.highlight)}`);
  lines.push('END:VCARD');
  return contentLines(lines);
}

export function exportContactsVcard(db: Db, now: Date): ExportedFile {
  return { fileName: contactsExportName('vcard', now), kind: 'vcf', content: [...contactsVcardChunks(db)].join('') };
}

function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function exportCheckInsIcs(db: Db, now: Date): ExportedFile {
  const lines = ['BEGIN:VCALENDAR', 'PRODID:-//Someday//Follow-up check-ins//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN'];
  const dtstamp = utcStamp(now);
  for (const reminder of listScheduled(db)) {
    const company = reminder.company ? ` at ${reminder.company}` : '';
    lines.push(
      'BEGIN:VEVENT',
      `UID:someday-reminder-${reminder.id}@someday.invalid`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${reminder.dueDay.replace(/-/g, '')}`,
      `SUMMARY:${escapeText(`${STEP_LABELS[reminder.step]}: ${reminder.contactName}`)}`,
      `DESCRIPTION:${escapeText(
        `Follow up with ${reminder.contactName}${company}. Suggested: ${INTERACTION_KIND_LABELS[reminder.channel]}.`,
      )}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return { fileName: `someday-check-ins-${stamp(now)}.ics`, kind: 'ics', content: contentLines(lines) };
}
