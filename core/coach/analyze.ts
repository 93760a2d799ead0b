import { findPlaceholders } from '../placeholders';
import type { DraftChannel } from '../drafts';
import { ANY_TONE, extractFeatures, MODEL_OUTPUTS } from './features';
import type { RuleSignals, SentenceFeatures } from './features';
import { measureLength, checkSubject } from './length';
import type { LengthFinding } from '../coach/types';
import { getModel, keepsRuleFinding, scoreSentence, topContribution } from './model';
import type { CoachModel } from './model';
import { checkPersonalisation } from './personalisation';
import { describeParts, pickBestSentence, scorePartSentences } from './parts';
import type { PartScore } from './parts';
import { findSentenceIndex, splitSentences } from './sentences';
import type { Sentence } from './sentences';
import { countWords, prepareText } from './text';
import {
  findSarcasticSentences,
  findToneFlags,
  followsFutureOpening,
  makeModelFlag,
  mergeOverlaps,
  sortFlags,
  THANKS_FOR_THAT,
} from './tone';
import { ROADMAP_PARTS, TONE_KINDS } from './types';
import type { CoachInput, CoachReport, RoadmapPart, ToneFlag, ToneKind } from './types';

/**
 * The coach: one pure, deterministic pass over a draft, fast enough for every keystroke (a 1,000-word
 * draft in well under 2 ms; see bench/). The phrase lists (part-cues.ts, tone-cues.ts) find what they
 * list; the model (model.ts) weighs every sentence with what the lists found, and catches what they
 * miss. Every finding carries the offsets of the text behind it. How it decides, and how well, is
 * written up in docs/COACH.md.
 */

/** What the phrase lists make of a draft, before the model: shared by analyzeDraft and the training script. */
export interface DraftReading {
  normalized: string;
  sentences: Sentence[];
  length: LengthFinding;
  signals: RuleSignals;
}

export function readDraft(body: string, channel: DraftChannel, wordsPerMinute = 150): DraftReading {
  const normalized = prepareText(body, channel);
  const sentences = splitSentences(body);
  const length = measureLength(body, normalized, channel, wordsPerMinute);
  const flags = findToneFlags(body, normalized, sentences, length.words);
  const sarcastic = findSarcasticSentences(flags, sentences, normalized);
  const parts = scorePartSentences(normalized, sentences, sarcastic);
  return { normalized, sentences, length, signals: { parts, flags, sarcastic } };
}

/** The model's logits for each sentence (one row of MODEL_OUTPUTS.length per sentence). */
export function scoreSentences(model: CoachModel, features: readonly SentenceFeatures[]): Float32Array[] {
  return features.map((sentence) => scoreSentence(model, sentence));
}

/** The indices of the sentences a span touches (binary search, then a walk over the few it covers). */
function sentencesOf(sentences: readonly Sentence[], span: { start: number; end: number }): number[] {
  const touched: number[] = [];
  let s = Math.max(0, findSentenceIndex(sentences, span.start));
  for (; s < sentences.length && sentences[s]!.start < span.end; s += 1) {
    if (sentences[s]!.end > span.start) touched.push(s);
  }
  return touched;
}

/**
 * Sentences where the phrase lists found a tone problem: the model alone may not count them for a
 * part (a sentence with a barb in it is not where sincere thanks is found); the phrase lists still can.
 */
export function barbedSentences(reading: DraftReading): Set<number> {
  const barbed = new Set<number>();
  for (const flag of reading.signals.flags) for (const s of sentencesOf(reading.sentences, flag)) barbed.add(s);
  return barbed;
}

/**
 * The tone kinds that make a sentence's own thanks or praise backhanded: by the labelling rules,
 * sarcastic or backhanded thanks is not gratitude and sarcastic praise is not sincerity, and thanks
 * with a needle in the same sentence ("Thank you for getting back to me, eventually.") is the same.
 * A sentence flagged as one of them (by the phrase lists or the model) counts for no part; a warm
 * sentence beside a separate barb still counts ("a warm note can carry one barb").
 */
export const BACKHANDED_KINDS: ReadonlySet<ToneKind> = new Set<ToneKind>(['sarcasm', 'passive-aggression']);

/**
 * The kinds that void each part in the sentence they touch. Besides the backhanded kinds, an ask to
 * reverse this decision is not the ask to stay in touch ("Could you ask them again?", "If the hire falls
 * through, I could start next week"): by the rules that is the `reconsider` problem, not connection. An
 * ask about a later opening is not flagged as reconsider (see `modelMayNotFlag`), so it still counts. A
 * plea is not voided: most writers count "Please, please keep me in mind" as the ask, with its tone flag.
 */
