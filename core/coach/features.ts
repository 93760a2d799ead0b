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

/**
 * Word features are hashed from each token's own hash rather than from their text: a token is hashed
 * once, and its word, pair, triple and neighbour features are a few multiplications away. The seeds
 * keep the kinds apart; `finish` spreads the bits before they are folded to FEATURE_BITS.
 */
const WORD_SEED = mix(FNV_BASIS, 'w:');
const STEM_SEED = mix(FNV_BASIS, 's:');
const PAIR_SEED = mix(FNV_BASIS, 'b:');
const TRIPLE_SEED = mix(FNV_BASIS, 't:');
const PREVIOUS_WORD_SEED = mix(FNV_BASIS, 'pw:');
const NEXT_WORD_SEED = mix(FNV_BASIS, 'nw:');

function combine(h: number, x: number): number {
  return Math.imul(h ^ x, 0x01000193) ^ (x >>> 13);
}

/** murmur3's final mix, folded to FEATURE_BITS. */
function finish(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return (x >>> 0) & FEATURE_MASK;
}

interface Tokens {
  tokens: string[];
  /** Each token's own hash (FNV-1a of its text). */
  hashes: number[];
  starts: number[];
  ends: number[];
}

function tokenizeSentence(normalized: string, sentence: Sentence): Tokens {
  const result: Tokens = { tokens: [], hashes: [], starts: [], ends: [] };
  TOKEN.lastIndex = sentence.start;
  for (let match = TOKEN.exec(normalized); match !== null; match = TOKEN.exec(normalized)) {
    if (match.index >= sentence.end || result.tokens.length >= MAX_SENTENCE_TOKENS) break;
    const end = Math.min(match.index + match[0].length, sentence.end);
    const token = normalizeToken(normalized.slice(match.index, end));
    result.tokens.push(token);
    result.hashes.push(mix(FNV_BASIS, token));
    result.starts.push(match.index);
    result.ends.push(end);
  }
  return result;
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

/** The hashes of the few fixed feature names (bias, place, what the phrase lists found), computed once each. */
const NAMED_KEYS = new Map<string, number>();
function namedKey(name: string): number {
  let key = NAMED_KEYS.get(name);
  if (key === undefined) {
    key = hashFeature(name);
    NAMED_KEYS.set(name, key);
  }
  return key;
}

/** Marks the features already added to the sentence being read (a generation count per hash bucket). */
const SEEN = new Int32Array(1 << FEATURE_BITS);
let generation = 0;

/** The last character of the sentence that is not white space. */
function lastVisible(normalized: string, sentence: Sentence): string {
  for (let i = sentence.end - 1; i >= sentence.start; i -= 1) {
    const c = normalized[i]!;
    if (c.trim() !== '') return c;
  }
  return '';
}

const PART_LEVELS = (score: number): string => (score >= 1 ? 'full' : score >= 0.5 ? 'half' : score > 0 ? 'some' : '');

/**
 * Features for every sentence. `keepNames` keeps each feature's text (for the phrase inventory and
 * for the training script's reports); the editor leaves it off. `known` (the model's row per hash
 * bucket, -1 for none) leaves out the features the model gives no weight, which changes no score.
 */
export function extractFeatures(
  normalized: string,
  sentences: readonly Sentence[],
  signals: RuleSignals,
  keepNames = false,
  known?: Int32Array,
): SentenceFeatures[] {
  const toneBySentence = toneFlagsBySentence(signals.flags, sentences);
  const out: SentenceFeatures[] = [];
  // What the phrase lists found in each sentence, as feature names with the words behind them; each
  // sentence's list is also read, as `prev:`, by the sentence after it.
  const rules = sentences.map((_, index) => {
    const found: { name: string; start: number; end: number }[] = [];
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
  });
  const tokenized = sentences.map((sentence) => tokenizeSentence(normalized, sentence));
  for (let index = 0; index < sentences.length; index += 1) {
    const sentence = sentences[index]!;
    const features: SentenceFeatures = { keys: [], starts: [], ends: [], names: keepNames ? [] : null };
    generation = generation >= 0x3fffffff ? (SEEN.fill(0), 1) : generation + 1;
    const addKey = (key: number, start: number, end: number, name: string) => {
      if (SEEN[key] === generation || (known !== undefined && known[key]! < 0)) return;
      SEEN[key] = generation;
      features.keys.push(key);
      features.starts.push(start);
      features.ends.push(end);
      features.names?.push(name);
    };
    const add = (name: string, start: number, end: number) => addKey(namedKey(name), start, end, name);
    add('bias', -1, -1);
    const { tokens, hashes, starts, ends } = tokenized[index]!;
    for (let t = 0; t < tokens.length; t += 1) {
      const word = tokens[t]!;
      const h = hashes[t]!;
      const next = hashes[t + 1];
      const after = hashes[t + 2];
      addKey(finish(combine(WORD_SEED, h)), starts[t]!, ends[t]!, keepNames ? `w:${word}` : '');
      if (word.length > STEM_LENGTH + 1) {
        const stem = word.slice(0, STEM_LENGTH);
        addKey(finish(combine(STEM_SEED, mix(FNV_BASIS, stem))), starts[t]!, ends[t]!, keepNames ? `s:${stem}` : '');
      }
      if (next === undefined) continue;
      const pair = combine(combine(PAIR_SEED, h), next);
      addKey(finish(pair), starts[t]!, ends[t + 1]!, keepNames ? `b:${word} ${tokens[t + 1]}` : '');
      if (after === undefined) continue;
      addKey(
        finish(combine(combine(combine(TRIPLE_SEED, h), next), after)),
        starts[t]!,
        ends[t + 2]!,
        keepNames ? `t:${word} ${tokens[t + 1]} ${tokens[t + 2]}` : '',
      );
    }
    const before = tokenized[index - 1];
    before?.hashes.forEach((h, t) =>
      addKey(finish(combine(PREVIOUS_WORD_SEED, h)), -1, -1, keepNames ? `pw:${before.tokens[t]}` : ''),
    );
    const following = tokenized[index + 1];
    following?.hashes.forEach((h, t) =>
      addKey(finish(combine(NEXT_WORD_SEED, h)), -1, -1, keepNames ? `nw:${following.tokens[t]}` : ''),
    );
    if (tokens.length <= 3) add('p:short', -1, -1);
    if (index === 0) add('p:first', -1, -1);
    if (index === sentences.length - 1) add('p:last', -1, -1);
    const last = lastVisible(normalized, sentence);
    if (last === '?') add('p:question', -1, -1);
    if (last === '!') add('p:exclaim', -1, -1);
    for (const rule of rules[index]!) add(rule.name, rule.start, rule.end);
    for (const rule of rules[index - 1] ?? []) add(`prev:${rule.name}`, -1, -1);
    for (const rule of rules[index + 1] ?? []) add(`next:${rule.name}`, -1, -1);
    addContext(normalized, sentence, tokens, rules[index]!, rules[index - 1] ?? [], add);
    out.push(features);
  }
  return out;
}

/**
 * Words that turn a sentence against what came before it or against its own thanks ("even if it did
 * take three weeks", "I suppose", "at least", "apparently"): alone each is common and harmless, so the
 * model also sees each one paired with whether the sentence, or the one before it, thanks the reader.
 */
const CONTRAST =
  /\b(?:even if|even though|though|although|but|at least|i suppose|i guess|apparently|clearly|obviously|of course|despite|only|just as well|all the same|mind you|funny how|i must say|i'll assume|i trust|i'm sure|no doubt|shame|pity)\b/g;
/** A count of time or effort ("three weeks", "4 rounds", "a two-line email", "ten-minute call"); not "a month". */
const SPAN =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|several|many)[ -](?:(?:whole|full|long|more|extra|separate) )?(?:minutes?|hours?|days?|weeks?|months?|years?|rounds?|interviews?|stages?|tasks?|lines?|line|minute|word|sentences?|emails?|calls?|weekends?|evenings?|trips?)\b/;
/** A short phrase in quotation marks: what they said, often turned back on them. */
const QUOTED = /(?:^|[\s(])['"\u2018\u201c][^'"\u2019\u201d\n]{2,40}['"\u2019\u201d](?=[\s,.;:!?)]|$)/;
/** Pictographs (emoji): a smile after a barb is often the barb's point. */
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

