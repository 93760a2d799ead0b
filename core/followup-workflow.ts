/**
 * The follow-up workflow as pure rules: which status a finished follow-up earns, and how a contact's
 * status moves along the ladder (only ever up, never for someone who asked not to be contacted).
 * main/db applies the result; nothing here touches the database.
 */
import type { ContactStatus } from './contacts';
import {
  INTERACTION_KIND_LABELS,
  OUTCOME_LABELS,
  type InteractionKind,
  type InteractionOutcome,
  type ReminderStep,
} from './followups';

/** The statuses a follow-up can move a contact through, in order. */
export const STATUS_LADDER: readonly ContactStatus[] = [
  'rejected',
  'thanked',
  'interest-restated',
  'on-radar',
  're-engaged',
];

const STEP_STATUS: Record<ReminderStep, ContactStatus> = {
  'thank-you': 'thanked',
  'check-in': 'interest-restated',
  quarterly: 'on-radar',
};

/** What finishing a step earns: re-engaged when they answered that way, otherwise the step's own rung. */
export function statusEarned(step: ReminderStep, kind: InteractionKind, outcome: InteractionOutcome): ContactStatus {
  return kind === 're-engaged' || outcome === 're-engaged' ? 're-engaged' : STEP_STATUS[step];
}

/** The status after earning `target`, or null when it stays as it is (already that far, or do-not-contact). */
export function advancedStatus(current: ContactStatus, target: ContactStatus): ContactStatus | null {
  if (current === 'do-not-contact') return null;
  return STATUS_LADDER.indexOf(target) > STATUS_LADDER.indexOf(current) ? target : null;
}

/** The outcomes that fit each kind of contact: no "Left a voicemail" after an email. The first is the usual one. */
export const OUTCOMES_FOR_KIND: Record<InteractionKind, readonly InteractionOutcome[]> = {
  call: ['reached', 'left-voicemail', 'no-answer', 'asked-to-email', 're-engaged'],
  voicemail: ['left-voicemail'],
  email: ['sent', 'replied', 'no-reply', 're-engaged'],
  linkedin: ['sent', 'replied', 'no-reply', 're-engaged'],
  letter: ['sent', 'replied', 'no-reply'],
  note: ['noted'],
  'reply-received': ['replied', 're-engaged'],
  're-engaged': ['re-engaged'],
};

export function outcomeFits(kind: InteractionKind, outcome: InteractionOutcome): boolean {
  return OUTCOMES_FOR_KIND[kind].includes(outcome);
}

/** The one sentence for an outcome that does not fit, or null. */
export function outcomeMismatch(kind: InteractionKind, outcome: InteractionOutcome): string | null {
  if (outcomeFits(kind, outcome)) return null;
  return `“${OUTCOME_LABELS[outcome]}” does not fit ${INTERACTION_KIND_LABELS[kind].toLowerCase()}; choose how it went from the list.`;
}

/**
 * A draft named as the one used for a follow-up went out, unless the follow-up never reached them
 * (no answer) or was only a note: the draft becomes "Sent" on that day.
 */
export function draftWasSent(kind: InteractionKind, outcome: InteractionOutcome): boolean {
  return kind !== 'note' && outcome !== 'no-answer' && outcome !== 'noted';
}
