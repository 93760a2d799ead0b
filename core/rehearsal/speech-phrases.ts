import { analyzeDraft } from '../coach/analyze';
import { PART_CUES } from '../coach/part-cues';
import type { CueSpec } from '../coach/cues';
import { ROADMAP_PARTS, type RoadmapPart } from '../coach/types';

/**
 * The one place the recogniser takes its phrases from: every way of saying a part that the coach knows,
 * as plain word sequences a speech grammar can hold. The coach recognises parts with regular
 * expressions (core/coach/part-cues.ts); the recogniser needs finite phrases, so `coachPhrases()`
 * expands each cue whose language is small and finite (literal words, `(?:a|b)` choices, optional `?`
 * pieces; look-arounds dropped, since the coach checks context again when it scores the heard text).
 * Cues with open-ended pieces (`[a-z]+`, `{0,4}`) cannot be listed and are left to the spoken phrases.
 *
 * When the coach exports its own per-part phrase inventory, pass it to `speechPhrases(inventory)` (or
 * make `coachPhrases` return it): nothing else in the recogniser changes.
 */
export type PhraseInventory = Record<RoadmapPart, readonly string[]>;

/** Phrases people say aloud on a call, in everyday wording (Someday's own), always listened for. */
export const SPOKEN_PHRASES: PhraseInventory = {
  gratitude: [
    'thank you',
    'thanks',
    'thank you for your time',
    'thank you for letting me know',
    'i appreciate',
    'grateful',
  ],
  sincerity: [
    'still interested',
    'still keen',
    'still love to work',
    'love to work there',
    'love to work with you',
    'enjoyed meeting',
    'really enjoyed',
    'still excited',
  ],
  connection: [
    'stay in touch',
    'in touch',
    'keep in touch',
    'stay on your radar',
    'future openings',
    'future roles',
    'reach out',
    'keep me in mind',
    'hear from you',
  ],
};

/** A grammar with many long phrases is slow and hears them where they are not: keep each part's list short. */
export const MAX_PHRASES_PER_PART = 24;
const MAX_EXPANSIONS = 48;
const MAX_WORDS = 6;

/** Removes look-arounds ((?<!…), (?<=…), (?!…), (?=…)), balanced parentheses included. */
function dropLookarounds(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '(' && /^\(\?(?:<!|<=|!|=)/.test(pattern.slice(i, i + 4))) {
      let depth = 0;
      for (; i < pattern.length; i++) {
        if (pattern[i] === '\\') i++;
        else if (pattern[i] === '(') depth++;
        else if (pattern[i] === ')' && --depth === 0) break;
      }
      continue;
    }
    out += pattern[i];
  }
  return out;
}

/**
 * Every string a small regular expression matches, or null when it is not a finite list of at most
 * MAX_EXPANSIONS strings made of literal characters, groups, alternation and `?`.
 */
export function expandPattern(pattern: string): string[] | null {
  const source = dropLookarounds(pattern);
  let at = 0;
  const cap = (list: string[]) => (list.length > MAX_EXPANSIONS ? null : list);

  function alternatives(): string[] | null {
    const all: string[] = [];
    for (;;) {
      const one = sequence();
      if (!one) return null;
      all.push(...one);
      if (all.length > MAX_EXPANSIONS) return null;
      if (source[at] !== '|') return all;
      at++;
    }
  }

  function sequence(): string[] | null {
    let results = [''];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      let piece: string[] | null;
      const char = source[at]!;
      if (char === '(') {
        at += source.startsWith('(?:', at) ? 3 : 1;
        piece = alternatives();
        if (!piece || source[at] !== ')') return null;
        at++;
      } else if (/[a-z' ]/.test(char)) {
        piece = [char];
        at++;
      } else {
        return null;
      }
      if (source[at] === '?') {
        piece = [...piece, ''];
        at++;
      }
      if (/[*+{]/.test(source[at] ?? '')) return null;
      const next = cap(results.flatMap((prefix) => piece!.map((suffix) => prefix + suffix)));
      if (!next) return null;
      results = next;
    }
    return results;
  }

  const list = alternatives();
  if (!list || at !== source.length) return null;
  return list.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The coach's ways of saying each part, as phrases (cues strong enough on their own, weight 1). */
export function coachPhrases(cues: Record<RoadmapPart, readonly CueSpec[]> = PART_CUES): PhraseInventory {
  return Object.fromEntries(
    ROADMAP_PARTS.map((part) => [
      part,
      cues[part]
        .filter((cue) => (cue.weight ?? 1) >= 1)
        .flatMap((cue) => expandPattern(cue.pattern) ?? [])
        .filter((phrase) => phrase.split(' ').length <= MAX_WORDS),
    ]),
  ) as unknown as PhraseInventory;
}

/**
 * True when the coach, given the phrase alone as an answer, finds this part in it. What the recogniser
 * hears becomes the answer text the coach scores, so a phrase the coach would not count is no use.
 */
export function coachAccepts(part: RoadmapPart, phrase: string): boolean {
  const body = `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.`;
  return analyzeDraft({ channel: 'call', subject: '', body, contact: null, wordsPerMinute: 150 }).parts[part].found;
}

/**
 * The phrases the recogniser listens for, per part: Someday's spoken phrases first, then the coach's that
 * the coach accepts on their own, shortest first (short phrases are heard more reliably), without
 * repeats, at most MAX_PHRASES_PER_PART.
 */
export function speechPhrases(
  inventory: PhraseInventory = coachPhrases(),
  accepts: (part: RoadmapPart, phrase: string) => boolean = coachAccepts,
): PhraseInventory {
  return Object.fromEntries(
    ROADMAP_PARTS.map((part) => {
      const fromCoach = [...inventory[part]]
        .filter((phrase) => accepts(part, phrase))
        .sort((a, b) => a.split(' ').length - b.split(' ').length);
      const unique = [...new Set([...SPOKEN_PHRASES[part], ...fromCoach].map((phrase) => phrase.trim()))];
      return [part, unique.filter(Boolean).slice(0, MAX_PHRASES_PER_PART)];
    }),
  ) as unknown as PhraseInventory;
}
