import { useId, useState } from 'react';
import { SUMMARY_LIMIT, type InteractionKind, type InteractionOutcome } from '../../core/followups';
import { call } from '../api';
import { describeError } from '../ui/error-message';
import './call-outcome.css';

/** The five ways a real follow-up call ends, each one click: what it logs on the contact's timeline. */
export const CALL_OUTCOMES: readonly { label: string; kind: InteractionKind; outcome: InteractionOutcome }[] = [
  { label: 'Reached them', kind: 'call', outcome: 'reached' },
  { label: 'Left a voicemail', kind: 'voicemail', outcome: 'left-voicemail' },
  { label: 'No answer', kind: 'call', outcome: 'no-answer' },
  { label: 'Asked me to email', kind: 'call', outcome: 'asked-to-email' },
  { label: 'Re-engaged', kind: 'call', outcome: 're-engaged' },
];

/**
 * After the real call: one click logs how it went as an interaction on the contact (with the note, if
 * any), so it shows on their timeline and in the outcomes on Today.
 */
export function CallOutcome({ contactId, contactName }: { contactId: number; contactName: string }) {
  const noteId = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [logged, setLogged] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function log(choice: (typeof CALL_OUTCOMES)[number]) {
    setBusy(true);
    setError(null);
    try {
      await call('interactions:create', {
        contactId,
        kind: choice.kind,
        outcome: choice.outcome,
        occurredAt: new Date().toISOString(),
        summary: note.trim(),
      });
      setLogged(choice.label);
      setNote('');
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="call-outcome" aria-labelledby={`${noteId}-title`}>
      <h3 id={`${noteId}-title`} className="rehearse-section-title">
        Made the real call?
      </h3>
      <p className="call-outcome-hint">Log how it went on {contactName}’s timeline with one click.</p>
      <div className="field">
        <label className="field-label" htmlFor={noteId}>
          A note (optional)
        </label>
        <textarea
          id={noteId}
          className="input"
          rows={2}
          maxLength={SUMMARY_LIMIT}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <div className="call-outcome-actions" role="group" aria-label="How the real call went">
        {CALL_OUTCOMES.map((choice) => (
          <button key={choice.label} type="button" className="button" disabled={busy} onClick={() => void log(choice)}>
            {choice.label}
          </button>
        ))}
      </div>
      <p role="status" className="call-outcome-status">
        {logged ? `Logged “${logged}” on ${contactName}’s timeline.` : ''}
      </p>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
