import { analyzeDraft } from '../coach/analyze';
import { HEDGE_CUES } from '../coach/tone-cues';
import { TONE_SUGGESTIONS } from '../coach/tone';
import { compileCues, findCueMatches } from '../coach/cues';
import { countWords, foldCaseKeepingLength } from '../coach/text';
import { ROADMAP_PARTS, type RoadmapPart, type ToneKind } from '../coach/types';
import {
  fillScenarioLine,
  findStep,
  type BranchCondition,
  type Scenario,
  type ScenarioBranch,
  type ScenarioPeople,
  type ScenarioStep,
} from '../scenarios';

/**
 * The rehearsal session engine: pure functions from a scenario step and the person's answer (typed, or
 * transcribed by the local recogniser) to a review of that answer and the branch it takes. Which of
 * the three parts an answer carries is decided by the same coach the editor uses (analyzeDraft), so a
 * rehearsal and a draft are judged alike. Counts of hedges and fillers are estimates: a recogniser
 * hears "um" about half the time, and typed answers rarely contain one.
 */
export type AnswerMode = 'typed' | 'spoken';

export interface Answer {
  text: string;
  mode: AnswerMode;
  /** Seconds of speech measured by voice activity detection; null when typed. */
  talkSeconds: number | null;
}

export interface SessionPeople extends ScenarioPeople {
  /** The one thing to thank them for (the contact's highlight). */
  highlight: string;
  /** The person's speaking pace from settings, used to estimate typed answers. */
  wordsPerMinute: number;
}

export interface ToneNote {
  kind: ToneKind;
  text: string;
  suggestion: string;
}

export type Timing = 'short' | 'ok' | 'long';

export interface TurnReview {
  stepId: string;
  mode: AnswerMode;
  text: string;
  listenFor: RoadmapPart[];
  /** Every part the coach found in this answer, asked for or not. */
  covered: Record<RoadmapPart, boolean>;
  /** Parts this step asked for that were said neither in this answer nor earlier in the call. */
  missing: RoadmapPart[];
  /** Parts this answer left out that an earlier answer of the call said (absent in reviews saved before). */
  saidEarlier?: RoadmapPart[];
  keywordsHeard: string[];
  keywordsMissed: string[];
  words: number;
  talkSeconds: number;
  /** True when talk time comes from word count and pace rather than a measurement. */
  talkEstimated: boolean;
  /** Measured pace; null for typed answers (there is nothing to measure). */
  wordsPerMinute: number | null;
  target: { min: number; max: number } | null;
  timing: Timing;
  /** The answer ran past a hard limit (a voicemail box cuts you off). */
  overLimit: boolean;
  hedges: number;
  fillers: number;
  tone: ToneNote[];
}

export interface TurnResult {
  review: TurnReview;
  branch: ScenarioBranch;
  next: ScenarioStep;
  /** True when the next step ends the call. */
  ended: boolean;
}

const HEDGES = compileCues(HEDGE_CUES.map((cue) => ({ ...cue })));
/** Um and uh are counted as fillers, not hedges, so they are taken out of the hedge count below. */
const FILLER =
  /(?<![a-z0-9'])(?:u+m+|u+h+|e+r+m+|e+r+|a+h+|h+m+|you know|i mean|basically|literally|like,)(?![a-z0-9'])/g;
const UM = /^(?:u+m+|u+h+)$/;

export function normalizeAnswer(text: string): string {
  return foldCaseKeepingLength(text.replace(/\s+/g, ' ').trim());
}

