import { useState, type FormEvent } from 'react';
import { planSpacingWarnings } from '../../core/followup-plan';
import {
  INTERACTION_KIND_LABELS,
  OUTREACH_KINDS,
  STEP_LABELS,
  type OutreachKind,
  type PlannedStep,
} from '../../core/followups';
import type { Contact } from '../../core/contacts';
import { call } from '../api';
import { useSettings } from '../shell/settings-context';
import { describeError } from '../ui/error-message';
import { useApiRead, useFirstAnswer } from '../ui/use-api';
import { currentTimeZone, formatLocalDay } from './time-zone';

interface PlanProposalProps {
  contactId: number;
  contactName: string;
  /** Proposed when the contact was saved as rejected: it waits until confirmed or dismissed. */
  waiting: boolean;
  onClose: () => void;
  onDismissed: (contact: Contact) => void;
  onConfirmed: (count: number) => void;
}

/**
 * The proposed follow-up plan after a "no": each step with its day and channel, all adjustable.
 * Nothing is scheduled until the person confirms. It sits in the contact's pane rather than in a
 * modal, so saving a contact never traps the person in a dialog they did not ask for.
 */
export function PlanProposal({
  contactId,
  contactName,
  waiting,
  onClose,
  onDismissed,
  onConfirmed,
}: PlanProposalProps) {
  const { settings } = useSettings();
  // The proposal is read fresh each time and copied into the steps the person adjusts.
  const read = useApiRead('reminders:plan', { contactId, timeZone: currentTimeZone() }, { forget: true });
  const plan = read.data;
  const [steps, setSteps] = useState<PlannedStep[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useFirstAnswer(read, (loaded) => setSteps(loaded.steps), contactId);

  function change(index: number, patch: Partial<PlannedStep>) {
    setSteps((previous) => previous.map((step, i) => (i === index ? { ...step, ...patch } : step)));
  }

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || steps.length === 0) return;
    if (steps.some((step) => !step.dueDay)) {
      setError('Give every step a day.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await call('reminders:confirm-plan', {
        contactId,
        timeZone: currentTimeZone(),
        steps: steps.map(({ step, channel, templateId, dueDay }) => ({ step, channel, templateId, dueDay })),
      });
      onConfirmed(created.length);
    } catch (failure) {
      setError(describeError(failure));
      setBusy(false);
    }
  }

  async function dismiss() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onDismissed(await call('reminders:dismiss-plan', { contactId }));
    } catch (failure) {
      setError(describeError(failure));
      setBusy(false);
    }
  }

  const close = planSpacingWarnings(steps.map((step) => step.dueDay).filter(Boolean), settings.cadenceMinSpacingDays);
  return (
    <section className="plan-proposal" aria-labelledby="plan-title" aria-busy={plan === null && read.error === null}>
      <h4 id="plan-title" className="plan-title">
        Stay on {contactName}’s radar
      </h4>
      <p className="plan-description">
        A thank-you while the decision is fresh, a check-in about a month later, then a regular note. Change any day or
        channel; nothing is planned until you confirm.{' '}
        {waiting ? 'This proposal waits here until you confirm or dismiss it.' : null}
      </p>
      <form className="form-stack" onSubmit={confirm} noValidate aria-labelledby="plan-title">
        {plan?.blocked ? <p className="followups-warning">{plan.blocked}</p> : null}
        {steps.length > 0 ? (
          <ol className="plan-steps" aria-label="Proposed follow-ups">
            {steps.map((step, index) => (
              <li key={step.step} className="plan-step">
                <p className="plan-step-title">{STEP_LABELS[step.step]}</p>
                <div className="field">
                  <label className="field-label" htmlFor={`plan-day-${index}`}>
                    Day
                  </label>
                  <input
                    id={`plan-day-${index}`}
                    className="input"
                    type="date"
                    value={step.dueDay}
                    aria-describedby={close.includes(index) ? `plan-close-${index}` : undefined}
                    onChange={(event) => change(index, { dueDay: event.target.value })}
                  />
                </div>
                <div className="field">
                  <label className="field-label" htmlFor={`plan-channel-${index}`}>
                    How
                  </label>
                  <select
                    id={`plan-channel-${index}`}
                    className="input select"
                    value={step.channel}
                    onChange={(event) => change(index, { channel: event.target.value as OutreachKind })}
                  >
                    {OUTREACH_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {INTERACTION_KIND_LABELS[kind]}
                      </option>
                    ))}
                  </select>
                </div>
                {step.dueDay ? <p className="plan-step-when">{formatLocalDay(step.dueDay)}</p> : null}
                {close.includes(index) ? (
                  <p className="followups-warning-inline" id={`plan-close-${index}`}>
                    Less than {settings.cadenceMinSpacingDays} days after the step before.
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        ) : null}
        <div className="pane-alert" role="alert">
          {error ?? read.error}
        </div>
        <div className="followups-form-actions">
          {waiting ? (
            <button type="button" className="button" onClick={() => void dismiss()} disabled={busy}>
              Dismiss plan
            </button>
          ) : (
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
          )}
          <button type="submit" className="button button-primary" aria-busy={busy} disabled={steps.length === 0}>
            Confirm plan
          </button>
        </div>
      </form>
    </section>
  );
}
