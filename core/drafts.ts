import { z } from 'zod';
import { ContactIdSchema } from './contacts';

/** The ways a follow-up reaches someone. */
export const DRAFT_CHANNELS = ['call', 'voicemail', 'email', 'linkedin', 'letter'] as const;
export type DraftChannel = (typeof DRAFT_CHANNELS)[number];

export const DRAFT_CHANNEL_LABELS: Record<DraftChannel, string> = {
  call: 'Live call',
  voicemail: 'Voicemail',
  email: 'Email',
  linkedin: 'LinkedIn note',
  letter: 'Letter or card',
};

/** Channels whose message is spoken, so speaking time matters more than word count. */
export const SPOKEN_CHANNELS: readonly DraftChannel[] = ['call', 'voicemail'];

export interface LengthTarget {
  unit: 'words' | 'seconds' | 'characters';
  min: number;
  max: number;
}

/**
 * Target lengths per channel (see docs/COACH.md for sources): email 50–125 words, voicemail 20–30 s,
 * a call script 30–90 s of speaking, a LinkedIn note at most 300 characters, a card 40–120 words.
 */
export const CHANNEL_TARGETS: Record<DraftChannel, LengthTarget> = {
  call: { unit: 'seconds', min: 30, max: 90 },
  voicemail: { unit: 'seconds', min: 20, max: 30 },
  email: { unit: 'words', min: 50, max: 125 },
  linkedin: { unit: 'characters', min: 80, max: 300 },
  letter: { unit: 'words', min: 40, max: 120 },
};

export const DRAFT_STATUSES = ['draft', 'ready', 'sent'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

export const DRAFT_STATUS_LABELS: Record<DraftStatus, string> = {
  draft: 'Draft',
  ready: 'Ready',
  sent: 'Sent or said',
};

export const DRAFT_LIMITS = { title: 120, subject: 200, body: 20000 } as const;

export const DraftIdSchema = z
  .number({ error: 'Draft id must be a number' })
  .int({ error: 'Draft id must be a whole number' })
  .positive({ error: 'Draft id must be positive' });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const TemplateIdSchema = z
  .string({ error: 'Template id must be text' })
  .regex(/^(builtin:[a-z0-9-]{1,80}|user:[1-9][0-9]{0,15})$/, { error: 'Unknown template id' });

export const DraftCreateSchema = z
  .object({
    contactId: ContactIdSchema,
    channel: z.enum(DRAFT_CHANNELS, { error: 'Choose a channel: call, voicemail, email, LinkedIn or letter' }),
    templateId: TemplateIdSchema.nullable().default(null),
  })
  .strict();

export const DraftSaveSchema = z
  .object({
    id: DraftIdSchema,
    title: z
      .string({ error: 'Title must be text' })
      .trim()
      .max(DRAFT_LIMITS.title, { error: `Title must be at most ${DRAFT_LIMITS.title} characters` })
      .optional(),
    subject: z
      .string({ error: 'Subject must be text' })
      .max(DRAFT_LIMITS.subject, { error: `Subject must be at most ${DRAFT_LIMITS.subject} characters` }),
    body: z.string({ error: 'Message must be text' }).max(DRAFT_LIMITS.body, {
      error: `Message must be at most ${DRAFT_LIMITS.body.toLocaleString('en')} characters`,
    }),
    /** Take a revision snapshot now (on blur, close, or an explicit save), not only on the timer. */
    checkpoint: z.boolean().default(false),
  })
  .strict();

export const DraftStatusSchema = z
  .object({
    id: DraftIdSchema,
    status: z.enum(DRAFT_STATUSES, { error: 'Status must be draft, ready or sent' }),
    sentOn: z
      .string()
      .regex(ISO_DATE, { error: 'The sent date must be written as YYYY-MM-DD' })
      .nullable()
      .default(null),
  })
  .strict();

export const DraftListQuerySchema = z
  .object({
    contactId: ContactIdSchema.nullable().default(null),
    search: z.string().trim().max(200, { error: 'Search must be at most 200 characters' }).default(''),
    status: z.enum(DRAFT_STATUSES, { error: 'Unknown status filter' }).nullable().default(null),
    limit: z.number().int().min(1).max(500).default(200),
    offset: z.number().int().min(0).default(0),
  })
  .strict();

export interface Draft {
  id: number;
  contactId: number;
  channel: DraftChannel;
  title: string;
  subject: string;
  body: string;
  templateId: string | null;
  status: DraftStatus;
  sentOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DraftSummary extends Omit<Draft, 'body'> {
  contactName: string;
  company: string;
  /** The first words of the body, for the list. */
  excerpt: string;
  /** With a search, the matching words wrapped in [[ ]] markers. */
  snippet: string | null;
}

export interface DraftPage {
  items: DraftSummary[];
  total: number;
}

export interface DraftRevision {
  id: number;
  draftId: number;
  subject: string;
  body: string;
  createdAt: string;
}

export const RevisionRestoreSchema = z.object({ draftId: DraftIdSchema, revisionId: DraftIdSchema }).strict();
