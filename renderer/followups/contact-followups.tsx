import { lazy, Suspense, useEffect, useState, type FormEvent } from 'react';
import type { Contact } from '../../core/contacts';
import type { DraftSummary } from '../../core/drafts';
import {
  DEFAULT_OUTCOME,
  INTERACTION_KIND_LABELS,
  OUTCOME_LABELS,
  type Interaction,
  type Reminder,
} from '../../core/followups';
import { call } from '../api';
import { useAnnounce } from '../shell/status';
import { describeError } from '../ui/error-message';
import { useApiRead } from '../ui/use-api';
import { formatMoment } from '../ui/format-date';
import { PlusIcon } from '../ui/icons';
import {
  DraftUsedField,
  GuardNotice,
  InteractionFields,
  useGuardWarnings,
  type InteractionDraft,
} from './interaction-fields';
import { describeSuggestion, stepLabel } from './suggestion';
import { formatLocalDay, fromLocalInput, toLocalInput } from './time-zone';
import './followups.css';

const PlanProposal = lazy(() => import('./plan-proposal').then((module) => ({ default: module.PlanProposal })));

interface FollowupsData {
  interactions: Interaction[];
  reminders: Reminder[];
  drafts: DraftSummary[];
}

/** The timeline, the plan and the drafts to link, read again after each change here or of the contact's status. */
function useFollowupsData(contactId: number, version: string): { data: FollowupsData | null; error: string | null } {
  const options = { version, keepPrevious: true };
  const interactions = useApiRead('interactions:list', { contactId }, options);
  const reminders = useApiRead('reminders:list', { contactId }, options);
  const drafts = useApiRead('drafts:list', { contactId, limit: 100 }, options);
  const data =
    interactions.data && reminders.data && drafts.data
      ? { interactions: interactions.data, reminders: reminders.data, drafts: drafts.data.items }
      : null;
  return { data, error: interactions.error ?? reminders.error ?? drafts.error };
}

interface LogFormProps {
  contact: Contact;
  drafts: DraftSummary[];
  onLogged: () => void;
  onCancel: () => void;
  onDirtyChange: (name: string | null) => void;
}

const FRESH_ENTRY: InteractionDraft = { kind: 'email', outcome: DEFAULT_OUTCOME.email, summary: '' };

function LogForm({ contact, drafts, onLogged, onCancel, onDirtyChange }: LogFormProps) {
  const [value, setValue] = useState<InteractionDraft>(FRESH_ENTRY);
  const [opened] = useState(() => toLocalInput(new Date()));
  const [when, setWhen] = useState(opened);
  const [draftId, setDraftId] = useState('');
  /** Something typed or chosen here: leaving the contact (Escape, Cancel, another row) asks first, like its form. */
  const changed =
    value.kind !== FRESH_ENTRY.kind ||
    value.outcome !== FRESH_ENTRY.outcome ||
    value.summary !== '' ||
    when !== opened ||
    draftId !== '';
  const unsavedName = changed ? `the entry you were logging for ${contact.name}` : null;
  useEffect(() => onDirtyChange(unsavedName), [unsavedName, onDirtyChange]);
  useEffect(() => () => onDirtyChange(null), [onDirtyChange]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const occurredAt = fromLocalInput(when);
  const warnings = useGuardWarnings({ contactId: contact.id, kind: value.kind, occurredAt });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!occurredAt) {
      setError('Say when it happened, with a date and a time.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await call('interactions:create', {
        contactId: contact.id,
        ...value,
        occurredAt,
        draftId: draftId ? Number(draftId) : null,
      });
      onLogged();
    } catch (failure) {
      setError(describeError(failure));
      setBusy(false);
    }
  }

  return (
    <form className="form-stack followups-log-form" onSubmit={submit} noValidate aria-label="Log an interaction">
      <InteractionFields idPrefix="log" value={value} onChange={setValue} />
      <div className="field">
        <label className="field-label" htmlFor="log-when">
          When
        </label>
        <input
          id="log-when"
          className="input"
          type="datetime-local"
          value={when}
          onChange={(event) => setWhen(event.target.value)}
        />
      </div>
      <DraftUsedField
        id="log-draft"
        label="Draft used (optional)"
        drafts={drafts}
        value={draftId}
        onChange={setDraftId}
      />
      <GuardNotice warnings={warnings} />
      <div className="pane-alert" role="alert">
        {error}
      </div>
      <div className="followups-form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" aria-busy={busy}>
          {warnings.length > 0 ? 'Log it anyway' : 'Log it'}
        </button>
      </div>
    </form>
  );
}

