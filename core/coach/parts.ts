import { compileCues, findCueMatches, isNegated } from './cues';
import type { CueSet } from './cues';
import { PART_CUES, PART_VETOES } from './part-cues';
import { findSentenceIndex } from './sentences';
import type { Sentence } from './sentences';
import { ROADMAP_PARTS } from './types';
import type { PartFinding, RoadmapPart } from './types';

/**
 * Why: a part counts only when one sentence carries it, so the editor can show that sentence as the
 * evidence. Within a sentence, each distinct cue adds its weight once; a total of 1 or more satisfies the
 * part, and the strongest sentence (the first, on a tie) is the evidence. A sentence is ruled out for a
 * part when it holds one of the part's vetoes or reads as sarcastic, and a lone "Thanks," or "Thank you,"
 * above the signature counts only half: it closes a message, it does not thank anyone for anything.
 */

const FOUND_AT = 1;
const SIGN_OFF_WEIGHT = 0.5;
const SIGN_OFF = /^(?:many |with |big )?(?:thanks|thank you)(?: (?:so much|again|very much|a lot|kindly))?[ ,]*,$/;

const CUES: Record<RoadmapPart, CueSet> = {
  gratitude: compileCues(PART_CUES.gratitude),
  sincerity: compileCues(PART_CUES.sincerity),
  connection: compileCues(PART_CUES.connection),
};
const VETOES: Record<RoadmapPart, CueSet> = {
  gratitude: compileCues(PART_VETOES.gratitude),
  sincerity: compileCues(PART_VETOES.sincerity),
  connection: compileCues(PART_VETOES.connection),
};

const ADVICE: Record<RoadmapPart, { found: string; missing: string }> = {
  gratitude: {
    found: 'Gratitude: you thank them. Specific thanks (the call, the interviews, their time) lands best.',
    missing:
      'Gratitude is missing. Thank them for something real: their time, the interviews, or for telling you themselves.',
  },
  sincerity: {
    found: 'Sincerity: you say you still want to work there.',
    missing:
      'Sincerity is missing. Say that you still want to work there, and name one thing about the team or the work that drew you in.',
  },
  connection: {
    found: 'Staying connected: you ask how to keep in touch or be considered again.',
    missing:
      'The ask is missing. End with one honest question: could they keep you in mind for a future opening, or what would they suggest you do until then?',
  },
};

export interface PartScore {
  sentence: number;
  score: number;
}

/** Each part's score in every sentence (0 when vetoed or excluded), with the first cue that counted. */
export interface PartSentenceScores {
  scores: number[];
  /** Sentences ruled out for the part (a veto such as "no need to keep me in mind", or sarcasm): the model may not count them either. */
  vetoed: boolean[];
  /** Offsets of the first cue that counted in each sentence, or -1. */
  cueStart: number[];
  cueEnd: number[];
}

export function scorePartSentences(
  normalized: string,
  sentences: readonly Sentence[],
  excluded: ReadonlySet<number>,
): Record<RoadmapPart, PartSentenceScores> {
  const result = {} as Record<RoadmapPart, PartSentenceScores>;
  for (const part of ROADMAP_PARTS) {
    const vetoed = new Set(excluded);
    for (const match of findCueMatches(normalized, VETOES[part])) {
      vetoed.add(findSentenceIndex(sentences, match.start));
    }
    const perSentence = new Map<number, Map<number, number>>();
    const negated = new Set<number>();
    const cueStart = new Array<number>(sentences.length).fill(-1);
    const cueEnd = new Array<number>(sentences.length).fill(-1);
    for (const match of findCueMatches(normalized, CUES[part])) {
      const index = findSentenceIndex(sentences, match.start);
      if (index < 0 || vetoed.has(index)) continue;
      if (match.cue.negatable && isNegated(normalized, match.start, sentences[index]!.start)) {
        negated.add(index);
        continue;
      }
      const cues = perSentence.get(index) ?? new Map<number, number>();
      cues.set(match.cue.id, match.cue.weight);
      perSentence.set(index, cues);
      if (cueStart[index] === -1) {
        cueStart[index] = match.start;
        cueEnd[index] = match.end;
      }
    }
    const scores = new Array<number>(sentences.length).fill(0);
    for (const [index, cues] of perSentence) {
      let score = 0;
      for (const weight of cues.values()) score += weight;
      if (part === 'gratitude') {
        const sentence = sentences[index]!;
        if (SIGN_OFF.test(normalized.slice(sentence.start, sentence.end))) score = Math.min(score, SIGN_OFF_WEIGHT);
      }
      scores[index] = score;
    }
    // A sentence whose only cues for the part are negated ("I don't want to stay in touch") is ruled
    // out for the model too.
    const ruledOut = sentences.map((_, index) => vetoed.has(index) || (negated.has(index) && !perSentence.has(index)));
    result[part] = { scores, vetoed: ruledOut, cueStart, cueEnd };
  }
  return result;
}

/** The best sentence for a part by its cues alone, or -1: the strongest, the first on a tie. */
export function pickBestSentence(scores: readonly number[]): PartScore {
  let best: PartScore = { sentence: -1, score: 0 };
  for (let index = 0; index < scores.length; index += 1) {
    if (scores[index]! > best.score) best = { sentence: index, score: scores[index]! };
  }
  return best.score >= FOUND_AT ? best : { sentence: -1, score: best.score };
}

/** The best sentence for each part, or -1; `excluded` sentences (sarcasm) count for no part. */
export function scoreParts(
  normalized: string,
  sentences: readonly Sentence[],
  excluded: ReadonlySet<number>,
): Record<RoadmapPart, PartScore> {
  const perSentence = scorePartSentences(normalized, sentences, excluded);
  const result = {} as Record<RoadmapPart, PartScore>;
  for (const part of ROADMAP_PARTS) result[part] = pickBestSentence(perSentence[part].scores);
  return result;
}

export function describeParts(
  body: string,
  sentences: readonly Sentence[],
  scores: Record<RoadmapPart, PartScore>,
): Record<RoadmapPart, PartFinding> {
  const findings = {} as Record<RoadmapPart, PartFinding>;
  for (const part of ROADMAP_PARTS) {
    const sentence = sentences[scores[part].sentence];
    findings[part] = sentence
      ? {
          found: true,
          evidence: { start: sentence.start, end: sentence.end, text: body.slice(sentence.start, sentence.end) },
          advice: ADVICE[part].found,
        }
      : { found: false, evidence: null, advice: ADVICE[part].missing };
  }
  return findings;
}
