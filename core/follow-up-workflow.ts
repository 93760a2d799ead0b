/**
 * The follow-up workflow as pure rules: which status a finished follow-up earns, and how a contact's
 * status moves along the ladder (only ever up, never for someone who asked not to be contacted).
 * main/db applies the result; nothing here touches the database.
 */
import type { ContactStatus } from './contacts';
import type { InteractionKind, InteractionOutcome, ReminderStep } from './radar';

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
