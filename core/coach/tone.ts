import { compileCues, findCueMatches, isNegated } from './cues';
import type { CueMatch, CueSet } from './cues';
import { findSentenceIndex } from './sentences';
import type { Sentence } from './sentences';
import { APOLOGY_CUES, BOTHER_APOLOGY_CUES, HEDGE_CUES, TONE_CUES } from './tone-cues';
import type { PhraseToneKind } from './tone-cues';
import { TONE_KINDS } from './types';
import type { ToneFlag, ToneKind } from './types';

/**
 * Why: tone flags are the coach's most personal remarks, so each one points at the exact words and
 * offers a calmer alternative; overlapping phrases of one kind become one flag. Apologies are flagged
 * only when there are two or more, or when one apologises for getting in touch at all ("sorry to bother
 * you"). Hedges are flagged as a cluster: three or more within two neighbouring sentences, or more than
 * 4% of the words when there are at least three (research/mission-anchors.md, section d: fillers under
 * 2–4% of words; count clusters, not every one).
 */

export const HEDGE_CLUSTER_SIZE = 3;
export const HEDGE_DENSITY_LIMIT = 0.04;
export const APOLOGY_LIMIT = 2;

const PHRASE_KINDS: readonly PhraseToneKind[] = ['bitterness', 'sarcasm', 'pleading', 'reconsider', 'self-deprecation'];

const PHRASE_CUES: Record<PhraseToneKind, CueSet> = {
  bitterness: compileCues(TONE_CUES.bitterness),
  sarcasm: compileCues(TONE_CUES.sarcasm),
  pleading: compileCues(TONE_CUES.pleading),
  reconsider: compileCues(TONE_CUES.reconsider),
  'self-deprecation': compileCues(TONE_CUES['self-deprecation']),
};
const APOLOGIES = compileCues(APOLOGY_CUES);
const BOTHER_APOLOGIES = compileCues(BOTHER_APOLOGY_CUES);
const HEDGES = compileCues(HEDGE_CUES);

export const TONE_SUGGESTIONS: Record<ToneKind, string> = {
  bitterness:
    'This reads as blame. Leave the decision itself alone: a warm note keeps the door open, a complaint closes it.',
  sarcasm: 'Sarcasm reads as anger to someone who cannot hear your voice. Say it plainly, or leave it out.',
  pleading:
    'This sounds like pleading. Say once, calmly, that you are still interested; steadiness persuades more than urgency.',
  reconsider:
    'Asking them to reverse the decision puts them on the spot. Ask to be considered for the next opening instead.',
  'over-apology': 'You do not need to apologise for following up. One thank-you does the work of several sorries.',
  'self-deprecation': 'Do not argue their case for them. Mention what you are working on, or leave it out.',
  hedging:
    'Several hedges close together ("maybe", "I guess", "just") make you sound unsure. Keep what you mean and say it plainly.',
  blame:
    'This lays the outcome at their door. Whatever the process was like, a follow-up is the wrong place to argue it.',
  contempt: 'This reads as scorn for the person hired or the team. Leave it out: it is what they would remember.',
  'passive-aggression':
    'Polite words with a needle in them still sting. Say what you mean plainly, or let this sentence go.',
  'guilt-tripping':
    'This asks them to feel responsible for what the decision cost you. Keep that for people close to you.',
  oversharing: 'This shares more hurt than a short note can hold. Keep it for a friend; here, stay brief and steady.',
};

/**
 * A one-word cue written with a capital inside a sentence, after a word ("Mr. Sorry", "of Sorry &
 * Daughters", "my interest in Reconsider Labs"), is a name, not the word.
 */
function isName(body: string, sentences: readonly Sentence[], match: CueMatch): boolean {
  const first = body[match.start] ?? '';
  if (first === first.toLowerCase() || /\s/.test(body.slice(match.start, match.end))) return false;
  const index = findSentenceIndex(sentences, match.start);
  const from = index < 0 ? 0 : sentences[index]!.start;
  let i = match.start - 1;
  while (i >= from && /\s/.test(body[i]!)) i -= 1;
  return i >= from && /[\p{L}\p{N}.&]/u.test(body[i]!);
}

