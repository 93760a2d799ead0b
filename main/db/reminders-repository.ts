import { AppError } from '../../core/api-result';
import { localDay, nextCheckIn } from '../../core/followup-plan';
import type { FollowupSettings } from '../../core/followup-settings';
import { statusEarned } from '../../core/followup-workflow';
import {
  OUTREACH_KINDS,
  REMINDER_STATES,
  REMINDER_STEPS,
  type CompleteResult,
  type InteractionFields,
  type InteractionKind,
  type InteractionOutcome,
  type Reminder,
  type TodayItem,
  type TodayList,
  type ReminderStep,
  type OutreachKind,
} from '../../core/followups';
import type { Db } from './connection';
import { contactReach, promoteContact } from './contacts-repository';
import { createInteraction } from './interactions-repository';
import { known } from './row-check';
import { statement } from './statements';

export interface ReminderRow {
  id: number;
  contact_id: number;
  step: string;
  channel: string;
  template_id: string | null;
  due_at: string;
  due_day: string;
  time_zone: string;
  state: string;
  created_at: string;
}

type TodayRow = ReminderRow & { contact_name: string; company: string; contact_status: string };

export function rowToReminder(row: ReminderRow): Reminder {
  return {
    id: row.id,
    contactId: row.contact_id,
    step: known(REMINDER_STEPS, row.step, 'reminders', 'step'),
    channel: known(OUTREACH_KINDS, row.channel, 'reminders', 'channel'),
    templateId: row.template_id,
    dueAt: row.due_at,
    dueDay: row.due_day,
    timeZone: row.time_zone,
    state: known(REMINDER_STATES, row.state, 'reminders', 'state'),
    createdAt: row.created_at,
  };
}

/** The system's zone, for callers (the benchmark, the notifier) that do not pass one. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function getReminder(db: Db, id: number): Reminder {
  const row = statement(db, 'SELECT * FROM reminders WHERE id = ?').get(id) as ReminderRow | undefined;
  if (!row) throw new AppError('not-found', `No reminder with id ${id}. It may have been deleted.`);
  return rowToReminder(row);
}

export interface NewReminder {
  step: ReminderStep;
  channel: OutreachKind;
  templateId: string | null;
  dueAt: string;
  dueDay: string;
}

export function insertReminder(db: Db, contactId: number, step: NewReminder, timeZone: string, now: string): Reminder {
  const info = statement(
    db,
    `INSERT INTO reminders (contact_id, step, channel, template_id, due_at, due_day, time_zone, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(contactId, step.step, step.channel, step.templateId, step.dueAt, step.dueDay, timeZone, now, now);
  return getReminder(db, Number(info.lastInsertRowid));
}

/**
 * Replaces a contact's pending reminders with a confirmed plan. Refused for "do not contact".
 */
export function replacePlan(
  db: Db,
  contactId: number,
  steps: NewReminder[],
  timeZone: string,
  now: string,
): Reminder[] {
  const contact = contactReach(db, contactId);
  if (contact.status === 'do-not-contact') {
    throw new AppError('conflict', 'This person asked not to be contacted, so Someday plans no reminders for them.');
  }
  statement(
    db,
    `UPDATE reminders SET state = 'cancelled', closed_at = ?, updated_at = ? WHERE contact_id = ? AND state = 'pending'`,
  ).run(now, now, contactId);
  return steps.map((step) => insertReminder(db, contactId, step, timeZone, now));
}

export function listContactReminders(db: Db, contactId: number): Reminder[] {
  contactReach(db, contactId);
  const rows = statement(
    db,
    `SELECT * FROM reminders WHERE contact_id = ? AND state = 'pending' ORDER BY due_at, id`,
  ).all(contactId) as ReminderRow[];
  return rows.map(rowToReminder);
}

const TODAY_SELECT = `SELECT r.*, c.name AS contact_name, c.company, c.status AS contact_status
  FROM reminders r JOIN contacts c ON c.id = r.contact_id`;
