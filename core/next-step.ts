import type { ContactStatus } from './contacts';
import { suggestFor } from './followup-plan';
import type { Contact } from './contacts';
import { STEP_LABELS, type OutreachKind, type ReminderStep } from './followups';

/**
 * A contact's next step, in one place for the contacts list, the contact's header and Today: the
 * earliest pending reminder of the plan the person confirmed. A plan proposed and not confirmed yet is
 * a proposal, without a day; a contact with neither has nothing planned. Nothing here guesses a date
 * from the status alone, so no screen says "Was due" for a plan nobody confirmed.
 */
export type NextStepState = 'planned' | 'proposed' | 'none';

export interface NextStep {
  state: NextStepState;
  /** The planned step, when there is one. */
  step: ReminderStep | null;
  label: string;
  /** The local day it is due (YYYY-MM-DD), only for a planned step. */
  due: string | null;
}

export const PROPOSED_LABEL = 'Plan to confirm';
export const NOTHING_PLANNED_LABEL = 'Nothing planned';
export const NO_CONTACT_LABEL = 'No contact';

export interface PlanFacts {
  status: ContactStatus;
  /** The earliest pending reminder's step and day, or nulls. */
  step: ReminderStep | null;
  due: string | null;
  proposed: boolean;
}

export function nextStepOf({ status, step, due, proposed }: PlanFacts): NextStep {
  if (status === 'do-not-contact') return { state: 'none', step: null, label: NO_CONTACT_LABEL, due: null };
  if (step !== null && due !== null) return { state: 'planned', step, label: STEP_LABELS[step], due };
  if (proposed) return { state: 'proposed', step: null, label: PROPOSED_LABEL, due: null };
  return { state: 'none', step: null, label: NOTHING_PLANNED_LABEL, due: null };
}

/** A plan is proposed when someone is added as, or becomes, "rejected": the moment a thank-you makes sense. */
export function proposesPlan(before: ContactStatus | null, after: ContactStatus): boolean {
  return after === 'rejected' && before !== 'rejected';
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const RHYTHM: Record<ContactStatus, number | null> = {
  rejected: 2,
  thanked: 30,
  'interest-restated': 90,
  'on-radar': 90,
  're-engaged': 0,
  'do-not-contact': null,
};

/**
 * The day the usual rhythm would suggest from a status alone. The app never shows it as a due date
 * (only a confirmed plan has one); `bench/` uses it to spread generated plans over realistic days.
 */
export function nextStepFor(status: ContactStatus, since: string): { due: string | null } {
  const days = RHYTHM[status];
  return { due: days === null ? null : addDays(since, days) };
}

/**
 * Where a new draft for this contact starts: the step their plan has next (or, without a plan, the one
 * their status calls for: a thank-you after a "no"), on the channel and template the plan would suggest.
 */
export function suggestedStart(contact: Pick<Contact, 'status' | 'nextStep' | 'email' | 'phone' | 'linkedinUrl'>): {
  channel: OutreachKind;
  templateId: string;
} {
  const step: ReminderStep =
    contact.nextStep.step ??
    (contact.status === 'rejected' ? 'thank-you' : contact.status === 'thanked' ? 'check-in' : 'quarterly');
  return suggestFor(step, contact);
}
