import { memo, type ReactNode } from 'react';
import type { CoachSuggestion } from '../../core/coach/suggest';
import {
  ROADMAP_PARTS,
  type CoachReport,
  type RoadmapPart,
  type TextSpan,
  type ToneFlag,
} from '../../core/coach/types';
import { CheckIcon, NoteIcon, OpenCircleIcon } from '../ui/icons';
import { describeMeasure, describeVerdict, PART_LABELS, plural, shortQuote, TONE_LABELS } from './coach-text';

interface CoachPanelProps {
  report: CoachReport;
  /** Checked suggestions for this report (see core/coach/suggest.ts); empty while the report is behind. */
  suggestions: readonly CoachSuggestion[];
  /** The suggestion last applied, while Undo can still take it back. */
  applied: CoachSuggestion | null;
  onReveal: (span: TextSpan | null) => void;
  onSelect: (span: TextSpan) => void;
  onApply: (suggestion: CoachSuggestion) => void;
  onUndoApply: () => void;
}

type QuoteProps = Pick<CoachPanelProps, 'onReveal' | 'onSelect'>;

/** The warmer sentence, and the one button that puts it in the draft. */
function Suggestion({ suggestion, onApply }: { suggestion: CoachSuggestion; onApply: CoachPanelProps['onApply'] }) {
  const insert = suggestion.action === 'insert';
  const leaveOut = !insert && suggestion.text === '';
  return (
    <div className="coach-suggestion">
      <p className="coach-suggestion-label">{insert ? 'You could add:' : leaveOut ? 'Or leave it out.' : 'Warmer:'}</p>
      {leaveOut ? null : <p className="coach-suggestion-text">“{suggestion.preview}”</p>}
      <button type="button" className="button button-small" onClick={() => onApply(suggestion)}>
        {insert ? 'Add this sentence' : leaveOut ? 'Remove the sentence' : 'Use this instead'}
      </button>
    </div>
  );
}

function findSuggestion(
  suggestions: readonly CoachSuggestion[],
  target: RoadmapPart | ToneFlag,
): CoachSuggestion | undefined {
  if (typeof target === 'string') return suggestions.find((s) => s.action === 'insert' && s.target === target);
  return suggestions.find(
    (s) => s.action === 'rewrite' && s.target === target.kind && s.start <= target.start && s.end >= target.end,
  );
}

export function summarizeReport(report: CoachReport): string {
  const found = ROADMAP_PARTS.filter((part) => report.parts[part].found).length;
  const notes = report.toneFlags.length;
  return [
    `${found} of 3 parts`,
    notes === 0 ? 'no tone notes' : plural(notes, 'tone note'),
    `${describeMeasure(report.length)}, ${describeVerdict(report.length)}`,
  ].join(' · ');
}

function Quote({ span, onReveal, onSelect }: { span: TextSpan } & QuoteProps) {
  return (
    <button
      type="button"
      className="coach-quote"
      onMouseEnter={() => onReveal(span)}
      onMouseLeave={() => onReveal(null)}
      onFocus={() => onReveal(span)}
      onBlur={() => onReveal(null)}
      onClick={() => onSelect(span)}
    >
      “{shortQuote(span.text)}”
    </button>
  );
}

function SuggestionFor({ target, suggestions, onApply }: { target: RoadmapPart | ToneFlag } & CoachPanelProps) {
  const suggestion = findSuggestion(suggestions, target);
  return suggestion ? <Suggestion suggestion={suggestion} onApply={onApply} /> : null;
}

