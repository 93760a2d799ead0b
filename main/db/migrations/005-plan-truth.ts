import type { Db } from '../connection';

/**
 * One truth about what is due (issue 18). A contact's next step is the earliest pending reminder of
 * their confirmed plan: `next_step` (the step) and `next_step_at` (its local day) are kept by triggers
 * on `reminders`, so every path that plans, moves, completes, skips or cancels a reminder updates them
 * in the same statement, and sorting by next step still reads `contacts_by_next_step`. `plan_proposed`
 * is 1 while a proposed plan waits for the person to confirm or dismiss it. Contacts that never had a
 * confirmed plan lose the date the status alone used to suggest.
 */
const NEXT_PENDING = (contact: string, column: string) =>
  `(SELECT ${column} FROM reminders WHERE contact_id = ${contact} AND state = 'pending' ORDER BY due_day, due_at, id LIMIT 1)`;

const REFRESH = (contact: string) => `
  UPDATE contacts SET next_step_at = ${NEXT_PENDING(contact, 'due_day')}, next_step = ${NEXT_PENDING(contact, 'step')}
  WHERE id = ${contact};`;

export function migration005PlanTruth(db: Db): void {
  db.exec(`
    ALTER TABLE contacts ADD COLUMN next_step TEXT CHECK (next_step IN ('thank-you','check-in','quarterly'));
    ALTER TABLE contacts ADD COLUMN plan_proposed INTEGER NOT NULL DEFAULT 0 CHECK (plan_proposed IN (0, 1));

    UPDATE contacts SET next_step_at = ${NEXT_PENDING('contacts.id', 'due_day')},
      next_step = ${NEXT_PENDING('contacts.id', 'step')};

    CREATE TRIGGER reminders_next_step_insert AFTER INSERT ON reminders BEGIN
      ${REFRESH('new.contact_id')}
      UPDATE contacts SET plan_proposed = 0 WHERE id = new.contact_id AND new.state = 'pending' AND plan_proposed = 1;
    END;
    CREATE TRIGGER reminders_next_step_update AFTER UPDATE OF state, due_day, due_at, step ON reminders BEGIN
      ${REFRESH('new.contact_id')}
    END;
    CREATE TRIGGER reminders_next_step_delete AFTER DELETE ON reminders BEGIN
      ${REFRESH('old.contact_id')}
    END;
    CREATE TRIGGER contacts_no_proposal_on_do_not_contact AFTER UPDATE OF status ON contacts
    WHEN new.status = 'do-not-contact' AND new.plan_proposed = 1 BEGIN
      UPDATE contacts SET plan_proposed = 0 WHERE id = new.id;
    END;
  `);
}