/** A keyword or phrase said as whole words ("team" in "the team", not in "steam"). */
export function saysPhrase(normalized: string, phrase: string): boolean {
  const wanted = normalizeAnswer(phrase)
    .split(/[^a-z0-9']+/)
    .filter(Boolean);
  if (wanted.length === 0) return false;
  const words = normalized.split(/[^a-z0-9']+/).filter(Boolean);
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (wanted.every((word, j) => words[i + j] === word)) return true;
  }
  return false;
}

export function countFillers(normalized: string): number {
  return normalized.match(FILLER)?.length ?? 0;
}

export function countHedges(normalized: string): number {
  return findCueMatches(normalized, HEDGES).filter((match) => !UM.test(normalized.slice(match.start, match.end)))
    .length;
}

function timingOf(seconds: number, target: { min: number; max: number } | null): Timing {
  if (!target) return 'ok';
  if (seconds < target.min) return 'short';
  if (seconds > target.max) return 'long';
  return 'ok';
}

const NO_PARTS: Record<RoadmapPart, boolean> = { gratitude: false, sincerity: false, connection: false };

/**
 * What the whole call has covered so far: a part counts once any answer said it. This is the one
 * source the per-answer review, the branching and the session review all read.
 */
export function coveredInCall(turns: readonly Pick<TurnReview, 'covered'>[]): Record<RoadmapPart, boolean> {
  return Object.fromEntries(ROADMAP_PARTS.map((part) => [part, turns.some((turn) => turn.covered[part])])) as Record<
    RoadmapPart,
    boolean
  >;
}

/**
 * The ask is a request: once made, the other person has heard it, so a later step that waits for it
 * counts it. Thanks and interest answer what they just said, so those count in the answer itself.
 */
export const CARRIES_OVER: readonly RoadmapPart[] = ['connection'];

export function reviewAnswer(
  step: ScenarioStep,
  answer: Answer,
  people: SessionPeople,
  earlier: readonly Pick<TurnReview, 'covered'>[] = [],
): TurnReview {
  const text = answer.text.trim();
  const normalized = normalizeAnswer(text);
  const report = text
    ? analyzeDraft({
        channel: 'call',
        subject: '',
        body: text,
        contact: { name: people.contactName, company: people.company, highlight: people.highlight },
        wordsPerMinute: people.wordsPerMinute,
      })
    : null;
  const covered = report
    ? (Object.fromEntries(ROADMAP_PARTS.map((part) => [part, report.parts[part].found])) as Record<
        RoadmapPart,
        boolean
      >)
    : { ...NO_PARTS };
  const words = text ? countWords(normalized, true) : 0;
  const measured = answer.mode === 'spoken' && answer.talkSeconds !== null && answer.talkSeconds >= 0;
  const talkSeconds = measured
    ? round1(answer.talkSeconds!)
    : round1((words / Math.max(1, people.wordsPerMinute)) * 60);
  // A keyword made only of a missing value (a contact without a company) is not listened for.
  const keywords = step.keywords.map((keyword) => fillScenarioLine(keyword, people)).filter(Boolean);
  const heard = keywords.filter((keyword) => saysPhrase(normalized, keyword));
  const target = step.target ?? null;
  const before = coveredInCall(earlier);
  return {
    stepId: step.id,
    mode: answer.mode,
    text,
    listenFor: [...step.listenFor],
    covered,
    missing: step.listenFor.filter((part) => !covered[part] && !before[part]),
    saidEarlier: ROADMAP_PARTS.filter((part) => !covered[part] && before[part]),
    keywordsHeard: heard,
    keywordsMissed: keywords.filter((keyword) => !heard.includes(keyword)),
    words,
    talkSeconds,
    talkEstimated: !measured,
    wordsPerMinute: measured && talkSeconds > 0 ? Math.round((words / talkSeconds) * 60) : null,
    target,
    timing: timingOf(talkSeconds, target),
    overLimit: step.limitSeconds !== undefined && talkSeconds > step.limitSeconds,
    hedges: countHedges(normalized),
    fillers: countFillers(normalized),
    tone: (report?.toneFlags ?? []).map((flag) => ({
      kind: flag.kind,
      text: flag.text,
      suggestion: TONE_SUGGESTIONS[flag.kind],
    })),
  };
}

export function matchesCondition(
  condition: BranchCondition,
  review: Pick<TurnReview, 'covered' | 'talkSeconds' | 'text' | 'saidEarlier'>,
  people: ScenarioPeople,
): boolean {
  const normalized = normalizeAnswer(review.text);
  const holds = (part: RoadmapPart) =>
    review.covered[part] || (CARRIES_OVER.includes(part) && (review.saidEarlier ?? []).includes(part));
  if (condition.covers && !condition.covers.every(holds)) return false;
  if (
    condition.saysAny &&
    !condition.saysAny.some((phrase) => {
      const filled = fillScenarioLine(phrase, people);
      return filled !== '' && saysPhrase(normalized, filled);
    })
  ) {
    return false;
  }
  if (condition.longerThan !== undefined && !(review.talkSeconds > condition.longerThan)) return false;
  return true;
}

/** The first branch whose condition holds; the last branch ("otherwise") always does. */
export function chooseBranch(
  step: ScenarioStep,
  review: Pick<TurnReview, 'covered' | 'talkSeconds' | 'text' | 'saidEarlier'>,
  people: ScenarioPeople,
): ScenarioBranch {
  const branch = step.branches.find(
    (candidate) => candidate.when === 'otherwise' || matchesCondition(candidate.when, review, people),
  );
  if (!branch) throw new Error(`Step "${step.id}" has no branch to take`);
  return branch;
}

/** Takes one turn; `earlier` are the reviews of the call's answers so far, so an ask said before counts. */
export function takeTurn(
  scenario: Scenario,
  stepId: string,
  answer: Answer,
  people: SessionPeople,
  earlier: readonly Pick<TurnReview, 'covered'>[] = [],
): TurnResult {
  const step = findStep(scenario, stepId);
  if (!step) throw new Error(`The scenario "${scenario.title}" has no step "${stepId}"`);
  if (step.branches.length === 0) throw new Error(`The call has already ended at "${stepId}"`);
  const review = reviewAnswer(step, answer, people, earlier);
  const branch = chooseBranch(step, review, people);
  const next = findStep(scenario, branch.to);
  if (!next) throw new Error(`The scenario "${scenario.title}" has no step "${branch.to}"`);
  return { review, branch, next, ended: next.branches.length === 0 };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