function Parts(props: CoachPanelProps) {
  return (
    <ul className="coach-list">
      {ROADMAP_PARTS.map((part) => {
        const finding = props.report.parts[part];
        return (
          <li key={part} className="coach-item" data-state={finding.found ? 'found' : 'missing'}>
            <span className="coach-item-icon">{finding.found ? <CheckIcon /> : <OpenCircleIcon />}</span>
            <div className="coach-item-text">
              <p className="coach-item-title">
                {PART_LABELS[part]}
                <span className="visually-hidden">{finding.found ? ': found' : ': missing'}</span>
              </p>
              {finding.found && finding.evidence ? (
                <Quote span={finding.evidence} onReveal={props.onReveal} onSelect={props.onSelect} />
              ) : (
                <p className="coach-advice">{finding.advice}</p>
              )}
              {finding.found ? null : <SuggestionFor target={part} {...props} />}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function Tone(props: CoachPanelProps) {
  if (props.report.toneFlags.length === 0) {
    return <p className="coach-calm">Warm and steady. Nothing to soften.</p>;
  }
  return (
    <ul className="coach-list">
      {props.report.toneFlags.map((flag) => (
        <li key={`${flag.kind}-${flag.start}`} className="coach-item" data-state="note">
          <span className="coach-item-icon">
            <NoteIcon />
          </span>
          <div className="coach-item-text">
            <p className="coach-item-title">{TONE_LABELS[flag.kind]}</p>
            <Quote span={flag} onReveal={props.onReveal} onSelect={props.onSelect} />
            {flag.source === 'model' && flag.cause.text !== flag.text ? (
              <p className="coach-advice">Mostly these words: “{shortQuote(flag.cause.text, 60)}”</p>
            ) : null}
            <p className="coach-advice">{flag.suggestion}</p>
            <SuggestionFor target={flag} {...props} />
          </div>
        </li>
      ))}
    </ul>
  );
}

function Check({ done, label }: { done: boolean; label: string }) {
  return (
    <li className="coach-check" data-state={done ? 'found' : 'missing'}>
      {done ? <CheckIcon /> : <OpenCircleIcon />}
      <span>
        {label}
        <span className="visually-hidden">{done ? ': yes' : ': not yet'}</span>
      </span>
    </li>
  );
}

function CoachSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="coach-section" aria-labelledby={id}>
      <h3 id={id} className="coach-heading">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** What the panel shows of a report (and where its quotes point), so an equal one is not drawn again. */
function shown(report: CoachReport): string {
  const { length, placeholders, ...rest } = report;
  return JSON.stringify([rest, summarizeReport(report), length.message, length.verdict, placeholders.length]);
}

function samePanel(before: CoachPanelProps, after: CoachPanelProps): boolean {
  return (
    before.applied === after.applied &&
    before.onReveal === after.onReveal &&
    before.onSelect === after.onSelect &&
    before.onApply === after.onApply &&
    before.onUndoApply === after.onUndoApply &&
    (before.report === after.report || shown(before.report) === shown(after.report)) &&
    (before.suggestions === after.suggestions ||
      JSON.stringify(before.suggestions) === JSON.stringify(after.suggestions))
  );
}

/**
 * Memoised: a new report arrives after every keystroke, but most say what the last one said (the
 * character count is not shown here), and then the panel is not drawn again.
 */
export const CoachPanel = memo(function CoachPanel(props: CoachPanelProps) {
  const { report } = props;
  return (
    <div className="coach">
      <p className="coach-summary">{summarizeReport(report)}</p>
      {props.applied ? (
        <p className="coach-applied" role="status">
          {props.applied.action === 'insert' ? 'Sentence added.' : 'Sentence changed.'}{' '}
          <button type="button" className="button button-small button-quiet" onClick={props.onUndoApply}>
            Undo
          </button>
        </p>
      ) : null}
      <CoachSection id="coach-parts" title="The three parts">
        <Parts {...props} />
      </CoachSection>
      <CoachSection id="coach-tone" title="Tone">
        <Tone {...props} />
      </CoachSection>
      <CoachSection id="coach-length" title="Length">
        <p className="coach-advice" data-verdict={report.length.verdict}>
          {report.length.message}
        </p>
      </CoachSection>
      {report.subject ? (
        <CoachSection id="coach-subject" title="Subject line">
          <p className="coach-advice" data-verdict={report.subject.verdict}>
            {report.subject.message}
          </p>
        </CoachSection>
      ) : null}
      {report.personalisation ? (
        <CoachSection id="coach-personal" title="Personal touch">
          <ul className="coach-checks">
            <Check done={report.personalisation.name} label="Their name" />
            <Check done={report.personalisation.company} label="The company" />
            <Check done={report.personalisation.detail} label="The interview highlight" />
          </ul>
          <p className="coach-advice">{report.personalisation.message}</p>
        </CoachSection>
      ) : null}
      {report.placeholders.length > 0 ? (
        <CoachSection id="coach-placeholders" title="Placeholders">
          <p className="coach-advice">
            {plural(report.placeholders.length, 'placeholder')} still to fill before you send it.
          </p>
        </CoachSection>
      ) : null}
    </div>
  );
}, samePanel);
