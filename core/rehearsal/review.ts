import { ROADMAP_PARTS, type RoadmapPart, type ToneKind } from '../coach/types';
import type { PracticeRung } from '../rehearsals';
import { PART_NAMES, findStep, type Scenario } from '../scenarios';
import { coveredInCall, type TurnReview } from './engine';

/**
 * The review of a whole rehearsal: which of the three parts were said at least once (of those the call
 * asked for), total talk time, pace, estimated hedges and fillers, tone flags, and exactly three tips,
 * chosen in order of what matters most from what was missed. When nothing was missed, the tips say
 * how to make the next run harder, never empty praise.
 */
export interface SessionReview {
  turns: number;
  /** Parts the call asked for at some step. */
  asked: RoadmapPart[];
  covered: Record<RoadmapPart, boolean>;
  /** Asked and covered, as a share from 0 to 1. */
  coverage: number;
  talkSeconds: number;
  talkEstimated: boolean;
  wordsPerMinute: number | null;
  words: number;
  hedges: number;
  fillers: number;
  toneKinds: ToneKind[];
  turnsOffTarget: number;
  tips: string[];
}

export const PACE = { slow: 110, fast: 170 } as const;
export const TIP_COUNT = 3;

const PART_TIPS: Record<RoadmapPart, (highlight: string) => string> = {
  gratitude: (highlight) =>
    highlight
      ? `Open with thanks for something specific, like "${highlight}". It tells them why you called.`
      : 'Open with thanks for one specific thing from your interviews. It tells them why you called.',
  sincerity: () =>
    'Say plainly that you would still love to work there, and name one thing about the team or the work that makes you mean it.',
  connection: () =>
    'Make the ask out loud: "Could I stay on your radar if something similar opens up?" Then stop and listen.',
};

const TONE_TIPS: Partial<Record<ToneKind, string>> = {
  reconsider: 'Leave the decision alone. Ask to be considered next time rather than asking them to change their mind.',
  bitterness: 'Drop the words that sound like blame. A calm, warm call keeps the door open.',
  pleading: 'Say once, calmly, that you are still interested. Steadiness persuades more than urgency.',
  'over-apology': 'One thank-you instead of several sorries: you are not imposing by calling.',
  'self-deprecation': 'Leave out what you lack. Mention what you are working on instead.',
  sarcasm: 'Say it plainly: on the phone a joke with an edge sounds like anger.',
  hedging: 'Fewer "maybe", "just" and "I think": say what you mean once, plainly.',
};

/** What the review knows about the run besides the answers: the rung used and the scenario just done. */
export interface SessionContext {
  highlight?: string;
  rung?: PracticeRung;
  /** The scenario just done, and one to suggest next (never the same one); null when there is none. */
  scenario?: Pick<Scenario, 'id' | 'title'>;
  next?: Pick<Scenario, 'id' | 'title'> | null;
}

const RUNG_TIPS: Record<PracticeRung, string> = {
  script: 'Next run, go one rung down the ladder: cue words only.',
  cues: 'Next run, go one rung down the ladder: no cues at all.',
  none: 'You did this with no cues. Run it once more tomorrow to make it stick.',
};

/**
 * The scenario to suggest after this one: the next in the library's order (easy first), wrapping
 * round, never the one just done. Null when the library has only this one.
 */
export function nextScenario(
  scenarios: readonly Pick<Scenario, 'id' | 'title' | 'order'>[],
  currentId: string,
): Pick<Scenario, 'id' | 'title'> | null {
  const sorted = [...scenarios].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const at = sorted.findIndex((scenario) => scenario.id === currentId);
  const after = [...sorted.slice(at + 1), ...sorted.slice(0, Math.max(0, at))].filter((s) => s.id !== currentId);
  const next = after[0];
  return next ? { id: next.id, title: next.title } : null;
}

function stretchTips(turns: readonly TurnReview[], context: SessionContext): string[] {
  const tips = [RUNG_TIPS[context.rung ?? 'script']];
  if (context.next && context.next.id !== context.scenario?.id) {
    tips.push(`Try another scenario next: ${context.next.title}.`);
  }
  if (turns.some((turn) => turn.mode === 'typed')) {
    tips.push('Say it aloud rather than typing, so the timer and the pace measure your real voice.');
  } else {
    tips.push('Say it once more away from the screen, out loud: the words should come without reading.');
  }
  tips.push('Practise with another contact too: the same three parts, in different words.');
  return tips;
}

