import { guardWarnings, planFollowups, snoozeTarget, stepOnDay } from '../../core/followup-plan';
import { contactReach, setPlanProposed } from '../db/contacts-repository';
import {
  createInteraction,
  deleteInteraction,
  listInteractions,
  outcomesByChannel,
  recentHistory,
  updateInteraction,
} from '../db/interactions-repository';
import {
  completeReminder,
  getReminder,
  listContactReminders,
  listToday,
  moveReminder,
  replacePlan,
  skipReminder,
} from '../db/reminders-repository';
import { getSettings } from '../db/settings-repository';
import type { HandlerSlice } from './handler-types';

/** Interactions, cadence plans, reminders and Today: every write runs in the dispatcher's transaction. */
export const followupsHandlers = {
  'interactions:list': ({ contactId }, { db }) => listInteractions(db, contactId),
  'interactions:create': (input, { db, now }) => createInteraction(db, input, now().toISOString()),
  'interactions:update': ({ id, interaction }, { db, now }) =>
    updateInteraction(db, id, interaction, now().toISOString()),
  'interactions:delete': ({ id }, { db }) => {
    deleteInteraction(db, id);
    return { id };
  },
  'interactions:check': ({ contactId, kind, occurredAt }, { db }) => {
    const contact = contactReach(db, contactId);
    return guardWarnings({
      history: recentHistory(db, contactId),
      kind,
      occurredAt,
      status: contact.status,
      minSpacingDays: getSettings(db).cadenceMinSpacingDays,
    });
  },
  'reminders:plan': ({ contactId, timeZone }, { db, now }) => {
    const contact = contactReach(db, contactId);
    const blocked =
      contact.status === 'do-not-contact'
        ? 'This person asked not to be contacted, so Someday plans nothing for them.'
        : null;
    return {
      contactId,
      timeZone,
      steps: planFollowups({ contact, now: now(), timeZone, settings: getSettings(db) }),
      blocked,
    };
  },
  'reminders:confirm-plan': ({ contactId, timeZone, steps }, { db, now }) => {
    const hour = getSettings(db).cadenceReminderHour;
    const planned = steps.map((step) => ({ ...step, ...stepOnDay(step.dueDay, hour, timeZone) }));
    return replacePlan(db, contactId, planned, timeZone, now().toISOString());
  },
  'reminders:dismiss-plan': ({ contactId }, { db }) => setPlanProposed(db, contactId, false),
  'reminders:list': ({ contactId }, { db }) => listContactReminders(db, contactId),
  'reminders:today': ({ timeZone }, { db, now }) => listToday(db, { now: now(), timeZone }),
  'reminders:snooze': ({ id, by, until, timeZone }, { db, now }) => {
    getReminder(db, id);
    const target = snoozeTarget({ by, until, now: now(), timeZone, hour: getSettings(db).cadenceReminderHour });
    return moveReminder(db, id, target, timeZone, now().toISOString());
  },
  'reminders:complete': (input, { db, now }) => completeReminder(db, input, now(), getSettings(db)),
  'reminders:skip': ({ id, timeZone }, { db, now }) => skipReminder(db, id, timeZone, now(), getSettings(db)),
  'outcomes:by-channel': (_input, { db }) => outcomesByChannel(db),
} satisfies HandlerSlice;
