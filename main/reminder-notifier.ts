/**
 * Tells the person when a follow-up falls due while the desktop app is open. Every minute it takes
 * the pending reminders whose moment has come and that were not announced yet, marks them announced
 * in the same transaction, and shows one system notification (through DesktopServices, so Electron
 * stays out of this module). It holds the connection's owner, never a connection: after delete-all, a
 * restore or a lock it reads the current one (and skips a look while the data is closed). Reminders
 * already due at start are marked without a notification: Today, the home screen, shows them.
 */
import type { DatabaseOwner } from './db/database-owner';
import { takeDueForNotification } from './db/reminders-repository';

export const NOTIFY_INTERVAL_MS = 60_000;

export interface NotifierOptions {
  /** Asked for the current connection on every look, so a reopen or a lock never leaves it a closed one. */
  database: Pick<DatabaseOwner, 'current' | 'isOpen'>;
  now: () => Date;
  notify: (title: string, body: string) => void;
  intervalMs?: number;
}

export interface ReminderNotifier {
  /** Looks once; returns how many reminders it announced. */
  tick: () => number;
  stop: () => void;
}

function describe(names: string[]): { title: string; body: string } {
  if (names.length === 1)
    return { title: 'Time to follow up', body: `${names[0]} is due for a follow-up. Open Today to see it.` };
  return {
    title: `${names.length} follow-ups are due`,
    body: `${names.slice(0, 3).join(', ')}${names.length > 3 ? ' and others' : ''}. Open Today to see them.`,
  };
}

export function startReminderNotifier(options: NotifierOptions): ReminderNotifier {
  const take = () => {
    if (!options.database.isOpen()) return [];
    const db = options.database.current();
    return db.transaction(() => takeDueForNotification(db, options.now(), 50))();
  };
  try {
    take();
  } catch (error) {
    console.error('[someday] reminder notifier could not start:', error);
  }
  const tick = () => {
    try {
      const due = take();
      if (due.length === 0) return 0;
      const { title, body } = describe(due.map((item) => item.contactName));
      options.notify(title, body);
      return due.length;
    } catch (error) {
      console.error('[someday] reminder notifier failed:', error);
      return 0;
    }
  };
  const timer = setInterval(tick, options.intervalMs ?? NOTIFY_INTERVAL_MS);
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}
