import type { NextStep } from '../../core/next-step';
import { formatDay, todayIsoDay } from '../ui/format-date';

export function describeDue(due: string, today: string = todayIsoDay()): string {
  if (due === today) return 'Due today';
  return due < today ? `Was due ${formatDay(due)}` : `Due ${formatDay(due)}`;
}

/** The contact's next step as their plan has it: a planned step with its day, a proposal, or nothing. */
export function NextStepText({ step }: { step: NextStep }) {
  const today = todayIsoDay();
  return (
    <span className="next-step" data-state={step.state}>
      <span className="next-step-label">{step.label}</span>
      {step.state === 'planned' && step.due ? (
        <span className="next-step-due" data-overdue={step.due < today ? 'true' : undefined}>
          {describeDue(step.due, today)}
        </span>
      ) : null}
    </span>
  );
}