const VISIBLE = `r.state = 'pending' AND c.archived_at IS NULL AND c.status != 'do-not-contact'`;

export interface TodayQuery {
  now: Date;
  /** The zone "today" is counted in; the system's zone when left out. */
  timeZone?: string;
  /** How many follow-ups due today or earlier at most (default 500). */
  limit?: number;
  /** How many planned follow-ups after today to include (default 5). */
  upcoming?: number;
}

/**
 * The Today list: pending follow-ups due today or earlier (overdue first), for contacts who are
 * neither archived nor "do not contact", and a few coming up. It walks the partial index
 * `reminders_pending_by_day`, so its cost follows the number of due reminders, not the table.
 */
/** Every zone's offset, and every change of it, falls on a quarter of an hour of UTC. */
const QUARTER_HOUR_MS = 15 * 60_000;
const dayCache = new Map<string, { quarter: number; day: string }>();

/**
 * The local day of `now` in `zone`, worked out once per quarter of an hour and zone (a TZDate costs
 * about 20 µs; Today is read on every visit and once a minute). The day can only change on a quarter
 * hour of UTC, so the answer is the same for every instant inside one.
 */
export function localDayCached(now: Date, zone: string): string {
  const quarter = Math.floor(now.getTime() / QUARTER_HOUR_MS);
  const cached = dayCache.get(zone);
  if (cached?.quarter === quarter) return cached.day;
  const day = localDay(now, zone);
  if (dayCache.size >= 100) dayCache.clear();
  dayCache.set(zone, { quarter, day });
  return day;
}

/**
 * Today's rows come out of SQLite already in the shape of a TodayItem (the columns named as its fields), so
 * each row is checked and finished in place: building a second object per row was most of what Today cost
 * above the bare query (up to 505 rows a call).
 */
const TODAY_ITEM_SELECT = `SELECT r.id, r.contact_id AS contactId, r.step, r.channel, r.template_id AS templateId,
    r.due_at AS dueAt, r.due_day AS dueDay, r.time_zone AS timeZone, r.state, r.created_at AS createdAt,
    c.name AS contactName, c.company, c.status AS contactStatus, 0 AS overdue
  FROM reminders r JOIN contacts c ON c.id = r.contact_id`;

function finishTodayItems(rows: TodayItem[], today: string): TodayItem[] {
  for (const row of rows) {
    known(REMINDER_STEPS, row.step, 'reminders', 'step');
    known(OUTREACH_KINDS, row.channel, 'reminders', 'channel');
    known(REMINDER_STATES, row.state, 'reminders', 'state');
    row.overdue = row.dueDay < today;
  }
  return rows;
}

export function listToday(db: Db, query: TodayQuery): TodayList {
  const today = localDayCached(query.now, query.timeZone ?? systemTimeZone());
  // Prepared once per connection (main/db/statements.ts): Today is read on every visit and once a minute.
  const due = statement(
    db,
    `${TODAY_ITEM_SELECT} WHERE r.due_day <= ? AND ${VISIBLE} ORDER BY r.due_day, r.due_at, r.id LIMIT ?`,
  ).all(today, query.limit ?? 500) as TodayItem[];
  const upcoming = statement(
    db,
    `${TODAY_ITEM_SELECT} WHERE r.due_day > ? AND ${VISIBLE} ORDER BY r.due_day, r.due_at, r.id LIMIT ?`,
  ).all(today, query.upcoming ?? 5) as TodayItem[];
  return { today, items: finishTodayItems(due, today), upcoming: finishTodayItems(upcoming, today) };
}

function requirePending(db: Db, id: number): Reminder {
  const reminder = getReminder(db, id);
  if (reminder.state !== 'pending') {
    throw new AppError('conflict', 'This follow-up is already closed. Refresh Today to see what is left.');
  }
  return reminder;
}

export function moveReminder(
  db: Db,
  id: number,
  target: { dueAt: string; dueDay: string },
  timeZone: string,
  now: string,
): Reminder {
  requirePending(db, id);
  statement(
    db,
    'UPDATE reminders SET due_at = ?, due_day = ?, time_zone = ?, notified_at = NULL, updated_at = ? WHERE id = ?',
  ).run(target.dueAt, target.dueDay, timeZone, now, id);
  return getReminder(db, id);
}

