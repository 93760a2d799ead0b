import { useEffect, useState } from 'react';
import { call } from '../../api';
import { useApiRead } from '../../ui/use-api';

/** A quick export or import never flashes a bar: it shows once the work has run this long. */
export const PROGRESS_SHOWN_AFTER_MS = 1000;
export const PROGRESS_POLL_MS = 500;

/**
 * How far a long export or import is: asked of main twice a second while `active`, shown only once it
 * has run for a second, with a Cancel that stops it with nothing changed.
 */
export function TransferProgress({ active, label }: { active: boolean; label: string }) {
  return active ? <RunningTransfer label={label} /> : null;
}

function RunningTransfer({ label }: { label: string }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setShown(true), PROGRESS_SHOWN_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, []);
  // Each run starts from nothing: the last run's figure is forgotten with it.
  const { data: progress } = useApiRead('data:progress', undefined, {
    enabled: shown,
    refetchInterval: PROGRESS_POLL_MS,
    forget: true,
  });
  if (!shown) return null;
  const percent =
    progress && progress.total > 0 ? Math.min(100, Math.floor((progress.done / progress.total) * 100)) : null;
  return (
    <div className="transfer-progress" data-testid="transfer-progress">
      <label htmlFor="transfer-progress-bar">
        {label}
        {percent === null ? '…' : ` ${percent}%`}
      </label>
      <progress id="transfer-progress-bar" max={100} {...(percent === null ? {} : { value: percent })} />
      <button type="button" className="button button-quiet" onClick={() => void call('data:cancel')}>
        Cancel
      </button>
    </div>
  );
}
