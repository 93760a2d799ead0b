import type { NextStep } from '../../core/next-step';
import { formatDay, todayIsoDay } from '../ui/format-date';

export function describeDue(due: string, today: string = todayIsoDay()): string {
  if (due === today) return 'Due today';
  return due < today ? `Was due ${formatDay(due)}` : `Due ${formatDay(due)}`;
}

export function NextStepText({ step }: { step: NextStep }) {
  const today = todayIsoDay();
  return (
    <span className="next-step">
      <span className="next-step-label">{step.label}</span>
      {step.due ? (
        <span className="next-step-due" data-overdue={step.due < today ? 'true' : undefined}>
          {describeDue(step.due, today)}
        </span>
      ) : null}
    </span>
  );
}
