import { AppError } from '../../core/api-result';
import {
  CONTACT_STATUSES,
  RELATIONSHIPS,
  type Contact,
  type ContactFields,
  type ContactStatus,
  type ContactPage,
} from '../../core/contacts';
import type { ReachableContact } from '../../core/followup-plan';
import { advancedStatus } from '../../core/followup-workflow';
import type { z } from 'zod';
import type { ContactListQuerySchema } from '../../core/contacts';
import { nextStepOf } from '../../core/next-step';
import { REMINDER_STEPS } from '../../core/followups';
import type { Db } from './connection';
import { toFtsQuery } from './fts';
import { known } from './row-check';
import { statement } from './statements';

export interface ContactRow {
  id: number;
  name: string;
  job_title: string;
  company: string;
  email: string;
  phone: string;
  linkedin_url: string;
  relationship: string;
  position: string;
  interview_date: string | null;
  decision_date: string | null;
  status: string;
  notes: string;
  highlight: string;
  next_step_at: string | null;
  next_step: string | null;
  plan_proposed: number;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The columns of a contact's form fields, as stored (enums unchecked). */
type StoredFields = Pick<
  ContactRow,
  | 'name'
  | 'job_title'
  | 'company'
  | 'email'
  | 'phone'
  | 'linkedin_url'
  | 'relationship'
  | 'position'
  | 'interview_date'
  | 'decision_date'
  | 'status'
  | 'notes'
  | 'highlight'
>;

/**
 * A row's form fields by their names in the contract: the one column-to-field map, read by rowToContact,
 * the import's row schema (main/data/table-registry.ts) and the seed (main/seed/write-synthetic.ts).
 */
export function rowFields<R extends StoredFields>(
  row: R,
): Omit<ContactFields, 'relationship' | 'status' | 'decisionDate'> & {
  relationship: R['relationship'];
  status: R['status'];
  decisionDate: R['decision_date'];
} {
  return {
    name: row.name,
    jobTitle: row.job_title,
    company: row.company,
    email: row.email,
    phone: row.phone,
    linkedinUrl: row.linkedin_url,
    relationship: row.relationship,
    position: row.position,
    interviewDate: row.interview_date,
    decisionDate: row.decision_date,
    status: row.status,
    notes: row.notes,
    highlight: row.highlight,
  };
}

export function rowToContact(row: ContactRow): Contact {
  const status = known(CONTACT_STATUSES, row.status, 'contacts', 'status');
  return {
    id: row.id,
    ...rowFields(row),
    relationship: known(RELATIONSHIPS, row.relationship, 'contacts', 'relationship'),
    status,
    archived: row.archived_at !== null,
    nextStep: nextStepOf({
      status,
      step: row.next_step === null ? null : known(REMINDER_STEPS, row.next_step, 'contacts', 'next_step'),
      due: row.next_step_at,
      proposed: row.plan_proposed === 1,
    }),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function fieldParams(fields: ContactFields) {
  return {
    name: fields.name,
    job_title: fields.jobTitle,
    company: fields.company,
    email: fields.email,
    phone: fields.phone,
    linkedin_url: fields.linkedinUrl,
    relationship: fields.relationship,
    position: fields.position,
    interview_date: fields.interviewDate,
    decision_date: fields.decisionDate,
    status: fields.status,
    notes: fields.notes,
    highlight: fields.highlight,
  };
}

export function getContact(db: Db, id: number): Contact {
  const row = statement(db, 'SELECT * FROM contacts WHERE id = ?').get(id) as ContactRow | undefined;
  if (!row) throw new AppError('not-found', `No contact with id ${id}. It may have been deleted.`);
  return rowToContact(row);
}

export function createContact(db: Db, fields: ContactFields, now: string): Contact {
  const info = statement(
    db,
    `INSERT INTO contacts (name, job_title, company, email, phone, linkedin_url, relationship, position,
         interview_date, decision_date, status, notes, highlight, created_at, updated_at)
       VALUES (@name, @job_title, @company, @email, @phone, @linkedin_url, @relationship, @position,
         @interview_date, @decision_date, @status, @notes, @highlight, @now, @now)`,
  ).run({ ...fieldParams(fields), now });
  return getContact(db, Number(info.lastInsertRowid));
}

export function updateContact(db: Db, id: number, fields: ContactFields, now: string): Contact {
  const info = statement(
    db,
    `UPDATE contacts SET name = @name, job_title = @job_title, company = @company, email = @email,
         phone = @phone, linkedin_url = @linkedin_url, relationship = @relationship, position = @position,
         interview_date = @interview_date, decision_date = @decision_date, status = @status, notes = @notes, highlight = @highlight,
         updated_at = @now
       WHERE id = @id`,
  ).run({ ...fieldParams(fields), now, id });
  if (info.changes === 0) throw new AppError('not-found', `No contact with id ${id}. It may have been deleted.`);
  return getContact(db, id);
}

export function setContactArchived(db: Db, id: number, archived: boolean, now: string): Contact {
  const info = statement(db, 'UPDATE contacts SET archived_at = ?, updated_at = ? WHERE id = ?').run(
    archived ? now : null,
    now,
    id,
  );
  if (info.changes === 0) throw new AppError('not-found', `No contact with id ${id}. It may have been deleted.`);
  return getContact(db, id);
}

export function deleteContact(db: Db, id: number): void {
  const info = statement(db, 'DELETE FROM contacts WHERE id = ?').run(id);
  if (info.changes === 0) throw new AppError('not-found', `No contact with id ${id}. It may have been deleted.`);
}

export type ContactListFilter = z.output<typeof ContactListQuerySchema>;

export function listContacts(db: Db, filter: ContactListFilter): ContactPage {
  // Written as the indexes' own expression, `(archived_at IS NOT NULL) = 0|1`, so SQLite can use
  // contacts_by_name to filter and sort by name without a temporary sort of every row, and count from an
  // index alone (10,000 contacts: about a third of the time of `archived_at IS NULL`; see bench/README.md).
  const where: string[] = [`(c.archived_at IS NOT NULL) = ${filter.archived ? 1 : 0}`];
  // No limit given: every match (LIMIT -1 is SQLite's "no limit").
  const params: Record<string, unknown> = { limit: filter.limit ?? -1, offset: filter.offset };
  const fts = toFtsQuery(filter.search);
  if (fts) {
    where.push('c.id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH @fts)');
    params.fts = fts;
  } else if (filter.search !== '') {
    return { items: [], total: 0 };
  }
  if (filter.status) {
    where.push('c.status = @status');
    params.status = filter.status;
  }
  const order =
    filter.sort === 'name'
      ? 'c.name COLLATE NOCASE, c.id'
      : 'c.next_step_at IS NULL, c.next_step_at, c.name COLLATE NOCASE, c.id';
  const clause = where.join(' AND ');
  const total = (statement(db, `SELECT count(*) AS n FROM contacts c WHERE ${clause}`).get(params) as { n: number }).n;
  const rows = statement(
    db,
    `SELECT c.* FROM contacts c WHERE ${clause} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
  ).all(params) as ContactRow[];
  return { items: rows.map(rowToContact), total };
}

/** What planning needs to know about a contact: where they can be reached and where things stand. */
export function contactReach(db: Db, contactId: number): ReachableContact & { id: number } {
  const row = statement(
    db,
    'SELECT id, status, email, phone, linkedin_url, decision_date FROM contacts WHERE id = ?',
  ).get(contactId) as
    Pick<ContactRow, 'id' | 'status' | 'email' | 'phone' | 'linkedin_url' | 'decision_date'> | undefined;
  if (!row) throw new AppError('not-found', `No contact with id ${contactId}. It may have been deleted.`);
  return {
    id: row.id,
    status: known(CONTACT_STATUSES, row.status, 'contacts', 'status'),
    email: row.email,
    phone: row.phone,
    linkedinUrl: row.linkedin_url,
    decisionDate: row.decision_date,
  };
}

/** Moves a contact up the status ladder after a finished follow-up (core/followup-workflow.ts decides). */
export function promoteContact(db: Db, contactId: number, earned: ContactStatus, now: string): void {
  const contact = contactReach(db, contactId);
  const next = advancedStatus(contact.status, earned);
  if (next === null) return;
  statement(db, 'UPDATE contacts SET status = ?, updated_at = ? WHERE id = ?').run(next, now, contactId);
}

/**
 * Marks a proposed plan as waiting (shown as a proposal until confirmed or dismissed) or clears it.
 * Confirming a plan clears it too, through the reminders trigger of migration 005.
 */
export function setPlanProposed(db: Db, contactId: number, proposed: boolean): Contact {
  const info = statement(db, 'UPDATE contacts SET plan_proposed = ? WHERE id = ?').run(proposed ? 1 : 0, contactId);
  if (info.changes === 0) throw new AppError('not-found', `No contact with id ${contactId}. It may have been deleted.`);
  return getContact(db, contactId);
}
