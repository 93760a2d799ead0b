import { INTERACTION_KIND_LABELS, STEP_LABELS, type Reminder } from '../../core/followups';

const TEMPLATE_NAMES: Record<string, string> = {
  'builtin:call-script': 'the call script',
  'builtin:thank-you-email': 'the thank-you email',
  'builtin:check-in-email': 'the check-in email',
  'builtin:quarterly-note': 'the quarterly note',
  'builtin:linkedin-note': 'the LinkedIn note',
  'builtin:handwritten-card': 'the handwritten card',
  'builtin:voicemail': 'the voicemail script',
};

/** "Email, starting from the check-in email". */
export function describeSuggestion(reminder: Pick<Reminder, 'channel' | 'templateId'>): string {
  const channel = INTERACTION_KIND_LABELS[reminder.channel];
  const template = reminder.templateId ? TEMPLATE_NAMES[reminder.templateId] : undefined;
  return template ? `${channel}, starting from ${template}` : channel;
}

export function stepLabel(reminder: Pick<Reminder, 'step'>): string {
  return STEP_LABELS[reminder.step];
}
