/**
 * Every table a person's data lives in, with the columns an export carries and the zod schema each row
 * must pass before it may enter Someday again. The schemas reuse the contract's own schemas and limits
 * (core/contacts.ts, core/drafts.ts, core/templates.ts, core/settings.ts), so an imported row can hold
 * nothing a form could not have saved. tests/unit/data-registry.test.ts fails when the database has a
 * table or a column this list does not cover.
 *
 * Adding a table: write its row schema (snake_case columns, `.strict()`), and append one entry below,
 * after the tables it refers to (rows are inserted in this order and deleted in reverse).
 */
import { z } from 'zod';
import { ContactIdSchema, ContactInputSchema } from '../../core/contacts';
import { rowFields } from '../db/contacts-repository';
import { DRAFT_CHANNELS, DRAFT_LIMITS, DRAFT_STATUSES, DraftIdSchema, TemplateIdSchema } from '../../core/drafts';
import {
  INTERACTION_KINDS,
  INTERACTION_OUTCOMES,
  REMINDER_STATES,
  REMINDER_STEPS,
  SUMMARY_LIMIT,
} from '../../core/followups';
import { PRACTICE_RUNGS, RECORDING_TYPES, REHEARSAL_LIMITS } from '../../core/rehearsals';
import { SettingsSchema } from '../../core/settings';
import { UserTemplateSaveSchema } from '../../core/templates';

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export interface ExportTable {
  name: string;
  /** What the table holds, in the words the import preview shows. */
  label: string;
  /** The columns in database order. */
  columns: readonly string[];
  /** The column that identifies a row (duplicate check and the added/replaced counts). */
  key: string;
  schema: z.ZodType<Row>;
}

const id = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .positive({ error: `${label} must be positive` });

/** A stored date or time stamp: YYYY-MM-DD, or an ISO time in UTC as Someday writes them. */
const stamp = (label: string) =>
  z
    .string({ error: `${label} must be a date` })
    .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z)?$/, { error: `${label} must be a date Someday wrote` });

/** Runs a contract schema on the row's values (renamed to the contract's names) and keeps its issues. */
function alsoPasses<T extends Row>(schema: z.ZodType, toInput: (row: T) => unknown) {
  return (row: T, context: z.RefinementCtx) => {
    const checked = schema.safeParse(toInput(row));
    if (checked.success) return;
    for (const issue of checked.error.issues) context.addIssue({ code: 'custom', message: issue.message });
  };
}

const ContactRowSchema = z
  .object({
    id: ContactIdSchema,
    name: z.string(),
    job_title: z.string(),
    company: z.string(),
    email: z.string(),
    phone: z.string(),
    linkedin_url: z.string(),
    relationship: z.string(),
    position: z.string(),
    interview_date: z.string().nullable(),
    decision_date: z.string().nullable(),
    status: z.string(),
    notes: z.string(),
    next_step_at: stamp('The next step date').nullable(),
    archived_at: stamp('The archive date').nullable(),
    created_at: stamp('The creation date'),
    updated_at: stamp('The change date'),
    highlight: z.string(),
    next_step: z.enum(REMINDER_STEPS, { error: 'A contact has an unknown next step' }).nullable(),
    plan_proposed: z.union([z.literal(0), z.literal(1)], { error: 'A plan is proposed (1) or not (0)' }),
  })
  .strict()
  .superRefine(alsoPasses(ContactInputSchema, rowFields));