function keepMatches(
  body: string,
  normalized: string,
  sentences: readonly Sentence[],
  matches: CueMatch[],
): CueMatch[] {
  return matches.filter((match) => {
    if (isName(body, sentences, match)) return false;
    if (!match.cue.negatable) return true;
    const index = findSentenceIndex(sentences, match.start);
    return !isNegated(normalized, match.start, index < 0 ? 0 : sentences[index]!.start);
  });
}

function makeFlag(body: string, kind: ToneKind, start: number, end: number): ToneFlag {
  const text = body.slice(start, end);
  return { kind, start, end, text, suggestion: TONE_SUGGESTIONS[kind], source: 'phrases', cause: { start, end, text } };
}

/** A flag the model raised: the whole sentence, with the words that weighed most as its cause. */
export function makeModelFlag(
  body: string,
  kind: ToneKind,
  sentence: { start: number; end: number },
  cause: { start: number; end: number },
): ToneFlag {
  return {
    kind,
    start: sentence.start,
    end: sentence.end,
    text: body.slice(sentence.start, sentence.end),
    suggestion: TONE_SUGGESTIONS[kind],
    source: 'model',
    cause: { start: cause.start, end: cause.end, text: body.slice(cause.start, cause.end) },
  };
}

function findApologyFlags(body: string, normalized: string, sentences: readonly Sentence[]): ToneFlag[] {
  const bother = keepMatches(body, normalized, sentences, findCueMatches(normalized, BOTHER_APOLOGIES));
  const apologies = keepMatches(body, normalized, sentences, findCueMatches(normalized, APOLOGIES));
  if (bother.length === 0 && apologies.length < APOLOGY_LIMIT) return [];
  return [...bother, ...apologies].map((match) => makeFlag(body, 'over-apology', match.start, match.end));
}

function findHedgeFlags(
  body: string,
  normalized: string,
  sentences: readonly Sentence[],
  wordCount: number,
): ToneFlag[] {
  const hedges = findCueMatches(normalized, HEDGES).sort((a, b) => a.start - b.start);
  if (hedges.length < HEDGE_CLUSTER_SIZE) return [];
  const sentenceOf = hedges.map((hedge) => findSentenceIndex(sentences, hedge.start));
  const flags: ToneFlag[] = [];
  let first = 0;
  while (first < hedges.length) {
    let last = first;
    while (last + 1 < hedges.length && sentenceOf[last + 1]! - sentenceOf[first]! <= 1) last += 1;
    if (last - first + 1 >= HEDGE_CLUSTER_SIZE) {
      while (last + 1 < hedges.length && sentenceOf[last + 1]! - sentenceOf[last]! <= 1) last += 1;
      flags.push(makeFlag(body, 'hedging', hedges[first]!.start, hedges[last]!.end));
      first = last + 1;
    } else {
      first += 1;
    }
  }
  if (flags.length === 0 && wordCount > 0 && hedges.length / wordCount > HEDGE_DENSITY_LIMIT) {
    flags.push(makeFlag(body, 'hedging', hedges[0]!.start, hedges[hedges.length - 1]!.end));
  }
  return flags;
}

/** By start, then in the order of TONE_KINDS, then the longer first. */
export function sortFlags(flags: ToneFlag[]): ToneFlag[] {
  const order = (kind: ToneKind) => TONE_KINDS.indexOf(kind);
  return flags.sort((a, b) => a.start - b.start || order(a.kind) - order(b.kind) || b.end - a.end);
}

/** Flags sorted by start; overlapping flags of one kind become one flag over both phrases. */
export function mergeOverlaps(body: string, flags: readonly ToneFlag[]): ToneFlag[] {
  const merged: ToneFlag[] = [];
  const lastOfKind = new Map<ToneKind, number>();
  for (const flag of flags) {
    const index = lastOfKind.get(flag.kind);
    const previous = index === undefined ? undefined : merged[index];
    if (previous && flag.start < previous.end) {
      if (flag.end > previous.end) {
        const joined = makeFlag(body, flag.kind, previous.start, flag.end);
        merged[index!] = previous.source === 'model' ? { ...joined, source: 'model', cause: previous.cause } : joined;
      }
      continue;
    }
    lastOfKind.set(flag.kind, merged.length);
    merged.push(flag);
  }
  return merged;
}