const VOIDING_KINDS: Readonly<Record<RoadmapPart, ReadonlySet<ToneKind>>> = {
  gratitude: BACKHANDED_KINDS,
  sincerity: BACKHANDED_KINDS,
  connection: new Set<ToneKind>([...BACKHANDED_KINDS, 'reconsider']),
};

/**
 * Thanks with nothing after it and no object ("Thanks.", "Thank you so much, Sam!") that closes a
 * message after something else was said: like a "Thanks," above the signature, it ends the message, it
 * thanks no one for anything. Nearly every writer labels it so (65 of 73 such messages in the corpus).
 * The same words opening a message ("Hi Sam, thanks! I understand…") are thanks for the news.
 */
const BARE_THANKS =
  /^(?:(?:um|so|anyway|okay|ok|right|well|oh|and|but),? )?(?:many |big )?(?:thanks|thank you|cheers|ta)(?: (?:so much|ever so much|again|very much|a lot|a bunch|kindly))?(?:,? [a-z][a-z'-]*)?[\s.!]*$/;
/** Sentences after the closing thanks that end a message: a name, "Bye.", "Best," (two words at most). */
const CLOSING_WORDS = 2;

/** Thanks given grudgingly: "Thanks for finally getting back to me." */
const GRUDGING_THANKS = /\b(?:thanks|thank you)(?: (?:so much|very much|a lot))? for (?:finally|eventually|at last)\b/;

/** The sentence that closes the message with bare thanks after something else was said, or -1. */
function closingThanks(text: (s: number) => string, count: number): number {
  const trimmed = (s: number) => text(s).trim();
  let s = count - 1;
  while (s >= 0 && countWords(trimmed(s)) <= CLOSING_WORDS && !BARE_THANKS.test(trimmed(s))) s -= 1;
  if (s <= 0 || !BARE_THANKS.test(trimmed(s))) return -1;
  for (let before = 0; before < s; before += 1) if (countWords(trimmed(before)) > CLOSING_WORDS + 1) return s;
  return -1;
}

/**
 * The sentences where the part may not be found: where a tone flag voids it (a backhanded kind for every
 * part, a reversal for the ask) and, for gratitude, where the thanks thank no one for anything: the
 * closing bare thanks, grudging thanks, and "Thanks for that." right after a sentence the coach flags,
 * which points back at the barb ("Now I have to tell them. Thanks for that.").
 */
export function voidedSentences(part: RoadmapPart, reading: DraftReading, flags: readonly ToneFlag[]): Set<number> {
  const { normalized, sentences } = reading;
  const kinds = VOIDING_KINDS[part];
  const result = new Set<number>();
  for (const flag of flags) {
    if (kinds.has(flag.kind)) for (const s of sentencesOf(sentences, flag)) result.add(s);
  }
  if (part !== 'gratitude') return result;
  const text = (s: number) => normalized.slice(sentences[s]!.start, sentences[s]!.end);
  const closing = closingThanks(text, sentences.length);
  if (closing >= 0) result.add(closing);
  for (let s = 0; s < sentences.length; s += 1) if (GRUDGING_THANKS.test(text(s))) result.add(s);
  for (const flag of flags) {
    const touched = sentencesOf(sentences, flag);
    const after = touched.length > 0 ? touched[touched.length - 1]! + 1 : sentences.length;
    if (after < sentences.length && THANKS_FOR_THAT.test(text(after))) result.add(after);
  }
  return result;
}

function decidePart(
  model: CoachModel,
  part: RoadmapPart,
  reading: DraftReading,
  logits: readonly Float32Array[],
  barbed: ReadonlySet<number>,
  voided: ReadonlySet<number>,
): PartScore {
  const o = MODEL_OUTPUTS.indexOf(part);
  const threshold = model.thresholds[o]!;
  let best: PartScore = { sentence: -1, score: -Infinity };
  const { vetoed } = reading.signals.parts[part];
  for (let s = 0; s < logits.length; s += 1) {
    if (vetoed[s] || barbed.has(s) || voided.has(s)) continue;
    const score = logits[s]![o]!;
    if (score >= threshold && score > best.score) best = { sentence: s, score };
  }
  if (best.sentence >= 0) return best;
  const rules = reading.signals.parts[part].scores.map((score, s) =>
    !voided.has(s) && keepsRuleFinding(model, o, logits[s]![o]!) ? score : 0,
  );
  return pickBestSentence(rules);
}

/**
 * A weakness named together with what one is doing about it is a plan, not running oneself down ("I'm
 * not great at SQL yet, so I've started a course"): the model's self-deprecation flag gives way to it.
 */
const PLAN_TO_IMPROVE =
  /\b(?:so i(?:'ve| have)? (?:started|signed up|enrolled|begun|joined|been)|i(?:'m| am) (?:working on|taking|learning|practi[sc]ing|doing a)|(?:started|taking|enrolled in|signed up for) (?:a|an|the) (?:course|class|bootcamp|programme|program))/;

/**
 * Sentences the model may not flag as a kind: a weakness named with a plan to improve it is not
 * self-deprecation, and a sentence that opens with a later opening ("If anything else comes up, please
 * give me a ring") asks about that opening (connection), not to reverse this decision or out of need.
 */
function modelMayNotFlag(kind: ToneKind, sentence: string): boolean {
  if (kind === 'self-deprecation') return PLAN_TO_IMPROVE.test(sentence);
  if (kind === 'reconsider' || kind === 'pleading') return followsFutureOpening(sentence, 0, sentence.length);
  return false;
}

function decideTone(
  body: string,
  model: CoachModel,
  reading: DraftReading,
  features: readonly SentenceFeatures[],
  logits: readonly Float32Array[],
): ToneFlag[] {
  const { sentences } = reading;
  const flags: ToneFlag[] = [];
  const flagged = new Set<number>();
  // A line of one or two words ("Best,", "Hi Sam,") carries no tone of its own; the model, which also
  // reads the sentences either side, may not flag it (the phrase lists still can: "Your loss.").
  const tooShort = sentences.map((sentence) => countWords(reading.normalized.slice(sentence.start, sentence.end)) <= 2);
  for (const kind of TONE_KINDS) {
    const o = MODEL_OUTPUTS.indexOf(kind);
    const threshold = model.thresholds[o]!;
    const covered = new Set<number>();
    for (const flag of reading.signals.flags) {
      if (flag.kind !== kind) continue;
      const touched = sentencesOf(sentences, flag);
      for (const s of touched) covered.add(s);
      if (touched.some((s) => keepsRuleFinding(model, o, logits[s]![o]!))) {
        flags.push(flag);
        for (const s of touched) flagged.add(s);
      }
    }
    for (let s = 0; s < sentences.length; s += 1) {
      if (covered.has(s) || logits[s]![o]! < threshold || tooShort[s]) continue;
      const sentence = sentences[s]!;
      if (modelMayNotFlag(kind, reading.normalized.slice(sentence.start, sentence.end))) continue;
      const cause = topContribution(model, features[s]!, o) ?? sentence;
      flags.push(makeModelFlag(body, kind, sentence, cause));
      flagged.add(s);
    }
  }
  // A sentence the model finds off in tone, though no single kind reached its own threshold: it is
  // flagged as the kind that came closest.
  const any = MODEL_OUTPUTS.indexOf(ANY_TONE);
  for (let s = 0; s < sentences.length; s += 1) {
    if (flagged.has(s) || tooShort[s] || logits[s]![any]! < model.thresholds[any]!) continue;
    let closest: number = MODEL_OUTPUTS.indexOf(TONE_KINDS[0]);
    for (const kind of TONE_KINDS) {
      const o = MODEL_OUTPUTS.indexOf(kind);
      if (logits[s]![o]! - model.thresholds[o]! > logits[s]![closest]! - model.thresholds[closest]!) closest = o;
    }
    const kind = MODEL_OUTPUTS[closest] as ToneKind;
    const text = reading.normalized.slice(sentences[s]!.start, sentences[s]!.end);
    if (modelMayNotFlag(kind, text)) continue;
    flags.push(makeModelFlag(body, kind, sentences[s]!, topContribution(model, features[s]!, any) ?? sentences[s]!));
  }
  return mergeOverlaps(body, sortFlags(flags));
}

export function analyzeDraft(input: CoachInput): CoachReport {
  const { body, channel } = input;
  const reading = readDraft(body, channel, input.wordsPerMinute);
  const model = getModel();
  const features = extractFeatures(reading.normalized, reading.sentences, reading.signals, false, model.rowOf);
  const logits = scoreSentences(model, features);
  const toneFlags = decideTone(body, model, reading, features, logits);
  const scores = {} as Record<RoadmapPart, PartScore>;
  const barbed = barbedSentences(reading);
  for (const part of ROADMAP_PARTS) {
    scores[part] = decidePart(model, part, reading, logits, barbed, voidedSentences(part, reading, toneFlags));
  }
  return {
    parts: describeParts(body, reading.sentences, scores),
    toneFlags,
    length: reading.length,
    subject: channel === 'email' ? checkSubject(input.subject) : null,
    personalisation: input.contact ? checkPersonalisation(body, input.contact) : null,
    placeholders: findPlaceholders(body).map(({ name, start, end, text }) => ({ name, start, end, text })),
  };
}
