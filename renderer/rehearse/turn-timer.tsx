import { formatSeconds, formatTarget } from './format';
import { useElapsed } from './use-timer';

/** The running timer against the turn's target; over the target it says so in words, not only colour. */
export function TurnTimer({ target, limit }: { target: { min: number; max: number } | null; limit: number | null }) {
  const seconds = useElapsed(true);
  const state = target && seconds > target.max ? 'over' : target && seconds >= target.min ? 'ok' : 'under';
  return (
    <div className="turn-timer" data-state={state}>
      <span role="timer" aria-label={`Time on this answer: ${formatSeconds(seconds)}`} className="turn-timer-clock">
        {formatSeconds(seconds)}
      </span>
      <span className="turn-timer-target">
        Target {formatTarget(target)}
        {limit ? `, cut off at ${limit} s` : ''}
        {state === 'over' ? ' · past the target' : ''}
      </span>
    </div>
  );
}
