/**
 * Writes synthetic rows (./synthetic-data.ts) into a database through the app's own repositories, in
 * transactions of BATCH rows, so every row is made the way the app makes it (revisions, next steps,
 * FTS triggers). Used by `npm run seed` (main/cli/seed.ts) and the tests that need real-size data.
 */
import type { Db } from '../db/connection';
import { createContact, rowFields, setContactArchived } from '../db/contacts-repository';
import { createDraft, setDraftStatus } from '../db/drafts-repository';
import { createInteraction } from '../db/interactions-repository';
import { insertReminder } from '../db/reminders-repository';
import type { SyntheticData } from './synthetic-data';

/** Rows per transaction: each commit is one fsync, and the WAL stays small. */
const BATCH = 5_000;

function inBatches<T>(db: Db, rows: readonly T[], write: (row: T) => void): void {
  for (let start = 0; start < rows.length; start += BATCH) {
    db.transaction(() => {
      for (const row of rows.slice(start, start + BATCH)) write(row);
    })();
  }
}

/** Writes the generated rows through the repositories; the generator's ids become the new rows' ids. */
export function writeSynthetic(
  db: Db,
  data: SyntheticData,
): { contacts: number; drafts: number; interactions: number; reminders: number } {
  const contactIds = new Map<number, number>();
  inBatches(db, data.contacts, (row) => {
    const contact = createContact(db, rowFields(row), row.created_at);
    contactIds.set(row.id, contact.id);
    if (row.archived_at !== null) setContactArchived(db, contact.id, true, row.archived_at);
  });
  const draftIds = new Map<number, number>();
  inBatches(db, data.drafts, (row) => {
    const draft = createDraft(
      db,
      {
        contactId: contactIds.get(row.contact_id)!,
        channel: row.channel,
        title: row.title,
        subject: row.subject,
        body: row.body,
        templateId: null,
      },
      row.created_at,
    );
    draftIds.set(row.id, draft.id);
    if (row.status !== 'draft') setDraftStatus(db, draft.id, row.status, row.sent_on, row.created_at);
  });
  inBatches(db, data.interactions, (row) => {
    createInteraction(
      db,
      {
        contactId: contactIds.get(row.contact_id)!,
        kind: row.kind,
        occurredAt: row.occurred_at,
        summary: row.summary,
        outcome: row.outcome,
        draftId: row.draft_id === null ? null : draftIds.get(row.draft_id)!,
      },
      row.created_at,
    );
  });
  // Planned follow-ups: the pending ones, never for someone who asked not to be contacted (as the app plans).
  const quiet = new Set(data.contacts.filter((c) => c.status === 'do-not-contact').map((c) => c.id));
  const pending = data.reminders.filter((r) => r.state === 'pending' && !quiet.has(r.contact_id));
  inBatches(db, pending, (row) => {
    insertReminder(
      db,
      contactIds.get(row.contact_id)!,
      { step: row.step, channel: row.channel, templateId: null, dueAt: row.due_at, dueDay: row.due_day },
      row.time_zone,
      row.created_at,
    );
  });
  return {
    contacts: data.contacts.length,
    drafts: data.drafts.length,
    interactions: data.interactions.length,
    reminders: pending.length,
  };
}