export function reviewSession(
  turns: readonly TurnReview[],
  contextOrHighlight: SessionContext | string = {},
): SessionReview {
  const context: SessionContext =
    typeof contextOrHighlight === 'string' ? { highlight: contextOrHighlight } : contextOrHighlight;
  const highlight = context.highlight ?? '';
  const asked = ROADMAP_PARTS.filter((part) => turns.some((turn) => turn.listenFor.includes(part)));
  const covered = coveredInCall(turns);
  const talkSeconds = Math.round(turns.reduce((sum, turn) => sum + turn.talkSeconds, 0) * 10) / 10;
  const words = turns.reduce((sum, turn) => sum + turn.words, 0);
  const spoken = turns.filter((turn) => turn.wordsPerMinute !== null);
  const spokenSeconds = spoken.reduce((sum, turn) => sum + turn.talkSeconds, 0);
  const spokenWords = spoken.reduce((sum, turn) => sum + turn.words, 0);
  const wordsPerMinute = spokenSeconds > 0 ? Math.round((spokenWords / spokenSeconds) * 60) : null;
  const hedges = turns.reduce((sum, turn) => sum + turn.hedges, 0);
  const fillers = turns.reduce((sum, turn) => sum + turn.fillers, 0);
  const toneKinds = [...new Set(turns.flatMap((turn) => turn.tone.map((note) => note.kind)))];
  const offTarget = turns.filter((turn) => turn.timing !== 'ok');
  const coveredAsked = asked.filter((part) => covered[part]).length;

  const tips: string[] = [];
  const add = (tip: string) => {
    if (tips.length < TIP_COUNT && !tips.includes(tip)) tips.push(tip);
  };
  for (const part of asked) if (!covered[part]) add(PART_TIPS[part](highlight.trim()));
  for (const kind of toneKinds) {
    const tip = TONE_TIPS[kind];
    if (tip) add(tip);
  }
  if (turns.some((turn) => turn.overLimit)) {
    add('You ran past the time limit. Cut to your name, thanks, the ask and your number.');
  }
  const long = offTarget.filter((turn) => turn.timing === 'long');
  const short = offTarget.filter((turn) => turn.timing === 'short');
  if (long.length > 0)
    add(
      `${long.length === 1 ? 'One answer' : `${long.length} answers`} ran long. Say one thing, then pause and let them answer.`,
    );
  if (short.length > 0)
    add(
      `${short.length === 1 ? 'One answer was' : `${short.length} answers were`} shorter than the target. Add a sentence that carries one of the three parts.`,
    );
  if (wordsPerMinute !== null && wordsPerMinute > PACE.fast) {
    add(`About ${wordsPerMinute} words a minute is quick for a phone call. Slow down and breathe between sentences.`);
  }
  if (wordsPerMinute !== null && wordsPerMinute < PACE.slow) {
    add(`About ${wordsPerMinute} words a minute: a little more pace will sound more sure of yourself.`);
  }
  if (fillers >= 3) add('Several fillers ("um", "you know"): a short silent pause sounds more confident.');
  if (hedges >= 3) add(TONE_TIPS.hedging!);
  const missedKeywords = turns.flatMap((turn) => turn.keywordsMissed);
  if (missedKeywords.length > 0 && turns.every((turn) => turn.keywordsHeard.length === 0)) {
    add(
      `Words that help here: ${[...new Set(missedKeywords)]
        .slice(0, 4)
        .map((word) => `"${word}"`)
        .join(', ')}.`,
    );
  }
  for (const tip of stretchTips(turns, context)) add(tip);

  return {
    turns: turns.length,
    asked,
    covered,
    coverage: asked.length === 0 ? 1 : coveredAsked / asked.length,
    talkSeconds,
    talkEstimated: turns.some((turn) => turn.talkEstimated),
    wordsPerMinute,
    words,
    hedges,
    fillers,
    toneKinds,
    turnsOffTarget: offTarget.length,
    tips,
  };
}

function nameParts(parts: readonly RoadmapPart[]): string {
  const names = parts.map((part) => PART_NAMES[part]);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The parts whose absence sent the call to this ending: the step of the last answer tried branches
 * that needed them ("covers") before the one it took.
 */
export function partsEndingBlames(scenario: Pick<Scenario, 'steps'>, lastStepId: string, endingId: string) {
  const step = findStep(scenario, lastStepId);
  if (!step) return [];
  const taken = step.branches.findIndex((branch) => branch.to === endingId);
  if (taken < 0) return [];
  const blamed = new Set<RoadmapPart>();
  for (const branch of step.branches.slice(0, taken)) {
    if (
      branch.when !== 'otherwise' &&
      branch.when.covers &&
      !branch.when.saysAny &&
      branch.when.longerThan === undefined
    )
      for (const part of branch.when.covers) blamed.add(part);
  }
  return [...blamed];
}

/**
 * The review's headline, from the same record of the whole call as the ticks and coverage. The
 * scenario's ending line is used unless it would blame a part that was said at another turn; then the
 * headline says what really happened.
 */
export function callHeadline(
  scenario: Pick<Scenario, 'steps'> | null,
  turns: readonly Pick<TurnReview, 'stepId'>[],
  endingId: string,
  review: Pick<SessionReview, 'covered' | 'asked'>,
): string | null {
  const ending = scenario ? findStep(scenario, endingId) : undefined;
  const last = turns.at(-1);
  if (!scenario || !ending || !last) return ending?.tip ?? null;
  const blamed = partsEndingBlames(scenario, last.stepId, endingId);
  const saidAnyway = blamed.filter((part) => review.covered[part]);
  if (saidAnyway.length === 0) return ending.tip ?? null;
  const missing = review.asked.filter((part) => !review.covered[part]);
  return (
    `You said ${nameParts(saidAnyway)} earlier in the call, just not at the moment the call turned on it: ` +
    `say it again there, because the end of a call is what they remember.` +
    (missing.length > 0 ? ` Still missing: ${nameParts(missing)}.` : '')
  );
}
