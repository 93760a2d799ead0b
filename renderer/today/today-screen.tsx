import { lazy, Suspense, useCallback, useState } from 'react';
import type { TodayItem } from '../../core/followups';
import { call } from '../api';
import { describeSuggestion, stepLabel } from '../followups/suggestion';
import { currentTimeZone, formatLocalDay } from '../followups/time-zone';
import { Screen } from '../shell/screen-header';
import { useNavigate } from '../shell/navigation';
import { useAnnounce } from '../shell/status';
import { describeError } from '../ui/error-message';
import { useApiRead } from '../ui/use-api';
import { CompleteDialog } from './complete-dialog';
import { ContactFilesPanel } from './contact-files-panel';
import { SnoozeDialog } from './snooze-dialog';
import { WelcomePanel } from './welcome-panel';
import '../followups/followups.css';
import './today.css';

const OutcomesPanel = lazy(() => import('./outcomes-panel').then((module) => ({ default: module.OutcomesPanel })));

type Open = { kind: 'done' | 'snooze'; item: TodayItem } | null;

function dueText(item: TodayItem): string {
  return item.overdue ? `Overdue since ${formatLocalDay(item.dueDay)}` : 'Due today';
}

interface CardProps {
  item: TodayItem;
  onOpen: (open: Open) => void;
  onSkip: (item: TodayItem) => void;
  onWrite: (item: TodayItem) => void;
}

function TodayCard({ item, onOpen, onSkip, onWrite }: CardProps) {
  const titleId = `today-item-${item.id}`;
  return (
    <li className="today-card" aria-labelledby={titleId}>
      <div className="today-card-text">
        <p className="today-card-title" id={titleId}>
          {stepLabel(item)}: {item.contactName}
          {item.company ? <span className="today-card-company"> · {item.company}</span> : null}
        </p>
        <p className="today-card-meta">
          <span className={item.overdue ? 'today-due today-overdue' : 'today-due'}>{dueText(item)}</span>
          <span>Suggested: {describeSuggestion(item)}</span>
        </p>
      </div>
      <div className="today-card-actions">
        <button
          type="button"
          className="button button-small"
          aria-label={`Write it for ${item.contactName}`}
          onClick={() => onWrite(item)}
        >
          Write it
        </button>
        <button
          type="button"
          className="button button-small button-primary"
          aria-label={`Done… with ${item.contactName}`}
          onClick={() => onOpen({ kind: 'done', item })}
        >
          Done…
        </button>
        <button
          type="button"
          className="button button-small"
          aria-label={`Snooze… ${item.contactName}`}
          onClick={() => onOpen({ kind: 'snooze', item })}
        >
          Snooze…
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label={`Skip ${item.contactName}`}
          onClick={() => onSkip(item)}
        >
          Skip
        </button>
      </div>
    </li>
  );
}

export function TodayScreen() {
  const navigate = useNavigate();
  const announce = useAnnounce();
  const today = useApiRead('reminders:today', { timeZone: currentTimeZone() }, { keepPrevious: true });
  const list = today.data;
  const [actionError, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const error = actionError ?? today.error;
  const [version, setVersion] = useState(0);
  const reloadToday = today.reload;
  const reload = useCallback(() => {
    setError(null);
    setVersion((v) => v + 1);
    reloadToday();
  }, [reloadToday]);

  async function skip(item: TodayItem) {
    try {
      await call('reminders:skip', { id: item.id, timeZone: currentTimeZone() });
      announce(`Skipped. ${item.contactName} stays on your list for the next check-in.`);
      reload();
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  async function write(item: TodayItem) {
    try {
      const draft = await call('drafts:create', {
        contactId: item.contactId,
        channel: item.channel,
        templateId: item.templateId,
      });
      navigate({ screen: 'drafts', draftId: draft.id });
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  function finish(message: string) {
    setOpen(null);
    announce(message);
    reload();
  }

  return (
    <Screen
      className="today-screen"
      title="Today"
      subtitle={'The follow-ups that keep you on their radar, a few at a time.'}
    >
      <div className="today-body">
        <div className="pane-alert" role="alert">
          {error}
        </div>
        <WelcomePanel onRestored={reload} />
        <section aria-labelledby="today-due-title" className="today-section">
          <h2 id="today-due-title" className="settings-section-title">
            Due now
          </h2>
          {list === null && !error ? <p className="today-empty">Loading…</p> : null}
          {list && list.items.length === 0 ? (
            <div className="today-empty">
              <p>Nothing is due today. When a follow-up comes round, it will be here.</p>
              <p>
                Just heard back from someone?{' '}
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => navigate({ screen: 'contacts', contactId: null, create: true })}
                >
                  Add the person who just called
                </button>
              </p>
            </div>
          ) : null}
          {list && list.items.length > 0 ? (
            <ul className="today-list" aria-label="Due follow-ups">
              {list.items.map((item) => (
                <TodayCard key={item.id} item={item} onOpen={setOpen} onSkip={skip} onWrite={write} />
              ))}
            </ul>
          ) : null}
        </section>
        {list && list.upcoming.length > 0 ? (
          <section aria-labelledby="today-upcoming-title" className="today-section">
            <h2 id="today-upcoming-title" className="settings-section-title">
              Coming up
            </h2>
            <ul className="today-upcoming" aria-label="Coming up">
              {list.upcoming.map((item) => (
                <li key={item.id}>
                  <span className="today-upcoming-day">{formatLocalDay(item.dueDay)}</span>
                  <span>
                    {stepLabel(item)}: {item.contactName}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <Suspense fallback={null}>
          <OutcomesPanel key={version} />
        </Suspense>
        <ContactFilesPanel onImported={reload} />
      </div>
      {open?.kind === 'done' ? <CompleteDialog item={open.item} onClose={() => setOpen(null)} onDone={finish} /> : null}
      {open?.kind === 'snooze' ? (
        <SnoozeDialog item={open.item} onClose={() => setOpen(null)} onSnoozed={finish} />
      ) : null}
    </Screen>
  );
}
