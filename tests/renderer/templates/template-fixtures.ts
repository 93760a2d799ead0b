import type { Input } from '../../../core/contract';
import {
  defaultTarget,
  type MessageTemplate,
  type TemplateLibrary,
  type TemplateProblem,
} from '../../../core/templates';

export const THANK_YOU: MessageTemplate = {
  id: 'builtin:thank-you-email',
  source: 'builtin',
  channel: 'email',
  title: 'Thank-you email after the decision',
  purpose: 'Use within a day or two of hearing the news.',
  subject: 'Thank you, {{contact.firstName}}',
  body: 'Hi {{contact.firstName}},\n\nThank you for getting back to me about the {{position}} role.\n\n{{me.name}}',
  target: defaultTarget('email'),
};

export const VOICEMAIL: MessageTemplate = {
  id: 'builtin:voicemail',
  source: 'builtin',
  channel: 'voicemail',
  title: 'Voicemail after the decision',
  purpose: 'Use when your follow-up call goes to voicemail.',
  subject: '',
  body: "Hi {{contact.firstName}}, it's {{me.name}}. My number is {{me.phone}}.",
  target: defaultTarget('voicemail'),
};

export const MY_VOICEMAIL: MessageTemplate = {
  id: 'user:5',
  source: 'user',
  channel: 'voicemail',
  title: 'My short voicemail',
  purpose: 'When they do not pick up.',
  subject: '',
  body: "Hi {{contact.firstName}}, it's {{me.name}}. Thanks again!",
  target: defaultTarget('voicemail'),
};

export function libraryOf(templates: MessageTemplate[], problems: TemplateProblem[] = []): TemplateLibrary {
  return { templates, problems };
}

/** What main answers to templates:save: the input, stored under a "user:<n>" id. */
export function storeTemplate(input: Input<'templates:save'> | undefined, newId = 12): MessageTemplate {
  if (!input) throw new Error('templates:save needs an input');
  return {
    id: `user:${input.id ?? newId}`,
    source: 'user',
    channel: input.channel,
    title: input.title,
    purpose: input.purpose ?? '',
    subject: input.subject ?? '',
    body: input.body,
    target: defaultTarget(input.channel),
  };
}