type RuleFound = readonly { name: string }[];

function addContext(
  normalized: string,
  sentence: Sentence,
  tokens: readonly string[],
  here: RuleFound,
  before: RuleFound,
  add: (name: string, start: number, end: number) => void,
): void {
  const text = normalized.slice(sentence.start, sentence.end);
  const thanksHere = here.some((rule) => rule.name.startsWith('r:gratitude'));
  const thanksBefore = before.some((rule) => rule.name.startsWith('r:gratitude'));
  const toneBefore = before.some((rule) => rule.name.startsWith('r:tone') || rule.name === 'r:sarcastic');
  CONTRAST.lastIndex = 0;
  let contrasts = 0;
  for (let match = CONTRAST.exec(text); match !== null && contrasts < 4; match = CONTRAST.exec(text)) {
    contrasts += 1;
    add(`x:${match[0]}`, -1, -1);
    if (thanksHere) add(`xg:${match[0]}`, -1, -1);
    if (thanksBefore) add(`xpg:${match[0]}`, -1, -1);
  }
  if (contrasts > 0) add('x:any', -1, -1);
  if (contrasts > 0 && thanksHere) add('xg:any', -1, -1);
  const span = SPAN.test(text);
  if (span) {
    add('d:span', -1, -1);
    if (thanksHere) add('dg:span', -1, -1);
    if (contrasts > 0) add('dx:span', -1, -1);
  }
  if (QUOTED.test(text)) add('q:quoted', -1, -1);
  if (PICTOGRAPH.test(text)) {
    add('e:pictograph', -1, -1);
    if (thanksHere) add('eg:pictograph', -1, -1);
  }
  const exclaims = text.includes('!');
  if (exclaims && thanksHere) add('g:exclaim', -1, -1);
  if (exclaims && span) add('d:exclaim', -1, -1);
  if (toneBefore && tokens.length <= 6) add('p:short-after-tone', -1, -1);
}

/** Any tone problem at all: one output trained on every kind at once, so rarer kinds pool their examples. */
export const ANY_TONE = 'any-tone';

/** The model's outputs, in the order of its weights: the three parts, every tone kind, then any tone. */
export const MODEL_OUTPUTS: readonly (RoadmapPart | ToneKind | typeof ANY_TONE)[] = [
  ...ROADMAP_PARTS,
  ...TONE_KINDS,
  ANY_TONE,
];
