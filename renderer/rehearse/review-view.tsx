import { ROADMAP_PARTS } from '../../core/coach/types';
import type { TurnReview } from '../../core/rehearsal/engine';
import { callHeadline } from '../../core/rehearsal/review';
import { PART_NAMES, type Scenario } from '../../core/scenarios';
import { useApiRead } from '../ui/use-api';
import { formatSeconds, formatTarget, partList, percent } from './format';
import { CallOutcome } from './call-outcome';
import { RecordingPlayer } from './recording-player';

const TIMING_WORDS = { short: 'shorter than the target', ok: 'on target', long: 'longer than the target' } as const;

function talkText(seconds: number, estimated: boolean): string {
  return `${formatSeconds(seconds)}${estimated ? ' (estimated from your words)' : ''}`;
}

/**
 * Hedges ("I think", "maybe") and fillers ("um", "like"), named only when there were some, with what to
 * do about them; nothing when there were none.
 */
function SofteningWords({ hedges, fillers }: { hedges: number; fillers: number }) {
  if (hedges === 0 && fillers === 0) return null;
  const parts = [
    hedges > 0 ? `${hedges} softening phrase${hedges === 1 ? '' : 's'} like “I think”` : null,
    fillers > 0 ? `${fillers} filler${fillers === 1 ? '' : 's'} like “um”` : null,
  ].filter(Boolean);
  return (
    <div>
      <dt>Sounding sure</dt>
      <dd>{parts.join(' and ')}: leaving them out sounds more certain</dd>
    </div>
  );
}

function TurnDetails({ review }: { review: TurnReview }) {
  const covered = ROADMAP_PARTS.filter((part) => review.covered[part]);
  const earlier = review.listenFor.filter((part) => review.saidEarlier?.includes(part));
  return (
    <dl className="review-facts">
      <div>
        <dt>Asked for</dt>
        <dd>{review.listenFor.length > 0 ? partList(review.listenFor) : 'a simple reply'}</dd>
      </div>
      <div>
        <dt>You covered</dt>
        <dd>{covered.length > 0 ? partList(covered) : 'none of the three parts'}</dd>
      </div>
      {review.missing.length > 0 ? (
        <div>
          <dt>Missing</dt>
          <dd>{partList(review.missing)}</dd>
        </div>
      ) : null}
      {earlier.length > 0 ? (
        <div>
          <dt>Said earlier in the call</dt>
          <dd>{partList(earlier)}, so it counts</dd>
        </div>
      ) : null}
      <div>
        <dt>Talk time</dt>
        <dd>
          {talkText(review.talkSeconds, review.talkEstimated)}, {TIMING_WORDS[review.timing]} (
          {formatTarget(review.target)}){review.overLimit ? '; past the cut-off' : ''}
        </dd>
      </div>
      {review.wordsPerMinute === null ? null : (
        <div>
          <dt>Pace</dt>
          <dd>about {review.wordsPerMinute} words a minute</dd>
        </div>
      )}
      <SofteningWords hedges={review.hedges} fillers={review.fillers} />
      {review.tone.length > 0 ? (
        <div>
          <dt>Tone</dt>
          <dd>
            <ul className="tone-notes">
              {review.tone.map((note, index) => (
                <li key={index}>
                  “{note.text}”: {note.suggestion}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

function partState(said: boolean, asked: boolean): string {
  if (asked) return said ? 'said' : 'not said';
  return said ? 'said (this call did not ask for it)' : 'not asked for in this call';
}

export function ReviewView({
  rehearsalId,
  scenario,
  onAgain,
  onDone,
}: {
  rehearsalId: number;
  scenario: Scenario | null;
  onAgain: () => void;
  onDone: () => void;
}) {
  const { data: detail, error } = useApiRead('rehearsals:get', { id: rehearsalId });

  if (error)
    return (
      <p className="field-error" role="alert">
        {error}
      </p>
    );
  if (!detail) return <p className="rehearse-empty">Loading the review…</p>;
  const { rehearsal, turns } = detail;
  const review = rehearsal.review;
  const headline = review
    ? callHeadline(
        scenario,
        turns.map((turn) => turn.review),
        rehearsal.currentStep,
        review,
      )
    : null;

  return (
    <div className="rehearse-review">
      <section className="review-overall" aria-labelledby="review-title">
        <h2 id="review-title" className="rehearse-section-title">
          Review: {rehearsal.scenarioTitle} with {rehearsal.contactName}
        </h2>
        {headline ? <p className="review-ending">{headline}</p> : null}
        {review ? (
          <>
            <ul className="part-coverage" aria-label="The three parts">
              {ROADMAP_PARTS.map((part) => (
                <li key={part} data-covered={review.covered[part]}>
                  <span className="part-mark" aria-hidden="true">
                    {review.covered[part] ? '✓' : review.asked.includes(part) ? '○' : '–'}
                  </span>
                  {PART_NAMES[part]}: {partState(review.covered[part], review.asked.includes(part))}
                </li>
              ))}
            </ul>
            <dl className="review-facts">
              <div>
                <dt>Coverage</dt>
                <dd>{percent(review.coverage)} of the parts this call asked for</dd>
              </div>
              <div>
                <dt>Talk time</dt>
                <dd>{talkText(review.talkSeconds, review.talkEstimated)}</dd>
              </div>
              {review.wordsPerMinute === null ? null : (
                <div>
                  <dt>Pace</dt>
                  <dd>about {review.wordsPerMinute} words a minute</dd>
                </div>
              )}
              <SofteningWords hedges={review.hedges} fillers={review.fillers} />
            </dl>
            <h3 className="review-subtitle">Three things to try next</h3>
            <ol className="review-tips">
              {review.tips.map((tip) => (
                <li key={tip}>{tip}</li>
              ))}
            </ol>
          </>
        ) : (
          <p className="rehearse-empty">
            This rehearsal stopped before the end of the call, so there is no overall review.
          </p>
        )}
        <div className="review-actions">
          <button type="button" className="button button-primary" onClick={onAgain}>
            Practise again
          </button>
          <button type="button" className="button" onClick={onDone}>
            Back to rehearsals
          </button>
        </div>
        <CallOutcome contactId={rehearsal.contactId} contactName={rehearsal.contactName} />
      </section>
      <section className="review-turns" aria-labelledby="review-turns-title">
        <h2 id="review-turns-title" className="rehearse-section-title">
          Answer by answer
        </h2>
        <ol>
          {turns.map((turn) => (
            <li key={turn.id} className="review-turn">
              <p className="them-line">
                <span className="speaker">{rehearsal.contactName}:</span> {turn.line}
              </p>
              <p className="you-line">
                <span className="speaker">You ({turn.review.mode}):</span> {turn.review.text || '(no answer)'}
              </p>
              <TurnDetails review={turn.review} />
              {turn.recording ? (
                <RecordingPlayer turnId={turn.id} info={turn.recording} label={`Your answer ${turn.position}`} />
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
