import type { z } from 'zod';
import type { ApiIssue } from '../../core/api-result';
import type { DraftChannel, LengthTarget } from '../../core/drafts';
import { TEMPLATE_LIMITS, UserTemplateSaveSchema, type MessageTemplate } from '../../core/templates';

export interface TemplateValues {
  channel: DraftChannel;
  title: string;
  purpose: string;
  subject: string;
  body: string;
}

export type TemplateFieldName = keyof TemplateValues;
export type TemplateFieldErrors = Partial<Record<TemplateFieldName, string>>;
export type TemplateSaveInput = z.output<typeof UserTemplateSaveSchema>;

/** Form order, which is also the order in which the first invalid field gets focus. */
export const TEMPLATE_FIELD_ORDER: readonly TemplateFieldName[] = ['channel', 'title', 'purpose', 'subject', 'body'];

const COPY_SUFFIX = ' (my copy)';

export function templateFieldId(field: TemplateFieldName): string {
  return `template-${field}`;
}

export function hasSubject(channel: DraftChannel): boolean {
  return channel === 'email';
}

export function emptyTemplateValues(): TemplateValues {
  return { channel: 'email', title: '', purpose: '', subject: '', body: '' };
}

export function toTemplateValues(template: MessageTemplate): TemplateValues {
  return {
    channel: template.channel,
    title: template.title,
    purpose: template.purpose,
    subject: template.subject,
    body: template.body,
  };
}

export function sameTemplateValues(a: TemplateValues, b: TemplateValues): boolean {
  return TEMPLATE_FIELD_ORDER.every((field) => a[field] === b[field]);
}

/** The number in a "user:<n>" id, or null for built-in ones. */
export function parseUserTemplateId(id: string): number | null {
  const match = /^user:([1-9][0-9]*)$/.exec(id);
  return match ? Number(match[1]) : null;
}

/** "<title> (my copy)", shortening the title so the whole stays within the limit. */
export function makeCopyTitle(title: string): string {
  const room = TEMPLATE_LIMITS.title - COPY_SUFFIX.length;
  return `${title.trim().slice(0, room).trimEnd()}${COPY_SUFFIX}`;
}

export function buildCopy(template: MessageTemplate): TemplateSaveInput {
  return {
    id: null,
    channel: template.channel,
    title: makeCopyTitle(template.title),
    purpose: template.purpose,
    subject: hasSubject(template.channel) ? template.subject : '',
    body: template.body,
  };
}

export function describeTarget(target: LengthTarget): string {
  const range = `${target.min}–${target.max}`;
  if (target.unit === 'seconds') return `${range} seconds of speaking`;
  return `${range} ${target.unit}`;
}

function isFieldName(value: string): value is TemplateFieldName {
  return (TEMPLATE_FIELD_ORDER as readonly string[]).includes(value);
}

export interface SortedTemplateIssues {
  fieldErrors: TemplateFieldErrors;
  otherMessages: string[];
}

export function sortTemplateIssues(issues: readonly ApiIssue[]): SortedTemplateIssues {
  const fieldErrors: TemplateFieldErrors = {};
  const otherMessages: string[] = [];
  for (const issue of issues) {
    const field = issue.path.split('.')[0] ?? '';
    if (isFieldName(field)) fieldErrors[field] ??= issue.message;
    else otherMessages.push(issue.message);
  }
  return { fieldErrors, otherMessages };
}

export type TemplateValidation = { ok: true; input: TemplateSaveInput } | ({ ok: false } & SortedTemplateIssues);

/** Checks the form with the same schema main uses; only email templates keep a subject. */
export function validateTemplate(id: number | null, values: TemplateValues): TemplateValidation {
  const parsed = UserTemplateSaveSchema.safeParse({
    id,
    ...values,
    subject: hasSubject(values.channel) ? values.subject : '',
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  return {
    ok: false,
    ...sortTemplateIssues(parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))),
  };
}

export function firstInvalidTemplateField(errors: TemplateFieldErrors): TemplateFieldName | undefined {
  return TEMPLATE_FIELD_ORDER.find((field) => errors[field]);
}
