import { analyzeDraft } from '../coach/analyze';
import { coachPhraseInventory } from '../coach/phrases';
import { ROADMAP_PARTS, type RoadmapPart } from '../coach/types';

/**
 * The one place the recogniser takes its phrases from: the coach's own phrase inventory
 * (`coachPhraseInventory()` in core/coach/phrases.ts: its phrase lists' fixed wordings and its model's
 * strongest phrases), kept only where the coach accepts the phrase alone, after Someday's spoken phrases.
 * Another inventory can be passed to `speechPhrases(inventory)`; nothing else in the recogniser changes.
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
  inventory: PhraseInventory = coachPhraseInventory(),
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
