import type { PartSentenceScores } from './parts';
import type { Sentence } from './sentences';
import { ROADMAP_PARTS, TONE_KINDS } from './types';
import type { RoadmapPart, ToneFlag, ToneKind } from './types';

/**
 * Why: the coach's model reads one sentence at a time, so every judgement it makes can point at a
 * sentence and at the words in it that weighed most. A sentence becomes a set of features: its words,
 * pairs and triples of words, the first five letters of longer words (a cheap stem: "grateful",
 * "gratefully"), what the phrase lists found in it (a part's cues, a veto, a tone flag) and in the
 * sentence before it, and where it sits (the first line, a short closing line). Each feature is hashed
 * to a number, so the weights need no word list. The training script (scripts/train-coach.mjs) calls
 * this same code, compiled, so what is trained and what runs can never drift apart.
 */

export const FEATURE_BITS = 18;
const FEATURE_MASK = (1 << FEATURE_BITS) - 1;
/** Longer sentences are read up to this many words: enough for any real sentence, bounded for bad input. */
export const MAX_SENTENCE_TOKENS = 120;
const STEM_LENGTH = 5;

const FNV_BASIS = 0x811c9dc5;

function mix(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** FNV-1a over the UTF-16 code units, folded to FEATURE_BITS. */
export function hashFeature(text: string): number {
  return (mix(FNV_BASIS, text) >>> 0) & FEATURE_MASK;
}

const WORD_BASIS = mix(FNV_BASIS, 'w:');
const STEM_BASIS = mix(FNV_BASIS, 's:');
const PAIR_BASIS = mix(FNV_BASIS, 'b:');
const TRIPLE_BASIS = mix(FNV_BASIS, 't:');
const PREVIOUS_WORD_BASIS = mix(FNV_BASIS, 'pw:');
const NEXT_WORD_BASIS = mix(FNV_BASIS, 'nw:');

function tokenizeSentence(
  normalized: string,
  sentence: Sentence,
): { tokens: string[]; starts: number[]; ends: number[] } {
  const tokens: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const text = normalized.slice(sentence.start, sentence.end);
  for (const match of text.matchAll(TOKEN)) {
    if (tokens.length >= MAX_SENTENCE_TOKENS) break;
    tokens.push(normalizeToken(match[0]));
    starts.push(sentence.start + match.index);
    ends.push(sentence.start + match.index + match[0].length);
  }
  return { tokens, starts, ends };
}

/** The same as hashFeature of the words joined by spaces after `basis`'s prefix, without building the string. */
function hashWords(basis: number, a: string, b?: string, c?: string): number {
  let h = mix(basis, a);
  if (b !== undefined) h = mix(mix(h, ' '), b);
  if (c !== undefined) h = mix(mix(h, ' '), c);
  return (h >>> 0) & FEATURE_MASK;
}

/** What the phrase lists found, per sentence: the model weighs it with the words. */
export interface RuleSignals {
  parts: Record<RoadmapPart, PartSentenceScores>;
  /** Tone flags from the phrase lists and the apology and hedge counts. */
  flags: readonly ToneFlag[];
  /** Sentences read as sarcastic by the phrase lists. */
  sarcastic: ReadonlySet<number>;
}

/** One feature occurrence: its hash and the words in the body that produced it (-1 when it has none). */
export interface SentenceFeatures {
  keys: number[];
  starts: number[];
  ends: number[];
  /** The text of each feature, kept only when asked for (the inventory, debugging). */
  names: string[] | null;
}

const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;
const PLACEHOLDER_TOKEN = /^x{5,}$/;
const NUMBER_TOKEN = /^\p{N}+$/u;

function normalizeToken(token: string): string {
  if (PLACEHOLDER_TOKEN.test(token)) return '<slot>';
  if (NUMBER_TOKEN.test(token)) return '<num>';
  return token;
}

function toneFlagsBySentence(flags: readonly ToneFlag[], sentences: readonly Sentence[]): Map<number, ToneFlag[]> {
  const result = new Map<number, ToneFlag[]>();
  let s = 0;
  const sorted = [...flags].sort((a, b) => a.start - b.start);
  for (const flag of sorted) {
    while (s + 1 < sentences.length && sentences[s + 1]!.start <= flag.start) s += 1;
    for (let i = s; i < sentences.length && sentences[i]!.start < flag.end; i += 1) {
      const list = result.get(i) ?? [];
      list.push(flag);
      result.set(i, list);
    }
  }
  return result;
}

const PART_LEVELS = (score: number): string => (score >= 1 ? 'full' : score >= 0.5 ? 'half' : score > 0 ? 'some' : '');

/**
 * Features for every sentence. `keepNames` keeps each feature's text (for the phrase inventory and
 * for the training script's reports); the editor leaves it off.
 */
export function extractFeatures(
  normalized: string,
  sentences: readonly Sentence[],
  signals: RuleSignals,
  keepNames = false,
): SentenceFeatures[] {
  const toneBySentence = toneFlagsBySentence(signals.flags, sentences);
  const out: SentenceFeatures[] = [];
  const ruleNames = (index: number): { name: string; start: number; end: number }[] => {
    const found: { name: string; start: number; end: number }[] = [];
    const sentence = sentences[index];
    if (!sentence) return found;
    for (const part of ROADMAP_PARTS) {
      const { scores, cueStart, cueEnd } = signals.parts[part];
      const level = PART_LEVELS(scores[index] ?? 0);
      if (level !== '') found.push({ name: `r:${part}:${level}`, start: cueStart[index]!, end: cueEnd[index]! });
    }
    for (const flag of toneBySentence.get(index) ?? []) {
      found.push({ name: `r:tone:${flag.kind}`, start: flag.start, end: flag.end });
    }
    if (signals.sarcastic.has(index)) found.push({ name: 'r:sarcastic', start: -1, end: -1 });
    return found;
  };
  const tokenized = sentences.map((sentence) => tokenizeSentence(normalized, sentence));
  for (let index = 0; index < sentences.length; index += 1) {
    const sentence = sentences[index]!;
    const features: SentenceFeatures = { keys: [], starts: [], ends: [], names: keepNames ? [] : null };
    const seen = new Set<number>();
    const addKey = (key: number, start: number, end: number, name: () => string) => {
      if (seen.has(key)) return;
      seen.add(key);
      features.keys.push(key);
      features.starts.push(start);
      features.ends.push(end);
      features.names?.push(name());
    };
    const add = (name: string, start: number, end: number) => addKey(hashFeature(name), start, end, () => name);
    add('bias', -1, -1);
    const { tokens, starts, ends } = tokenized[index]!;
    const text = normalized.slice(sentence.start, sentence.end);
    for (let t = 0; t < tokens.length; t += 1) {
      const word = tokens[t]!;
      const next = tokens[t + 1];
      const after = tokens[t + 2];
      addKey(hashWords(WORD_BASIS, word), starts[t]!, ends[t]!, () => `w:${word}`);
      if (word.length > STEM_LENGTH + 1) {
        const stem = word.slice(0, STEM_LENGTH);
        addKey(hashWords(STEM_BASIS, stem), starts[t]!, ends[t]!, () => `s:${stem}`);
      }
      if (next !== undefined) {
        addKey(hashWords(PAIR_BASIS, word, next), starts[t]!, ends[t + 1]!, () => `b:${word} ${next}`);
      }
      if (next !== undefined && after !== undefined) {
        addKey(
          hashWords(TRIPLE_BASIS, word, next, after),
          starts[t]!,
          ends[t + 2]!,
          () => `t:${word} ${next} ${after}`,
        );
      }
    }
    for (const word of tokenized[index - 1]?.tokens ?? []) {
      addKey(hashWords(PREVIOUS_WORD_BASIS, word), -1, -1, () => `pw:${word}`);
    }
    for (const word of tokenized[index + 1]?.tokens ?? []) {
      addKey(hashWords(NEXT_WORD_BASIS, word), -1, -1, () => `nw:${word}`);
    }
    if (tokens.length <= 3) add('p:short', -1, -1);
    if (index === 0) add('p:first', -1, -1);
    if (index === sentences.length - 1) add('p:last', -1, -1);
    const last = text.trimEnd().at(-1);
    if (last === '?') add('p:question', -1, -1);
    if (last === '!') add('p:exclaim', -1, -1);
    for (const rule of ruleNames(index)) add(rule.name, rule.start, rule.end);
    for (const rule of ruleNames(index - 1)) add(`prev:${rule.name}`, -1, -1);
    out.push(features);
  }
  return out;
}

/** Any tone problem at all: one output trained on every kind at once, so rarer kinds pool their examples. */
export const ANY_TONE = 'any-tone';

/** The model's outputs, in the order of its weights: the three parts, every tone kind, then any tone. */
export const MODEL_OUTPUTS: readonly (RoadmapPart | ToneKind | typeof ANY_TONE)[] = [
  ...ROADMAP_PARTS,
  ...TONE_KINDS,
  ANY_TONE,
];
