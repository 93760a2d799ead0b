import {
  DEFAULT_OUTCOME,
  INTERACTION_KIND_LABELS,
  INTERACTION_KINDS,
  OUTCOME_LABELS,
  SUMMARY_LIMIT,
  type GuardWarning,
  type InteractionKind,
  type InteractionOutcome,
} from '../../core/followups';
import { OUTCOMES_FOR_KIND } from '../../core/followup-workflow';
import { useApiRead } from '../ui/use-api';

export interface InteractionDraft {
  kind: InteractionKind;
  outcome: InteractionOutcome;
  summary: string;
}

interface InteractionFieldsProps {
  idPrefix: string;
  value: InteractionDraft;
  onChange: (next: InteractionDraft) => void;
  kinds?: readonly InteractionKind[];
}

/** What happened, how it went and a few words: shared by "Log an interaction" and "Done" on Today. */
export function InteractionFields({ idPrefix, value, onChange, kinds = INTERACTION_KINDS }: InteractionFieldsProps) {
  return (
    <>
      <div className="field">
        <label className="field-label" htmlFor={`${idPrefix}-kind`}>
          What you did
        </label>
        <select
          id={`${idPrefix}-kind`}
          className="input select"
          value={value.kind}
          onChange={(event) => {
            const kind = event.target.value as InteractionKind;
            onChange({ ...value, kind, outcome: DEFAULT_OUTCOME[kind] });
          }}
        >
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {INTERACTION_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${idPrefix}-outcome`}>
          How it went
        </label>
        <select
          id={`${idPrefix}-outcome`}
          className="input select"
          value={value.outcome}
          onChange={(event) => onChange({ ...value, outcome: event.target.value as InteractionOutcome })}
        >
          {OUTCOMES_FOR_KIND[value.kind].map((outcome) => (
            <option key={outcome} value={outcome}>
              {OUTCOME_LABELS[outcome]}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-wide">
        <label className="field-label" htmlFor={`${idPrefix}-summary`}>
          A few words (optional)
        </label>
        <textarea
          id={`${idPrefix}-summary`}
          className="input textarea textarea-compact"
          maxLength={SUMMARY_LIMIT}
          rows={2}
          value={value.summary}
          onChange={(event) => onChange({ ...value, summary: event.target.value })}
        />
      </div>
    </>
  );
}

/** The guard rails for a planned interaction (too soon after the last one, and so on); none while unknown. */
export function useGuardWarnings(input: { contactId: number; kind: InteractionKind; occurredAt: string | null }) {
  const { occurredAt } = input;
  const read = useApiRead(
    'interactions:check',
    { ...input, occurredAt: occurredAt ?? '' },
    {
      enabled: occurredAt !== null,
      keepPrevious: true,
    },
  );
  return read.data ?? NO_WARNINGS;
}

const NO_WARNINGS: GuardWarning[] = [];

export function GuardNotice({ warnings }: { warnings: GuardWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="followups-warning" role="alert">
      <p className="followups-warning-title">Before you go ahead</p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning.code}>{warning.message}</li>
        ))}
      </ul>
    </div>
  );
}

/** "Draft used": one of the contact's drafts as the message a follow-up sent, or none. */
export function DraftUsedField({
  id,
  label,
  drafts,
  value,
  onChange,
}: {
  id: string;
  label: string;
  drafts: readonly { id: number; title: string }[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="input select" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">None</option>
        {drafts.map((draft) => (
          <option key={draft.id} value={draft.id}>
            {draft.title || 'Untitled draft'}
          </option>
        ))}
      </select>
    </div>
  );
}