/**
 * The start of a sentence that sets up a later opening: "If anything opens up, …", "If there will be a
 * new position in the future, …", "If you need a technician again, …". What follows it asks about
 * that later opening (connection), not this decision. It must open the sentence: "Please, if anything
 * opens, I'll take it" is still pleading.
 */
const FUTURE_OPENING =
  /^[^a-z]*(?:(?:and|but|so|also|then|anyway|well),? )?(?:if|when|whenever|should|once) (?:there(?:'s| is| are| will be|'ll be| were)|you (?:ever )?(?:have|need|get|are looking for)|(?:anything|something|another|any|a new|a similar|a future|a suitable|other)\b)[^.?!;]{0,70}?\b(?:opens?|opening|comes? up|came up|arises?|available|future|(?<!\b(?:look|looking|looked|consider|considering|think|review|reviewing)(?: me| it| this| at it)? )again|later|season|vacanc\w*|positions?|roles?|posts?|work|jobs?)\b/;

/** Whether the text from `from` to `to` (a sentence, or its words before a cue) sets up a later opening. */
export function followsFutureOpening(normalized: string, from: number, to: number): boolean {
  return FUTURE_OPENING.test(normalized.slice(from, to));
}

/**
 * After a later opening, asking to be looked at again is the ask for that opening, and "even
 * part-time" or "anything at all" is openness to it: neither is reconsider nor pleading.
 */
const OPEN_TO_ANYTHING = /^(?:even part-time|(?:any role|any job|any position|anything) at all)$/;
function aboutLaterOpening(
  kind: PhraseToneKind,
  match: CueMatch,
  normalized: string,
  sentences: readonly Sentence[],
): boolean {
  if (
    kind === 'reconsider' ||
    (kind === 'pleading' && OPEN_TO_ANYTHING.test(normalized.slice(match.start, match.end)))
  ) {
    const index = findSentenceIndex(sentences, match.start);
    return followsFutureOpening(normalized, index < 0 ? 0 : sentences[index]!.start, match.start);
  }
  return false;
}

export function findToneFlags(
  body: string,
  normalized: string,
  sentences: readonly Sentence[],
  wordCount: number,
): ToneFlag[] {
  const flags: ToneFlag[] = [];
  for (const kind of PHRASE_KINDS) {
    for (const match of keepMatches(body, normalized, sentences, findCueMatches(normalized, PHRASE_CUES[kind]))) {
      if (aboutLaterOpening(kind, match, normalized, sentences)) continue;
      flags.push(makeFlag(body, kind, match.start, match.end));
    }
  }
  flags.push(...findApologyFlags(body, normalized, sentences));
  flags.push(...findHedgeFlags(body, normalized, sentences, wordCount));
  return mergeOverlaps(body, sortFlags(flags));
}

/** Thanks that points back at what came just before ("Thanks ever so much for that."). */
export const THANKS_FOR_THAT = /(?:^|[^a-z'])(?:thanks|thank you|cheers)(?: [a-z]+){0,3} for (?:that|this|it)[.!]*$/;

/**
 * Sentences that hold a sarcastic phrase: their "thanks" is not thanks. Nor is a thank-you in the next
 * sentence that only points back at the thing just mocked ("Oh brilliant, a rejection on my birthday.
 * Thanks ever so much for that.").
 */
export function findSarcasticSentences(
  flags: readonly ToneFlag[],
  sentences: readonly Sentence[],
  normalized: string,
): Set<number> {
  const indices = new Set<number>();
  for (const flag of flags) {
    if (flag.kind !== 'sarcasm') continue;
    const index = findSentenceIndex(sentences, flag.start);
    indices.add(index);
    const next = sentences[index + 1];
    if (next && THANKS_FOR_THAT.test(normalized.slice(next.start, next.end))) indices.add(index + 1);
  }
  return indices;
}
