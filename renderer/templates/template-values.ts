import type { z } from 'zod';
import type { DraftChannel, LengthTarget } from '../../core/drafts';
import { TEMPLATE_LIMITS, UserTemplateSaveSchema, type MessageTemplate } from '../../core/templates';
import type { FormModel } from '../ui/entity-form';

export interface TemplateValues {
  channel: DraftChannel;
  title: string;
  purpose: string;
  subject: string;
  body: string;
}

export type TemplateFieldName = keyof TemplateValues;
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

/** The form model for one template: main's schema, with the id it is saved under and no subject off email. */
export function templateForm(id: number | null): FormModel<TemplateValues, TemplateSaveInput> {
  return {
    idPrefix: 'template',
    fieldOrder: TEMPLATE_FIELD_ORDER,
    parse: (values) =>
      UserTemplateSaveSchema.safeParse({ id, ...values, subject: hasSubject(values.channel) ? values.subject : '' }),
  };
}
