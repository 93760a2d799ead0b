import { useEffect, useState } from 'react';
import type { TodayItem } from '../../core/followups';
import { call } from '../api';
import { currentTimeZone } from '../followups/time-zone';

export const BANNER_POLL_MS = 60_000;

/**
 * Browser mode has no desktop notifications, so a follow-up that falls due while Someday is open
 * shows here instead. Every minute it asks for Today and announces the reminders whose moment came
 * since the last look (nothing at start: Today itself is the home screen). The desktop app leaves
 * this to main, which shows a system notification.
 */
export function DueBanner({ onOpenToday }: { onOpenToday: () => void }) {
  const [due, setDue] = useState<TodayItem[]>([]);

  useEffect(() => {
    let stopped = false;
    let desktop: boolean | null = null;
    let since = Date.now();
    const timer = window.setInterval(() => {
      void (async () => {
        try {
          desktop ??= (await call('app:info')).mode === 'electron';
          if (desktop || stopped) return;
          const now = Date.now();
          const from = since;
          since = now;
          const list = await call('reminders:today', { timeZone: currentTimeZone() });
          const fresh = list.items.filter((item) => {
            const at = Date.parse(item.dueAt);
            return at > from && at <= now;
          });
          if (!stopped && fresh.length > 0) setDue((previous) => [...previous, ...fresh].slice(-5));
        } catch {
          return;
        }
      })();
    }, BANNER_POLL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, []);

  if (due.length === 0) return null;
  const first = due[0]!;
  const text =
    due.length === 1
      ? `It is time to follow up with ${first.contactName}.`
      : `${due.length} follow-ups just came due, starting with ${first.contactName}.`;
  return (
    <div className="due-banner" role="status">
      <p>{text}</p>
      <button
        type="button"
        className="button button-small button-primary"
        onClick={() => {
          setDue([]);
          onOpenToday();
        }}
      >
        Open Today
      </button>
      <button type="button" className="button button-small button-quiet" onClick={() => setDue([])}>
        Dismiss
      </button>
    </div>
  );
}
