import { DRAFT_CHANNEL_LABELS, DRAFT_CHANNELS, type DraftChannel } from '../../core/drafts';
import type { MessageTemplate } from '../../core/templates';

export interface TemplateGroup {
  channel: DraftChannel;
  label: string;
  templates: MessageTemplate[];
}

/** Built-in ones first, in the order they were loaded; then the person's own by title. */
function compareTemplates(a: MessageTemplate, b: MessageTemplate): number {
  if (a.source !== b.source) return a.source === 'builtin' ? -1 : 1;
  if (a.source === 'builtin') return 0;
  return a.title.localeCompare(b.title, undefined, { sensitivity: 'base' });
}

export function groupTemplates(templates: readonly MessageTemplate[]): TemplateGroup[] {
  return DRAFT_CHANNELS.map((channel) => ({
    channel,
    label: DRAFT_CHANNEL_LABELS[channel],
    templates: templates.filter((template) => template.channel === channel).sort(compareTemplates),
  }));
}

export function upsertTemplate(templates: readonly MessageTemplate[], saved: MessageTemplate): MessageTemplate[] {
  const index = templates.findIndex((template) => template.id === saved.id);
  if (index === -1) return [...templates, saved];
  return templates.map((template) => (template.id === saved.id ? saved : template));
}
