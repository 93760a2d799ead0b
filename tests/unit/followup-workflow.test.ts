import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContactInputSchema } from '../../core/contacts';
import { advancedStatus, STATUS_LADDER, statusEarned } from '../../core/followup-workflow';
import { closeDatabase, openDatabase, type Db } from '../../main/db/connection';
import { createContact, getContact, promoteContact } from '../../main/db/contacts-repository';
import { getReminder, insertReminder, listToday } from '../../main/db/reminders-repository';
import { createInteraction, listInteractions } from '../../main/db/interactions-repository';
import { BadRowError } from '../../main/db/row-check';

const NOW = '2026-11-26T09:00:00.000Z';

describe('the follow-up workflow (pure)', () => {
  it('earns the step’s rung, or re-engaged when they answered that way', () => {
    expect(statusEarned('thank-you', 'email', 'no-reply')).toBe('thanked');
    expect(statusEarned('check-in', 'call', 'replied')).toBe('interest-restated');
    expect(statusEarned('quarterly', 'linkedin', 'no-reply')).toBe('on-radar');
    expect(statusEarned('thank-you', 'email', 're-engaged')).toBe('re-engaged');
    expect(statusEarned('quarterly', 're-engaged', 'replied')).toBe('re-engaged');
  });

  it('only ever moves up the ladder, and never for do-not-contact', () => {
    expect(STATUS_LADDER[0]).toBe('rejected');
    expect(advancedStatus('rejected', 'thanked')).toBe('thanked');
    expect(advancedStatus('on-radar', 'thanked')).toBeNull();
    expect(advancedStatus('thanked', 'thanked')).toBeNull();
    expect(advancedStatus('do-not-contact', 're-engaged')).toBeNull();
  });
});

describe('repositories', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
  });
  afterEach(() => closeDatabase(db));

  function addContact() {
    return createContact(db, ContactInputSchema.parse({ name: 'Priya Raman' }), NOW);
  }

  it('the contacts repository applies a promotion and its next step, and ignores a step down', () => {
    const contact = addContact();
    promoteContact(db, contact.id, 'interest-restated', NOW);
    expect(getContact(db, contact.id).status).toBe('interest-restated');
    promoteContact(db, contact.id, 'thanked', NOW);
    expect(getContact(db, contact.id).status).toBe('interest-restated');
  });

  it('fail loudly on a row whose enum value is not in core’s lists', () => {
    const contact = addContact();
    const reminder = insertReminder(
      db,
      contact.id,
      { step: 'thank-you', channel: 'email', templateId: null, dueAt: NOW, dueDay: '2026-11-26' },
      'UTC',
      NOW,
    );
    createInteraction(
      db,
      { contactId: contact.id, kind: 'email', occurredAt: NOW, summary: '', outcome: 'replied', draftId: null },
      NOW,
    );
    // A file written by another program (or damaged) need not keep the CHECK constraints.
    db.pragma('ignore_check_constraints = ON');
    db.prepare(`UPDATE reminders SET step = 'yearly' WHERE id = ?`).run(reminder.id);
    db.prepare(`UPDATE interactions SET outcome = 'maybe'`).run();
    db.prepare(`UPDATE contacts SET status = 'friend' WHERE id = ?`).run(contact.id);
    expect(() => getReminder(db, reminder.id)).toThrow(BadRowError);
    expect(() => getReminder(db, reminder.id)).toThrow('The reminders table holds step "yearly"');
    expect(() => getContact(db, contact.id)).toThrow('The contacts table holds status "friend"');
    expect(() => listInteractions(db, contact.id)).toThrow(BadRowError);
    // Today reads its rows in their final shape and checks them there.
    const today = { now: new Date(NOW), timeZone: 'UTC' };
    expect(() => listToday(db, today)).toThrow('The reminders table holds step "yearly"');
    db.prepare(`UPDATE reminders SET step = 'thank-you', channel = 'pigeon' WHERE id = ?`).run(reminder.id);
    expect(() => listToday(db, today)).toThrow('The reminders table holds channel "pigeon"');
    db.prepare(`UPDATE reminders SET channel = 'email' WHERE id = ?`).run(reminder.id);
    expect(listToday(db, today).items.map((item) => [item.id, item.step, item.overdue])).toEqual([
      [reminder.id, 'thank-you', false],
    ]);
  });
});
