import { z } from 'zod';
import { ContactIdSchema } from './contacts';
import { DaySchema, InstantSchema, TimeZoneSchema } from './time';

/**
 * Staying on the radar: what was done (interactions), what is planned (reminders), and the shapes the
 * IPC contract carries for them. Dates cross the boundary as ISO strings: instants in UTC, local days
 * as YYYY-MM-DD. The rules that turn a decision into reminders are in `followup-plan.ts`.
 */
export const INTERACTION_KINDS = [
  'call',
  'voicemail',
  'email',
  'linkedin',
  'letter',
  'note',
  'reply-received',
  're-engaged',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const INTERACTION_KIND_LABELS: Record<InteractionKind, string> = {
  call: 'Call',
  voicemail: 'Voicemail',
  email: 'Email',
  linkedin: 'LinkedIn',
  letter: 'Letter or card',
  note: 'Note',
  'reply-received': 'Reply received',
  're-engaged': 'Re-engaged',
};

/** The kinds that reach out to the person: the ones cadence, guard rails and outcomes count. */
export const OUTREACH_KINDS = ['call', 'voicemail', 'email', 'linkedin', 'letter'] as const;
export type OutreachKind = (typeof OUTREACH_KINDS)[number];

export function isOutreach(kind: InteractionKind): kind is OutreachKind {
  return (OUTREACH_KINDS as readonly string[]).includes(kind);
}

export const INTERACTION_OUTCOMES = [
  'reached',
  'left-voicemail',
  'no-answer',
  'asked-to-email',
  'sent',
  'replied',
  're-engaged',
  'no-reply',
  'noted',
] as const;
export type InteractionOutcome = (typeof INTERACTION_OUTCOMES)[number];

export const OUTCOME_LABELS: Record<InteractionOutcome, string> = {
  reached: 'Reached them',
  'left-voicemail': 'Left a voicemail',
  'no-answer': 'No answer',
  'asked-to-email': 'Asked me to email',
  sent: 'Sent',
  replied: 'They replied',
  're-engaged': 'Re-engaged',
  'no-reply': 'No reply yet',
  noted: 'Noted',
};

/** Outcomes that mean the follow-up worked: they answered, or the door opened again. */
export const SUCCESS_OUTCOMES: readonly InteractionOutcome[] = ['replied', 're-engaged'];

/** A sensible outcome to preselect for each kind. */
export const DEFAULT_OUTCOME: Record<InteractionKind, InteractionOutcome> = {
  call: 'reached',
  voicemail: 'left-voicemail',
  email: 'sent',
  linkedin: 'sent',
  letter: 'sent',
  note: 'noted',
  'reply-received': 'replied',
  're-engaged': 're-engaged',
};

export const SUMMARY_LIMIT = 2000;

const IdSchema = (label: string) =>
  z
    .number({ error: `${label} id must be a number` })
    .int({ error: `${label} id must be a whole number` })
    .positive({ error: `${label} id must be positive` });

export const InteractionIdSchema = IdSchema('Interaction');
export const ReminderIdSchema = IdSchema('Reminder');
export const DraftRefSchema = IdSchema('Draft').nullable().optional().default(null);

export const InteractionFieldsSchema = z
  .object({
    kind: z.enum(INTERACTION_KINDS, { error: 'Choose what kind of contact it was' }),
    occurredAt: InstantSchema,
    summary: z
      .string({ error: 'The summary must be text' })
      .trim()
      .max(SUMMARY_LIMIT, { error: `The summary must be at most ${SUMMARY_LIMIT} characters` }),
    outcome: z.enum(INTERACTION_OUTCOMES, { error: 'Choose how it went from the list' }),
    draftId: DraftRefSchema,
  })
  .strict();

export const InteractionCreateSchema = InteractionFieldsSchema.extend({ contactId: ContactIdSchema }).strict();
export type InteractionCreate = z.input<typeof InteractionCreateSchema>;
export type InteractionFields = z.output<typeof InteractionFieldsSchema>;

export const InteractionUpdateSchema = z
  .object({ id: InteractionIdSchema, interaction: InteractionFieldsSchema })
  .strict();

export interface Interaction {
  id: number;
  contactId: number;
  kind: InteractionKind;
  occurredAt: string;
  summary: string;
  outcome: InteractionOutcome;
  draftId: number | null;
  /** The draft's title when the draft still exists. */
  draftTitle: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The steps of a cadence: a thank-you, a check-in about a month later, then a regular check-in. */
export const REMINDER_STEPS = ['thank-you', 'check-in', 'quarterly'] as const;
export type ReminderStep = (typeof REMINDER_STEPS)[number];

export const STEP_LABELS: Record<ReminderStep, string> = {
  'thank-you': 'Say thank you',
  'check-in': 'Check in',
  quarterly: 'Regular check-in',
};

export const REMINDER_STATES = ['pending', 'done', 'skipped', 'cancelled'] as const;
export type ReminderState = (typeof REMINDER_STATES)[number];

export interface Reminder {
  id: number;
  contactId: number;
  step: ReminderStep;
  /** The suggested way to reach out. */
  channel: OutreachKind;
  /** The suggested built-in template id. */
  templateId: string | null;
  /** The instant it falls due (UTC). */
  dueAt: string;
  /** The local day it falls on, in `timeZone`. */
  dueDay: string;
  timeZone: string;
  state: ReminderState;
  createdAt: string;
}

export interface TodayItem extends Reminder {
  contactName: string;
  company: string;
  contactStatus: string;
  overdue: boolean;
}

export interface TodayList {
  today: string;
  items: TodayItem[];
  /** Planned reminders after today, soonest first (a few, for a glance ahead). */
  upcoming: TodayItem[];
}

export interface PlannedStep {
  step: ReminderStep;
  channel: OutreachKind;
  templateId: string | null;
  dueAt: string;
  dueDay: string;
}

export interface FollowupPlan {
  contactId: number;
  timeZone: string;
  steps: PlannedStep[];
  /** Why there is no plan (do not contact), or null. */
  blocked: string | null;
}

export const GUARD_CODES = ['third-voicemail', 'too-soon', 'do-not-contact'] as const;
export type GuardCode = (typeof GUARD_CODES)[number];
export interface GuardWarning {
  code: GuardCode;
  message: string;
}

export const SNOOZE_KINDS = ['day', 'week', 'date'] as const;

export const SnoozeSchema = z
  .object({
    id: ReminderIdSchema,
    by: z.enum(SNOOZE_KINDS, { error: 'Snooze for a day, a week or until a date' }),
    until: DaySchema.optional(),
    timeZone: TimeZoneSchema,
  })
  .strict()
  .refine((v) => v.by !== 'date' || v.until !== undefined, {
    error: 'Choose the day to snooze until',
    path: ['until'],
  });

export const CompleteReminderSchema = z
  .object({
    id: ReminderIdSchema,
    kind: z.enum(INTERACTION_KINDS, { error: 'Choose what kind of contact it was' }),
    outcome: z.enum(INTERACTION_OUTCOMES, { error: 'Choose how it went from the list' }),
    summary: z
      .string({ error: 'The summary must be text' })
      .trim()
      .max(SUMMARY_LIMIT, { error: `The summary must be at most ${SUMMARY_LIMIT} characters` })
      .default(''),
    draftId: DraftRefSchema,
    timeZone: TimeZoneSchema,
  })
  .strict();

export interface CompleteResult {
  interaction: Interaction;
  next: Reminder | null;
}

export const PlanQuerySchema = z.object({ contactId: ContactIdSchema, timeZone: TimeZoneSchema }).strict();

export const PlanConfirmSchema = z
  .object({
    contactId: ContactIdSchema,
    timeZone: TimeZoneSchema,
    steps: z
      .array(
        z
          .object({
            step: z.enum(REMINDER_STEPS, { error: 'Unknown step' }),
            channel: z.enum(OUTREACH_KINDS, { error: 'Choose a channel from the list' }),
            templateId: z.string().max(120).nullable().default(null),
            dueDay: DaySchema,
          })
          .strict(),
        { error: 'The plan must be a list of steps' },
      )
      .min(1, { error: 'The plan needs at least one step' })
      .max(12, { error: 'A plan has at most 12 steps' }),
  })
  .strict();

export const GuardQuerySchema = z
  .object({
    contactId: ContactIdSchema,
    kind: z.enum(INTERACTION_KINDS, { error: 'Choose what kind of contact it was' }),
    occurredAt: InstantSchema,
  })
  .strict();

export interface ChannelOutcome {
  channel: OutreachKind;
  followUps: number;
  replies: number;
}
