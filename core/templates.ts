import { z } from 'zod';
import { CHANNEL_TARGETS, DRAFT_CHANNELS, DRAFT_LIMITS, type DraftChannel, type LengthTarget } from './drafts';

/**
 * A message template: built-in ones are text files in templates/ with front matter, read at run time
 * and never overwritten; a person's own templates live in SQLite. Placeholders look like
 * {{contact.firstName}} and are filled from the contact and the "my details" profile.
 */
export interface MessageTemplate {
  id: string;
  source: 'builtin' | 'user';
  channel: DraftChannel;
  title: string;
  purpose: string;
  subject: string;
  body: string;
  target: LengthTarget;
}

export interface TemplateProblem {
  file: string;
  message: string;
}

export interface TemplateLibrary {
  templates: MessageTemplate[];
  /** Built-in files that could not be read; the others still load. */
  problems: TemplateProblem[];
}

export const TEMPLATE_LIMITS = { title: 120, purpose: 300 } as const;

export const UserTemplateSaveSchema = z
  .object({
    id: z.number().int().positive().nullable().default(null),
    channel: z.enum(DRAFT_CHANNELS, { error: 'Choose a channel for the template' }),
    title: z
      .string({ error: 'Title must be text' })
      .trim()
      .min(1, { error: 'Give the template a title' })
      .max(TEMPLATE_LIMITS.title, { error: `Title must be at most ${TEMPLATE_LIMITS.title} characters` }),
    purpose: z
      .string()
      .trim()
      .max(TEMPLATE_LIMITS.purpose, { error: `Purpose must be at most ${TEMPLATE_LIMITS.purpose} characters` })
      .default(''),
    subject: z
      .string()
      .max(DRAFT_LIMITS.subject, { error: `Subject must be at most ${DRAFT_LIMITS.subject} characters` })
      .default(''),
    body: z
      .string({ error: 'Template text must be text' })
      .min(1, { error: 'The template needs some text' })
      .max(DRAFT_LIMITS.body, { error: `Template text must be at most ${DRAFT_LIMITS.body} characters` }),
  })
  .strict();

export function defaultTarget(channel: DraftChannel): LengthTarget {
  return { ...CHANNEL_TARGETS[channel] };
}
