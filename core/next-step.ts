import type { ContactStatus } from './contacts';

/**
 * The suggested next step for a contact, from where the relationship stands. It is what
 * "sort by next step" orders by. The spacing follows the roadmap: thank them within two days
 * of the decision, restate interest about a month later, then check in every three months.
 */
export interface NextStep {
  label: string;
  due: string | null;
}

const STEPS: Record<ContactStatus, { label: string; afterDays: number | null }> = {
  rejected: { label: 'Send a thank-you', afterDays: 2 },
  thanked: { label: 'Restate your interest', afterDays: 30 },
  'interest-restated': { label: 'Check in', afterDays: 90 },
  'on-radar': { label: 'Quarterly check-in', afterDays: 90 },
  're-engaged': { label: 'Keep the conversation going', afterDays: 0 },
  'do-not-contact': { label: 'No contact', afterDays: null },
};

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** `since` is the decision date or, without one, the day the status last changed. */
export function nextStepFor(status: ContactStatus, since: string): NextStep {
  const step = STEPS[status];
  return { label: step.label, due: step.afterDays === null ? null : addDays(since, step.afterDays) };
}

export function nextStepLabel(status: ContactStatus): string {
  return STEPS[status].label;
}