function Timeline({ interactions, onDelete }: { interactions: Interaction[]; onDelete: (item: Interaction) => void }) {
  if (interactions.length === 0) {
    return <p className="pane-drafts-empty">Nothing logged yet. Calls, notes and replies will line up here.</p>;
  }
  return (
    <ol className="timeline" aria-label="Timeline">
      {interactions.map((item) => (
        <li key={item.id} className="timeline-item">
          <p className="timeline-head">
            <span className="timeline-kind">{INTERACTION_KIND_LABELS[item.kind]}</span>
            <span className="timeline-outcome">{OUTCOME_LABELS[item.outcome]}</span>
            <time dateTime={item.occurredAt} className="timeline-when">
              {formatMoment(item.occurredAt)}
            </time>
          </p>
          {item.summary ? <p className="timeline-summary">{item.summary}</p> : null}
          {item.draftTitle ? <p className="timeline-draft">Draft: {item.draftTitle}</p> : null}
          <button type="button" className="link-button timeline-delete" onClick={() => onDelete(item)}>
            Remove
            <span className="visually-hidden"> this {INTERACTION_KIND_LABELS[item.kind].toLowerCase()} entry</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

interface ContactFollowupsProps {
  contact: Contact;
  /** The plan was confirmed or the proposal dismissed: the contact's next step changed. */
  onContactChanged: (contact: Contact) => void;
  /** The Log form's unsaved entry (a name for the screen's discard question), or null. */
  onDirtyChange: (name: string | null) => void;
}

/** The contact's follow-ups: what is planned, a timeline of what happened, and a way to log more. */
export function ContactFollowups({ contact, onContactChanged, onDirtyChange }: ContactFollowupsProps) {
  const announce = useAnnounce();
  const [actionError, setError] = useState<string | null>(null);
  const [logging, setLogging] = useState(false);
  const [planning, setPlanning] = useState(false);
  const [version, setVersion] = useState(0);
  /** A proposal saved with the contact stays until confirmed or dismissed, whoever leaves and comes back. */
  const waiting = contact.nextStep.state === 'proposed';
  const showPlan = planning || waiting;
  const followups = useFollowupsData(contact.id, `${contact.status}:${version}`);
  const data = followups.data;
  const error = actionError ?? followups.error;

  async function remove(item: Interaction) {
    try {
      await call('interactions:delete', { id: item.id });
      announce('Removed from the timeline');
      setVersion((v) => v + 1);
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  async function planChanged(message: string, changed: Promise<Contact>) {
    setPlanning(false);
    try {
      onContactChanged(await changed);
      announce(message);
    } catch (failure) {
      setError(describeError(failure));
    }
    setVersion((v) => v + 1);
  }

  const blocked = contact.status === 'do-not-contact';
  return (
    <section className="pane-drafts followups" aria-labelledby="followups-title">
      <div className="pane-drafts-header">
        <h3 id="followups-title" className="pane-section-title">
          Staying in touch
        </h3>
        <div className="followups-header-actions">
          {!blocked ? (
            <button type="button" className="button button-quiet" onClick={() => setPlanning(true)}>
              Plan follow-ups…
            </button>
          ) : null}
          <button type="button" className="button button-quiet" onClick={() => setLogging(true)} disabled={logging}>
            <PlusIcon />
            Log
          </button>
        </div>
      </div>
      {showPlan && !blocked ? (
        <Suspense fallback={null}>
          <PlanProposal
            contactId={contact.id}
            contactName={contact.name}
            waiting={waiting}
            onClose={() => setPlanning(false)}
            onDismissed={(dismissed) => void planChanged('Plan dismissed', Promise.resolve(dismissed))}
            onConfirmed={(count) =>
              void planChanged(`${count} follow-ups planned`, call('contacts:get', { id: contact.id }))
            }
          />
        </Suspense>
      ) : null}
      {error ? (
        <p className="pane-drafts-empty" role="alert">
          {error}
        </p>
      ) : null}
      {blocked ? (
        <p className="followups-note">“Do not contact” is set, so Someday keeps no reminders for them.</p>
      ) : null}
      {data && data.reminders.length > 0 ? (
        <ul className="followups-planned" aria-label="Planned follow-ups">
          {data.reminders.map((reminder) => (
            <li key={reminder.id}>
              <span className="today-upcoming-day">{formatLocalDay(reminder.dueDay)}</span>
              <span>
                {stepLabel(reminder)} · {describeSuggestion(reminder)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {logging && data ? (
        <LogForm
          contact={contact}
          drafts={data.drafts}
          onCancel={() => setLogging(false)}
          onDirtyChange={onDirtyChange}
          onLogged={() => {
            setLogging(false);
            announce('Logged on the timeline');
            setVersion((v) => v + 1);
          }}
        />
      ) : null}
      {data ? (
        <Timeline interactions={data.interactions} onDelete={remove} />
      ) : (
        <p className="pane-drafts-empty">Loading…</p>
      )}
    </section>
  );
}
