import { useMemo, useState, type FormEvent } from 'react';
import { analyzeDraft } from '../../core/coach/analyze';
import type { Contact } from '../../core/contacts';
import { buildCueCard, type CueCard } from '../../core/cue-card';
import type { Draft } from '../../core/drafts';
import { PRACTICE_RUNGS, RUNG_LABELS, type PracticeRung } from '../../core/rehearsals';
import type { Scenario } from '../../core/scenarios';
import { useNavigate } from '../shell/navigation';
import { useSettings } from '../shell/settings-context';
import { ContactPicker } from '../ui/contact-picker';
import { useApiRead } from '../ui/use-api';
import { ReadinessCard } from './readiness-card';

export interface SessionChoice {
  contact: Contact;
  draft: Draft | null;
  scenario: Scenario;
  rung: PracticeRung;
  card: CueCard;
}

interface SetupFormProps {
  firstContact: Contact | null;
  scenarios: Scenario[];
  busy: boolean;
  error: string | null;
  onStart: (choice: SessionChoice) => void;
}

export function cueCardFor(contact: Contact, draft: Draft | null, wordsPerMinute: number): CueCard {
  const body = draft?.body ?? '';
  const report = analyzeDraft({
    channel: draft?.channel ?? 'call',
    subject: draft?.subject ?? '',
    body,
    contact: { name: contact.name, company: contact.company, highlight: contact.highlight },
    wordsPerMinute,
  });
  return buildCueCard(report, contact, { channel: draft?.channel ?? 'call' });
}

export function SetupForm({ firstContact, scenarios, busy, error, onStart }: SetupFormProps) {
  const { settings } = useSettings();
  const navigate = useNavigate();
  const [contact, setContact] = useState<Contact | null>(firstContact);
  const contactId = contact?.id ?? null;
  const list = useApiRead('drafts:list', { contactId: contactId ?? 0 }, { enabled: contactId !== null });
  // Call scripts first: they are what a person reads out.
  const drafts = useMemo(
    () => [...(list.data?.items ?? [])].sort((a, b) => Number(b.channel === 'call') - Number(a.channel === 'call')),
    [list.data],
  );
  /** undefined: the first script (the default); null: "No script" chosen; a number: that script. */
  const [chosenId, setChosenId] = useState<number | null | undefined>(undefined);
  const draftId = chosenId === undefined ? (drafts[0]?.id ?? null) : chosenId;
  const [scenarioId, setScenarioId] = useState(scenarios[0]?.id ?? '');
  const [rung, setRung] = useState<PracticeRung>('script');
  const read = useApiRead('drafts:get', { id: draftId ?? 0 }, { enabled: draftId !== null });
  const draft = read.data !== null && read.data.id === draftId ? read.data : null;
  const loadError = list.error ?? read.error;
  const card = useMemo(
    () => (contact ? cueCardFor(contact, draft, settings.speakingWpm) : null),
    [contact, draft, settings.speakingWpm],
  );
  const scenario = scenarios.find((candidate) => candidate.id === scenarioId) ?? null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!contact || !scenario || !card || busy) return;
    onStart({ contact, draft, scenario, rung, card });
  }

  if (firstContact === null) {
    return (
      <div className="rehearse-empty">
        <p>To rehearse a call, first add the person you will call.</p>
        <p>
          <button
            type="button"
            className="button button-small"
            onClick={() => navigate({ screen: 'contacts', contactId: null, create: true })}
          >
            Add a contact
          </button>
        </p>
      </div>
    );
  }

  return (
    <div className="rehearse-setup">
      <form className="rehearse-form" onSubmit={submit} aria-labelledby="setup-title">
        <h2 id="setup-title" className="rehearse-section-title">
          Set up a practice call
        </h2>
        <ContactPicker
          id="rehearse-contact"
          label="Who are you calling?"
          value={contact}
          onChange={(next) => {
            if (next.id === contactId) return;
            setChosenId(undefined);
            setContact(next);
          }}
        />
        <div className="field">
          <label className="field-label" htmlFor="rehearse-draft">
            Your script
          </label>
          <select
            id="rehearse-draft"
            className="input select"
            value={draftId ?? ''}
            onChange={(event) => setChosenId(event.target.value === '' ? null : Number(event.target.value))}
            aria-describedby="rehearse-draft-hint"
          >
            <option value="">No script, just the cues</option>
            {drafts.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.title || 'Untitled draft'}
              </option>
            ))}
          </select>
          <p className="field-hint" id="rehearse-draft-hint">
            A call or voicemail draft works best; write one on the Drafts screen.
          </p>
        </div>
        <fieldset className="scenario-choices">
          <legend className="field-label">Scenario</legend>
          {scenarios.map((candidate) => (
            <label key={candidate.id} className="scenario-choice" data-checked={candidate.id === scenarioId}>
              <input
                type="radio"
                name="scenario"
                value={candidate.id}
                checked={candidate.id === scenarioId}
                onChange={() => setScenarioId(candidate.id)}
              />
              <span className="scenario-title">{candidate.title}</span>
              <span className="scenario-summary">{candidate.summary}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="field">
          <legend className="field-label">Practice</legend>
          <div className="segmented">
            {PRACTICE_RUNGS.map((value) => (
              <label key={value} className="segment" data-checked={value === rung}>
                <input
                  type="radio"
                  name="rung"
                  value={value}
                  checked={value === rung}
                  onChange={() => setRung(value)}
                />
                {RUNG_LABELS[value]}
              </label>
            ))}
          </div>
        </fieldset>
        {error || loadError ? (
          <p className="field-error" role="alert">
            {error ?? loadError}
          </p>
        ) : null}
        <button type="submit" className="button button-primary" disabled={!contact || !scenario} aria-busy={busy}>
          Start the call
        </button>
      </form>
      {card ? <ReadinessCard card={card} /> : null}
    </div>
  );
}
