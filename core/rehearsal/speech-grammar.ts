import type { RoadmapPart } from '../coach/types';
import { speechPhrases, type PhraseInventory } from './speech-phrases';

/**
 * What the local recogniser listens for when a rehearsal answer is spoken. SoundSwallower has no
 * dictation, only grammars, so Someday builds a keyword-spotting grammar: short phrases for the three
 * parts (thanks, still keen, stay in touch), phrases from the person's own script, and a loop of common
 * words that soaks up everything else. Every word must be in the model's pronouncing dictionary (there
 * is no letter-to-sound rule), so numbers are spelled out and any other unknown word is dropped. Pure
 * and deterministic: the same script and dictionary always give the same grammar.
 */

export type PhraseSource = 'part' | 'script';

export interface SpotPhrase {
  /** Lower-case words separated by single spaces, each one in the dictionary. */
  text: string;
  /** The part this phrase shows, or null for a script phrase that carries none. */
  part: RoadmapPart | null;
  source: PhraseSource;
}

export interface SpeechGrammar {
  phrases: SpotPhrase[];
  /** Every word the grammar can produce, sorted. */
  words: string[];
  /** Words of the script that the dictionary does not know and were left out. */
  dropped: string[];
  jsgf: string;
}

/**
 * Phrases for the three parts: one inventory shared with the coach, through speech-phrases.ts
 * (`speechPhrases()`), so every way of saying a part the coach knows is one the recogniser listens for.
 */
export const PART_PHRASES: PhraseInventory = speechPhrases();

/** Words that show which part a script phrase carries (the same idea as the cue card's). */
const PART_WORDS: Record<RoadmapPart, RegExp> = {
  gratitude: /\b(thank|thanks|grateful|appreciate|appreciated)\b/,
  sincerity: /\b(still|love|keen|excited|inspired|inspiring|want|admire|enjoyed)\b/,
  connection: /\b(radar|touch|connected|future|openings?|considered|stay|hear|reach)\b/,
};

const PART_ORDER: readonly RoadmapPart[] = ['gratitude', 'sincerity', 'connection'];

/** Common words for the garbage loop: they let the decoder follow talk that is not a phrase. */
const COMMON_WORDS: readonly string[] = (
  'a about after again all also am an and any are as at back be because been but by call can could day did do ' +
  'for from get go good had has have he hello her hi him his how i if in is it just know last let like little ' +
  'look make me more much my no not now of oh okay on one only or other our out over people please really right ' +
  'said say see she so some still sure take team than that the their them then there these they thing think this ' +
  'time to today two up us very want was way we week well were what when which while who will with work would ' +
  'year yes you your'
).split(' ');

const FILLERS = ['um', 'uh'];

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Spells a whole number below a thousand ("42" → "forty two"); larger numbers are read digit by digit. */
export function spellNumber(digits: string): string[] {
  const value = Number(digits);
  if (!Number.isInteger(value) || value >= 1000) return [...digits].map((digit) => ONES[Number(digit)]!);
  const words: string[] = [];
  let rest = value;
  if (rest >= 100) {
    words.push(ONES[Math.floor(rest / 100)]!, 'hundred');
    rest %= 100;
    if (rest === 0) return words;
  }
  if (rest >= 20) {
    words.push(TENS[Math.floor(rest / 10)]!);
    if (rest % 10) words.push(ONES[rest % 10]!);
  } else if (rest > 0 || words.length === 0) {
    words.push(ONES[rest]!);
  }
  return words;
}

/** Lower-case dictionary-style words: curly apostrophes straightened, numbers spelled, punctuation gone. */
export function speechWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\[[^\]]*\]|\{\{[^}]*\}\}/g, ' ')
    .split(/[^a-z0-9']+/)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter(Boolean)
    .flatMap((word) => (/^\d+$/.test(word) ? spellNumber(word) : [word]));
}

function sentencesOf(script: string): string[] {
  return script
    .replace(/\[[^\]]*\]|\{\{[^}]*\}\}/g, ' ')
    .split(/(?<=[.!?])\s+|\n+/)
    .flatMap((sentence) => sentence.split(/[,;:—–]\s+/))
    .map((clause) => clause.trim())
    .filter(Boolean);
}

/** Up to five words of a clause around the first word that carries a part, or null if none does. */
function scriptPhrase(words: string[], part: RoadmapPart): string[] | null {
  const at = words.findIndex((word) => PART_WORDS[part].test(word));
  if (at < 0) return null;
  const start = Math.max(0, Math.min(at - 1, words.length - 5));
  return words.slice(start, start + 5);
}

export const MAX_SCRIPT_PHRASES = 9;
/** How much likelier a phrase is than a loop word, in the grammar. */
export const PHRASE_WEIGHT = 10;
const MIN_PHRASE_WORDS = 2;

