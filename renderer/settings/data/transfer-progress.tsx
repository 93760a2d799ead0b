import { useEffect, useState } from 'react';
import type { DataProgress } from '../../../core/data';
import { call } from '../../api';

/**
 * How far a long export or import is: asked of main twice a second while `active`, shown only once it
 * has run for a second (a quick one never flashes a bar), with a Cancel that stops it with nothing changed.
 */
export function TransferProgress({ active, label }: { active: boolean; label: string }) {
  const [progress, setProgress] = useState<DataProgress | null>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) return undefined;
    let current = true;
    const showTimer = window.setTimeout(() => setShown(true), 1000);
    const poll = window.setInterval(() => {
      call('data:progress').then(
        (value) => {
          if (current) setProgress(value);
        },
        () => undefined,
      );
    }, 500);
    return () => {
      current = false;
      window.clearTimeout(showTimer);
      window.clearInterval(poll);
      setShown(false);
      setProgress(null);
    };
  }, [active]);
  if (!active || !shown) return null;
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
