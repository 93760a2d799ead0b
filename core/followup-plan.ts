import { TZDate } from '@date-fns/tz';
import { addMonths, differenceInCalendarDays } from 'date-fns';
import { AppError } from './api-result';
import type { FollowupSettings } from './followup-settings';
import type { ContactStatus } from './contacts';
import {
  isOutreach,
  type GuardWarning,
  type InteractionKind,
  type InteractionOutcome,
  type OutreachKind,
  type PlannedStep,
  type ReminderStep,
} from './followups';

/**
 * The follow-up cadence as pure rules: from a decision, a plan of reminders (a thank-you inside the
 * window, a check-in about a month later, then a regular check-in); where a snooze lands; what comes
 * after a completed follow-up; and the guard rails before reaching out. Every reminder falls at the
 * reminder hour of a local day in the person's time zone, so a check-in stays at 9:00 across a
 * daylight-saving change; an hour that does not exist that day (the spring gap) moves forward to the
 * first real instant, and an hour that happens twice is the first of the two.
 */

/** The local calendar day (YYYY-MM-DD) an instant falls on in `zone`. */
export function localDay(instant: Date, zone: string): string {
  const local = new TZDate(instant.getTime(), zone);
  const y = String(local.getFullYear()).padStart(4, '0');
  const m = String(local.getMonth() + 1).padStart(2, '0');
  const d = String(local.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

function dayParts(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

const HOUR_MS = 3_600_000;

/** How far `zone`'s clock is ahead of UTC at an instant, in milliseconds (from the zone's own rules). */
function zoneOffsetMs(instant: number, zone: string): number {
  const local = new TZDate(instant, zone);
  const wall = Date.UTC(
    local.getFullYear(),
    local.getMonth(),
    local.getDate(),
    local.getHours(),
    local.getMinutes(),
    local.getSeconds(),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant of `hour`:00 on a local day in `zone`. Worked out from the zone's offsets alone, never
 * from the computer's own time zone (TZDate's constructor resolves a repeated hour by the system zone):
 * the offsets a day and a half either side are the only candidates; a wall time both give is the first
 * of a repeated hour, and a wall time neither gives is in the spring gap and moves forward by the gap.
 */
export function atLocalHour(day: string, hour: number, zone: string): Date {
  const [y, m, d] = dayParts(day);
  const wall = Date.UTC(y, m - 1, d, hour);
  const before = zoneOffsetMs(wall - 36 * HOUR_MS, zone);
  const after = zoneOffsetMs(wall + 36 * HOUR_MS, zone);
  const real = [wall - before, wall - after].filter((instant) => instant + zoneOffsetMs(instant, zone) === wall);
  return new Date(real.length > 0 ? Math.min(...real) : wall - before);
}

function calendarDate(day: string): Date {
  const [y, m, d] = dayParts(day);
  return new Date(Date.UTC(y, m - 1, d));
}

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addLocalDays(day: string, days: number): string {
  const [y, m, d] = dayParts(day);
  return dayOf(new Date(Date.UTC(y, m - 1, d + days)));
}

/** Adds calendar months, keeping the day or using the month's last day (31 Jan + 1 month = 28 Feb). */
export function addLocalMonths(day: string, months: number): string {
  const [y, m, d] = dayParts(day);
  const shifted = addMonths(new TZDate(y, m - 1, d, 12, 0, 0, 'UTC'), months);
  return localDay(shifted, 'UTC');
}

export function daysBetween(fromDay: string, toDay: string): number {
  return differenceInCalendarDays(calendarDate(toDay), calendarDate(fromDay));
}

export interface ReachableContact {
  status: ContactStatus;
  email: string;
  phone: string;
  linkedinUrl: string;
  decisionDate: string | null;
}

/** The suggested channel and built-in template for a step: a call where possible for the thank-you. */
export function suggestFor(step: ReminderStep, contact: Pick<ReachableContact, 'email' | 'phone' | 'linkedinUrl'>) {
  const pick = (channel: OutreachKind, templateId: string) => ({ channel, templateId: `builtin:${templateId}` });
  if (step === 'thank-you') {
    if (contact.phone) return pick('call', 'call-script');
    if (contact.email) return pick('email', 'thank-you-email');
    if (contact.linkedinUrl) return pick('linkedin', 'linkedin-note');
    return pick('letter', 'handwritten-card');
  }
  if (contact.email) return pick('email', step === 'check-in' ? 'check-in-email' : 'quarterly-note');
  if (contact.linkedinUrl) return pick('linkedin', 'linkedin-note');
  if (contact.phone) return pick('call', 'call-script');
  return pick('letter', 'handwritten-card');
}

function planned(step: ReminderStep, day: string, settings: FollowupSettings, zone: string, contact: ReachableContact) {
  return {
    step,
    ...suggestFor(step, contact),
    dueAt: atLocalHour(day, settings.cadenceReminderHour, zone).toISOString(),
    dueDay: day,
  } satisfies PlannedStep;
}

export interface PlanArgs {
  contact: ReachableContact;
  now: Date;
  timeZone: string;
  settings: FollowupSettings;
}

/**
 * The plan proposed when a contact is marked rejected. The thank-you falls a day before the window
 * closes (so at once for a short window); later steps that would already be past move to today,
 * and every step keeps at least the minimum spacing after the one before. Nothing for "do not contact".
 */
export function planFollowups({ contact, now, timeZone, settings }: PlanArgs): PlannedStep[] {
  if (contact.status === 'do-not-contact') return [];
  const today = localDay(now, timeZone);
  const decisionDay = contact.decisionDate ?? today;
  const decisionMoment = decisionDay === today ? now : atLocalHour(decisionDay, settings.cadenceReminderHour, timeZone);
  const leadHours = Math.max(0, settings.cadenceThankYouHours - 24);
  let thankDay = localDay(new Date(decisionMoment.getTime() + leadHours * 3_600_000), timeZone);
  if (thankDay < decisionDay) thankDay = decisionDay;
  const thankYou = planned('thank-you', thankDay, settings, timeZone, contact);
  if (new Date(thankYou.dueAt) < decisionMoment && decisionDay === today) thankYou.dueAt = now.toISOString();

  const steps: PlannedStep[] = [thankYou];
  let previous = thankDay;
  const later: [ReminderStep, string][] = [['check-in', addLocalDays(decisionDay, settings.cadenceCheckInDays)]];
  later.push(['quarterly', addLocalMonths(later[0]![1], settings.cadenceRepeatMonths)]);
  for (const [step, proposed] of later) {
    let day = proposed < today ? today : proposed;
    const earliest = addLocalDays(previous, settings.cadenceMinSpacingDays);
    if (day < earliest) day = earliest;
    steps.push(planned(step, day, settings, timeZone, contact));
    previous = day;
  }
  return steps;
}

/** The regular check-in after a completed or skipped follow-up, counted from the day it was done. */
export function nextCheckIn(args: {
  doneAt: Date;
  timeZone: string;
  settings: FollowupSettings;
  contact: ReachableContact;
}) {
  if (args.contact.status === 'do-not-contact') return null;
  const day = addLocalMonths(localDay(args.doneAt, args.timeZone), args.settings.cadenceRepeatMonths);
  return planned('quarterly', day, args.settings, args.timeZone, args.contact);
}

/** A step the person set by day: due at the reminder hour of that day. */
export function stepOnDay(day: string, hour: number, zone: string): { dueAt: string; dueDay: string } {
  return { dueAt: atLocalHour(day, hour, zone).toISOString(), dueDay: day };
}

export const SNOOZE_LIMIT_DAYS = 730;

/** Where a snoozed reminder lands: tomorrow, a week from today, or a chosen day (today or later). */
export function snoozeTarget(args: {
  by: 'day' | 'week' | 'date';
  until?: string | undefined;
  now: Date;
  timeZone: string;
  hour: number;
}): { dueAt: string; dueDay: string } {
  const today = localDay(args.now, args.timeZone);
  let day: string;
  if (args.by === 'day') day = addLocalDays(today, 1);
  else if (args.by === 'week') day = addLocalDays(today, 7);
  else {
    if (!args.until) throw new AppError('invalid-input', 'Choose the day to snooze until.');
    if (args.until <= today) throw new AppError('invalid-input', 'Choose a day after today to snooze until.');
    if (daysBetween(today, args.until) > SNOOZE_LIMIT_DAYS) {
      throw new AppError('invalid-input', 'Snooze for at most two years.');
    }
    day = args.until;
  }
  return stepOnDay(day, args.hour, args.timeZone);
}

export interface HistoryEntry {
  kind: InteractionKind;
  occurredAt: string;
  outcome: InteractionOutcome;
}

function isVoicemail(entry: HistoryEntry): boolean {
  return entry.kind === 'voicemail' || (entry.kind === 'call' && entry.outcome === 'left-voicemail');
}

function heardBack(entry: HistoryEntry): boolean {
  return (
    entry.kind === 'reply-received' ||
    entry.kind === 're-engaged' ||
    entry.outcome === 'replied' ||
    entry.outcome === 're-engaged' ||
    entry.outcome === 'reached' ||
    entry.outcome === 'asked-to-email'
  );
}

/**
 * Warnings before reaching out: a third voicemail in a row with no answer between, contact sooner
 * than the minimum spacing after the last outreach (unless they replied since), or a contact marked
 * "do not contact". `history` may be in any order; only entries before `occurredAt` count.
 */
export function guardWarnings(args: {
  history: readonly HistoryEntry[];
  kind: InteractionKind;
  outcome?: InteractionOutcome;
  occurredAt: string;
  status: ContactStatus;
  minSpacingDays: number;
}): GuardWarning[] {
  const warnings: GuardWarning[] = [];
  if (!isOutreach(args.kind)) return warnings;
  if (args.status === 'do-not-contact') {
    warnings.push({
      code: 'do-not-contact',
      message: 'This person asked not to be contacted. Someday has stopped every reminder for them.',
    });
  }
  const at = Date.parse(args.occurredAt);
  const before = args.history
    .filter((entry) => Date.parse(entry.occurredAt) < at)
    .sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));
  const attempt: HistoryEntry = { kind: args.kind, occurredAt: args.occurredAt, outcome: args.outcome ?? 'no-answer' };
  if (args.kind === 'voicemail' || (args.kind === 'call' && attempt.outcome !== 'reached')) {
    let streak = 0;
    for (const entry of before) {
      if (heardBack(entry)) break;
      if (!isOutreach(entry.kind)) continue;
      if (!isVoicemail(entry)) break;
      streak += 1;
    }
    if (streak >= 2) {
      warnings.push({
        code: 'third-voicemail',
        message: `You have left ${streak} voicemails in a row. A third can feel like pressure; an email or a short note may land better.`,
      });
    }
  }
  const lastOutreach = before.find((entry) => isOutreach(entry.kind));
  const repliedSince = lastOutreach
    ? before.some((entry) => heardBack(entry) && !isOutreach(entry.kind) && entry.occurredAt > lastOutreach.occurredAt)
    : false;
  if (lastOutreach && !repliedSince) {
    const gapDays = (at - Date.parse(lastOutreach.occurredAt)) / 86_400_000;
    if (gapDays < args.minSpacingDays) {
      const days = Math.max(0, Math.floor(gapDays));
      warnings.push({
        code: 'too-soon',
        message: `You last reached out ${days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`}. Your spacing is at least ${args.minSpacingDays} days, so this may come too soon.`,
      });
    }
  }
  return warnings;
}

/** Steps in a plan that sit closer together than the minimum spacing, by index of the later step. */
export function planSpacingWarnings(days: readonly string[], minSpacingDays: number): number[] {
  const close: number[] = [];
  for (let i = 1; i < days.length; i += 1) {
    if (daysBetween(days[i - 1]!, days[i]!) < minSpacingDays) close.push(i);
  }
  return close;
}