/**
 * Builds the spotting grammar. `known(word)` says whether the model's dictionary has the word
 * (in the app, the decoder's `lookup_word`; in tests, the dictionary file).
 */
export function buildSpeechGrammar(
  script: string,
  known: (word: string) => boolean,
  inventory: PhraseInventory = PART_PHRASES,
  phraseWeight = PHRASE_WEIGHT,
): SpeechGrammar {
  const phrases: SpotPhrase[] = [];
  const seen = new Set<string>();
  const dropped = new Set<string>();
  const add = (words: string[], part: RoadmapPart | null, source: PhraseSource) => {
    const kept = words.filter((word) => {
      if (known(word)) return true;
      dropped.add(word);
      return false;
    });
    const text = kept.join(' ');
    if (kept.length === 0 || seen.has(text)) return;
    if (source === 'script' && kept.length < MIN_PHRASE_WORDS) return;
    seen.add(text);
    phrases.push({ text, part, source });
  };

  // A part phrase with a word the dictionary lacks is left out whole: half a phrase would be heard
  // where it was never said.
  for (const part of PART_ORDER) {
    for (const phrase of inventory[part]) {
      const words = speechWords(phrase);
      if (words.every(known)) add(words, part, 'part');
    }
  }
  let fromScript = 0;
  for (const clause of sentencesOf(script)) {
    if (fromScript >= MAX_SCRIPT_PHRASES) break;
    const words = speechWords(clause);
    for (const part of PART_ORDER) {
      const picked = scriptPhrase(words, part);
      if (!picked) continue;
      const before = phrases.length;
      add(picked, part, 'script');
      if (phrases.length > before) fromScript += 1;
      break;
    }
  }
  // Words the person says in their own script can only be dropped if unknown to the dictionary.
  for (const part of PART_ORDER) {
    for (const phrase of inventory[part]) for (const word of speechWords(phrase)) dropped.delete(word);
  }

  const loop = new Set<string>();
  for (const word of COMMON_WORDS) if (known(word)) loop.add(word);
  for (const phrase of phrases) for (const word of phrase.text.split(' ')) loop.add(word);
  const fillers = FILLERS.filter(known);
  const words = [...new Set([...loop, ...fillers])].sort();
  const jsgf = [
    '#JSGF V1.0;',
    'grammar someday;',
    `public <utt> = ( <phrase> ${fillers.length ? '| <filler> ' : ''}| <word> )*;`,
    `<phrase> = ${phrases.map((phrase) => `/${phraseWeight}/ ( ${phrase.text} )`).join(' | ')};`,
    fillers.length ? `<filler> = ${fillers.join(' | ')};` : '',
    `<word> = ${[...loop].sort().join(' | ')};`,
    '',
  ]
    .filter((line, index, all) => line !== '' || index === all.length - 1)
    .join('\n');
  return { phrases, words, dropped: [...dropped].sort(), jsgf };
}

export interface SpotResult {
  /** The phrases heard, in the order of the grammar. */
  spotted: SpotPhrase[];
  parts: RoadmapPart[];
  /** Words the recogniser heard, fillers left out: the basis for an estimated pace. */
  wordCount: number;
  /** An answer text for the coach: one sentence per part or script phrase heard. */
  text: string;
}

function containsPhrase(words: string[], phrase: string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((word, j) => words[i + j] === word)) return true;
  }
  return false;
}

/**
 * Reads a recogniser hypothesis against the grammar's phrases (fillers are stripped first). `more` are
 * hypotheses of overlapping pieces of the same answer: a phrase heard in any of them counts; the word
 * count comes from the whole answer's hypothesis.
 */
export function spotPhrases(
  hypothesis: string,
  grammar: Pick<SpeechGrammar, 'phrases'>,
  more: readonly string[] = [],
): SpotResult {
  const wordsOf = (text: string) =>
    speechWords(text.replace(/\(\d+\)/g, ' ')).filter((word) => !FILLERS.includes(word));
  const words = wordsOf(hypothesis);
  const all = [words, ...more.map(wordsOf)];
  const spotted = grammar.phrases.filter((phrase) =>
    all.some((heard) => containsPhrase(heard, phrase.text.split(' '))),
  );
  // A short phrase inside a longer one heard ("thank you" in "thank you for your time") adds nothing.
  const kept = spotted.filter(
    (phrase) =>
      !spotted.some(
        (other) =>
          other !== phrase && other.text.length > phrase.text.length && ` ${other.text} `.includes(` ${phrase.text} `),
      ),
  );
  const parts = PART_ORDER.filter((part) => kept.some((phrase) => phrase.part === part));
  const text = kept.map((phrase) => `${phrase.text.charAt(0).toUpperCase()}${phrase.text.slice(1)}.`).join(' ');
  return { spotted: kept, parts, wordCount: words.length, text };
}