function scheduleNextIfNone(
  db: Db,
  contactId: number,
  doneAt: Date,
  timeZone: string,
  settings: FollowupSettings,
): Reminder | null {
  const open = statement(db, `SELECT 1 FROM reminders WHERE contact_id = ? AND state = 'pending' LIMIT 1`).get(
    contactId,
  );
  if (open) return null;
  const contact = contactReach(db, contactId);
  const next = nextCheckIn({ doneAt, timeZone, settings, contact });
  return next ? insertReminder(db, contactId, next, timeZone, doneAt.toISOString()) : null;
}

export interface CompleteArgs {
  id: number;
  kind: InteractionKind;
  outcome: InteractionOutcome;
  summary: string;
  draftId: number | null;
  timeZone: string;
}

/**
 * Done: logs the interaction, closes the reminder, moves the contact along (thanked, interest
 * restated, on their radar, or re-engaged when they answered that way) and, when nothing else is
 * planned, schedules the next regular check-in.
 */
export function completeReminder(db: Db, args: CompleteArgs, now: Date, settings: FollowupSettings): CompleteResult {
  const reminder = requirePending(db, args.id);
  const stamp = now.toISOString();
  const fields: InteractionFields = {
    kind: args.kind,
    occurredAt: stamp,
    summary: args.summary,
    outcome: args.outcome,
    draftId: args.draftId,
  };
  const interaction = createInteraction(db, { ...fields, contactId: reminder.contactId }, stamp);
  statement(
    db,
    `UPDATE reminders SET state = 'done', interaction_id = ?, closed_at = ?, updated_at = ? WHERE id = ?`,
  ).run(interaction.id, stamp, stamp, reminder.id);
  promoteContact(db, reminder.contactId, statusEarned(reminder.step, args.kind, args.outcome), stamp);
  const next = scheduleNextIfNone(db, reminder.contactId, now, args.timeZone, settings);
  return { interaction, next };
}

export function skipReminder(db: Db, id: number, timeZone: string, now: Date, settings: FollowupSettings) {
  const reminder = requirePending(db, id);
  const stamp = now.toISOString();
  statement(db, `UPDATE reminders SET state = 'skipped', closed_at = ?, updated_at = ? WHERE id = ?`).run(
    stamp,
    stamp,
    reminder.id,
  );
  const next = scheduleNextIfNone(db, reminder.contactId, now, timeZone, settings);
  return { skipped: getReminder(db, id), next };
}

/** Pending reminders that fell due and were not announced yet, for the desktop notifier. */
export function takeDueForNotification(db: Db, now: Date, limit = 20): TodayItem[] {
  const stamp = now.toISOString();
  const rows = statement(
    db,
    `${TODAY_SELECT} WHERE r.state = 'pending' AND r.notified_at IS NULL AND r.due_at <= ?
         AND c.archived_at IS NULL AND c.status != 'do-not-contact'
       ORDER BY r.due_at, r.id LIMIT ?`,
  ).all(stamp, limit) as TodayRow[];
  const mark = statement(db, 'UPDATE reminders SET notified_at = ? WHERE id = ?');
  for (const row of rows) mark.run(stamp, row.id);
  return rows.map((row) => ({
    ...rowToReminder(row),
    contactName: row.contact_name,
    company: row.company,
    contactStatus: row.contact_status,
    overdue: false,
  }));
}

/** Every pending reminder with its contact, soonest first, for the calendar export. */
export function listScheduled(db: Db): (Reminder & { contactName: string; company: string })[] {
  const rows = statement(db, `${TODAY_SELECT} WHERE ${VISIBLE} ORDER BY r.due_at, r.id`).all() as TodayRow[];
  return rows.map((row) => ({ ...rowToReminder(row), contactName: row.contact_name, company: row.company }));
}