const SettingRowSchema = z
  .object({
    key: z.string({ error: 'A setting name must be text' }).max(80, { error: 'A setting name is too long' }),
    value: z.string({ error: 'A setting value must be text' }).max(10_000, { error: 'A setting value is too long' }),
  })
  .strict()
  .superRefine((row, context) => {
    let value: unknown;
    try {
      value = JSON.parse(row.value);
    } catch {
      context.addIssue({ code: 'custom', message: `The setting ${row.key.slice(0, 40)} is not readable` });
      return;
    }
    if (/^internal:[a-z][a-z0-9-]{0,40}$/.test(row.key)) return;
    const field = (SettingsSchema.shape as Record<string, z.ZodType | undefined>)[row.key];
    if (!Object.hasOwn(SettingsSchema.shape, row.key) || !field) {
      context.addIssue({ code: 'custom', message: `Someday has no setting called "${row.key.slice(0, 40)}"` });
      return;
    }
    const checked = field.safeParse(value);
    if (!checked.success) {
      context.addIssue({ code: 'custom', message: checked.error.issues[0]?.message ?? 'A setting is not valid' });
    }
  });

const DraftRowSchema = z
  .object({
    id: DraftIdSchema,
    contact_id: ContactIdSchema,
    channel: z.enum(DRAFT_CHANNELS, { error: 'A draft has an unknown channel' }),
    title: z.string().max(DRAFT_LIMITS.title, { error: `A draft title is over ${DRAFT_LIMITS.title} characters` }),
    subject: z
      .string()
      .max(DRAFT_LIMITS.subject, { error: `A draft subject is over ${DRAFT_LIMITS.subject} characters` }),
    body: z.string().max(DRAFT_LIMITS.body, { error: `A draft is over ${DRAFT_LIMITS.body} characters` }),
    template_id: TemplateIdSchema.nullable(),
    status: z.enum(DRAFT_STATUSES, { error: 'A draft has an unknown status' }),
    sent_on: stamp('The sent date').nullable(),
    created_at: stamp('The creation date'),
    updated_at: stamp('The change date'),
  })
  .strict();

const RevisionRowSchema = z
  .object({
    id: id('A revision id'),
    draft_id: DraftIdSchema,
    subject: z
      .string()
      .max(DRAFT_LIMITS.subject, { error: `A revision subject is over ${DRAFT_LIMITS.subject} characters` }),
    body: z.string().max(DRAFT_LIMITS.body, { error: `A revision is over ${DRAFT_LIMITS.body} characters` }),
    created_at: stamp('The creation date'),
  })
  .strict();

const UserTemplateRowSchema = z
  .object({
    id: id('A template id'),
    channel: z.string(),
    title: z.string(),
    purpose: z.string(),
    subject: z.string(),
    body: z.string(),
    created_at: stamp('The creation date'),
    updated_at: stamp('The change date'),
  })
  .strict()
  .superRefine(
    alsoPasses(UserTemplateSaveSchema, (row: Row) => ({
      id: row.id,
      channel: row.channel,
      title: row.title,
      purpose: row.purpose,
      subject: row.subject,
      body: row.body,
    })),
  );

const InteractionRowSchema = z
  .object({
    id: id('An interaction id'),
    contact_id: ContactIdSchema,
    kind: z.enum(INTERACTION_KINDS, { error: 'An interaction has an unknown kind' }),
    occurred_at: stamp('The interaction date'),
    summary: z.string().max(SUMMARY_LIMIT, { error: `A summary is over ${SUMMARY_LIMIT} characters` }),
    outcome: z.enum(INTERACTION_OUTCOMES, { error: 'An interaction has an unknown outcome' }),
    draft_id: DraftIdSchema.nullable(),
    created_at: stamp('The creation date'),
    updated_at: stamp('The change date'),
  })
  .strict();

const ReminderRowSchema = z
  .object({
    id: id('A reminder id'),
    contact_id: ContactIdSchema,
    step: z.enum(REMINDER_STEPS, { error: 'A reminder has an unknown step' }),
    channel: z.enum(DRAFT_CHANNELS, { error: 'A reminder has an unknown channel' }),
    template_id: z.string().max(120, { error: 'A template id is too long' }).nullable(),
    due_at: stamp('The due time'),
    due_day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'A reminder’s day must be YYYY-MM-DD' }),
    time_zone: z.string().min(1).max(64, { error: 'A time zone name is too long' }),
    state: z.enum(REMINDER_STATES, { error: 'A reminder has an unknown state' }),
    interaction_id: id('An interaction id').nullable(),
    notified_at: stamp('The notification time').nullable(),
    closed_at: stamp('The closing time').nullable(),
    created_at: stamp('The creation date'),
    updated_at: stamp('The change date'),
  })
  .strict();

