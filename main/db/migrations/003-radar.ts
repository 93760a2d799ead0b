import type { Db } from '../connection';

/**
 * Staying on the radar: the interaction log and the reminders a cadence creates. A reminder keeps the
 * UTC instant it falls due, the local day that instant falls on and the zone it was planned in, so
 * "today" is a plain comparison of days. Marking a contact "do not contact" cancels every pending
 * reminder in the same statement (a trigger), whichever path changed the status.
 */
export function migration003Radar(db: Db): void {
  db.exec(`
    CREATE TABLE interactions (
      id INTEGER PRIMARY KEY,
      contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('call','voicemail','email','linkedin','letter','note','reply-received','re-engaged')),
      occurred_at TEXT NOT NULL CHECK (length(occurred_at) = 24 AND substr(occurred_at, 24, 1) = 'Z'),
      summary TEXT NOT NULL DEFAULT '' CHECK (length(summary) <= 2000),
      outcome TEXT NOT NULL CHECK (outcome IN ('reached','left-voicemail','no-answer','asked-to-email','sent','replied','re-engaged','no-reply','noted')),
      draft_id INTEGER REFERENCES drafts (id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX interactions_by_contact ON interactions (contact_id, occurred_at DESC);
    CREATE INDEX interactions_by_draft ON interactions (draft_id) WHERE draft_id IS NOT NULL;

    CREATE TABLE reminders (
      id INTEGER PRIMARY KEY,
      contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
      step TEXT NOT NULL CHECK (step IN ('thank-you','check-in','quarterly')),
      channel TEXT NOT NULL CHECK (channel IN ('call','voicemail','email','linkedin','letter')),
      template_id TEXT,
      due_at TEXT NOT NULL CHECK (length(due_at) = 24 AND substr(due_at, 24, 1) = 'Z'),
      due_day TEXT NOT NULL CHECK (length(due_day) = 10),
      time_zone TEXT NOT NULL,
      state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','done','skipped','cancelled')),
      interaction_id INTEGER REFERENCES interactions (id) ON DELETE SET NULL,
      notified_at TEXT,
      closed_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX reminders_pending_by_day ON reminders (due_day, due_at) WHERE state = 'pending';
    CREATE INDEX reminders_by_contact ON reminders (contact_id, state, due_at);
    CREATE INDEX reminders_to_notify ON reminders (due_at) WHERE state = 'pending' AND notified_at IS NULL;

    CREATE TRIGGER reminders_stop_on_do_not_contact AFTER UPDATE OF status ON contacts
    WHEN new.status = 'do-not-contact' BEGIN
      UPDATE reminders SET state = 'cancelled', closed_at = new.updated_at, updated_at = new.updated_at
      WHERE contact_id = new.id AND state = 'pending';
    END;
  `);
}