/** A stored review: JSON text Someday wrote, kept within a size an answer could produce. */
const reviewText = (label: string) =>
  z
    .string()
    .max(100_000, { error: `${label} is too long` })
    .refine(
      (text) => {
        try {
          const value: unknown = JSON.parse(text);
          return typeof value === 'object' && value !== null && !Array.isArray(value);
        } catch {
          return false;
        }
      },
      { error: `${label} is not readable` },
    );

const RehearsalRowSchema = z
  .object({
    id: id('A rehearsal id'),
    contact_id: ContactIdSchema,
    draft_id: DraftIdSchema.nullable(),
    scenario_id: z.string().min(1).max(80, { error: 'A scenario id is too long' }),
    scenario_title: z.string().max(200, { error: 'A scenario title is too long' }),
    rung: z.enum(PRACTICE_RUNGS, { error: 'A rehearsal has an unknown practice step' }),
    status: z.enum(['in-progress', 'finished'], { error: 'A rehearsal has an unknown status' }),
    current_step: z.string().max(80, { error: 'A scenario step id is too long' }),
    coverage: z.number().min(0).max(1).nullable(),
    talk_seconds: z.number().min(0).max(86_400),
    words_per_minute: z.number().int().min(0).max(1000).nullable(),
    review: reviewText('A rehearsal review').nullable(),
    created_at: stamp('The creation date'),
    finished_at: stamp('The finishing time').nullable(),
  })
  .strict();

const RehearsalTurnRowSchema = z
  .object({
    id: id('A turn id'),
    rehearsal_id: id('A rehearsal id'),
    position: z.number().int().min(1).max(1000),
    step_id: z.string().max(80, { error: 'A scenario step id is too long' }),
    line: z.string().max(4000, { error: 'A line of the call is too long' }),
    answer: z
      .string()
      .max(REHEARSAL_LIMITS.answer, { error: `An answer is over ${REHEARSAL_LIMITS.answer} characters` }),
    mode: z.enum(['typed', 'spoken'], { error: 'An answer is neither typed nor spoken' }),
    talk_seconds: z.number().min(0).max(REHEARSAL_LIMITS.talkSeconds),
    review: reviewText('A turn review'),
    recording_type: z.enum(RECORDING_TYPES, { error: 'A recording has an unknown type' }).nullable(),
    recording_bytes: z.number().int().positive().nullable(),
    created_at: stamp('The creation date'),
  })
  .strict();

function table(name: string, label: string, key: string, schema: z.ZodObject): ExportTable {
  return { name, label, key, columns: Object.keys(schema.shape), schema: schema as unknown as z.ZodType<Row> };
}

/** Parents before children. */
export const EXPORT_TABLES: readonly ExportTable[] = [
  table('contacts', 'Contacts', 'id', ContactRowSchema),
  table('settings', 'Settings', 'key', SettingRowSchema),
  table('drafts', 'Drafts', 'id', DraftRowSchema),
  table('draft_revisions', 'Draft revisions', 'id', RevisionRowSchema),
  table('user_templates', 'Your templates', 'id', UserTemplateRowSchema),
  table('interactions', 'Interactions', 'id', InteractionRowSchema),
  table('reminders', 'Reminders', 'id', ReminderRowSchema),
  table('rehearsals', 'Rehearsals', 'id', RehearsalRowSchema),
  table('rehearsal_turns', 'Rehearsal answers', 'id', RehearsalTurnRowSchema),
];

/** Tables that are no one's data: the FTS shadow tables are rebuilt by triggers; sqlite_* are SQLite's own. */
export const NOT_EXPORTED: readonly string[] = [];

export function findTable(name: string): ExportTable | undefined {
  return EXPORT_TABLES.find((entry) => entry.name === name);
}
