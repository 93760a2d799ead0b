import { CHANNEL_TARGETS, SPOKEN_CHANNELS } from '../drafts';
import type { DraftChannel, LengthTarget } from '../drafts';
import { findPlaceholders } from '../placeholders';
import { countWords, foldCaseKeepingLength } from './text';
import type { LengthFinding, SubjectFinding } from './types';

/**
 * Why: a follow-up that is too long stops being read or listened to. The targets are CHANNEL_TARGETS
 * (sources in docs/COACH.md and research/mission-anchors.md, section d): email 50–125 words (Boomerang's
 * study of 40 million emails), voicemail 20–30 seconds, a call 30–90 seconds of script with an opener of
 * about 30–45 seconds (a heuristic; no study gives a number), a LinkedIn note 80–300 characters (LinkedIn's
 * own limit), a card 40–120 words. Speaking time is words ÷ pace × 60. A voicemail should give the phone
 * number twice, slowly; the check lives in the length message so the report keeps one shape.
 * Subjects of three or four words do best (the same study).
 */

export const DEFAULT_WORDS_PER_MINUTE = 150;
export const SUBJECT_WORDS = { min: 3, max: 4 } as const;

const UNIT_NAMES: Record<LengthTarget['unit'], string> = {
  words: 'words',
  seconds: 'seconds',
  characters: 'characters',
};
const PHONE = /\+?\d[\d \t().-]{5,}\d/g;
const MIN_PHONE_DIGITS = 7;
const PHONE_PLACEHOLDER = 'me.phone';

function roundTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

export function normalizeWordsPerMinute(wordsPerMinute: number): number {
  return Number.isFinite(wordsPerMinute) && wordsPerMinute > 0 ? wordsPerMinute : DEFAULT_WORDS_PER_MINUTE;
}

/** How many times the most repeated phone number (or the {{me.phone}} placeholder) appears; 0 if none. */
export function countPhoneRepeats(body: string): number {
  const counts = new Map<string, number>();
  for (const match of body.matchAll(PHONE)) {
    const digits = match[0].replace(/\D/g, '');
    if (digits.length >= MIN_PHONE_DIGITS) counts.set(digits, (counts.get(digits) ?? 0) + 1);
  }
  for (const placeholder of findPlaceholders(body)) {
    if (placeholder.name === PHONE_PLACEHOLDER) counts.set(PHONE_PLACEHOLDER, (counts.get(PHONE_PLACEHOLDER) ?? 0) + 1);
  }
  let most = 0;
  for (const count of counts.values()) most = Math.max(most, count);
  return most;
}

function describeRange(target: LengthTarget): string {
  return `${target.min}–${target.max} ${UNIT_NAMES[target.unit]}`;
}

function describeValue(value: number, target: LengthTarget, wordsPerMinute: number): string {
  if (target.unit === 'seconds') return `About ${Math.round(value)} s at ${wordsPerMinute} words a minute`;
  return `${value} ${UNIT_NAMES[target.unit]}`;
}

function describeVerdict(channel: DraftChannel, verdict: LengthFinding['verdict'], target: LengthTarget): string {
  const range = describeRange(target);
  if (verdict === 'ok') {
    if (channel === 'email') return `inside the ${range} that tend to get replies.`;
    if (channel === 'linkedin') return `inside LinkedIn's limit of ${target.max} characters.`;
    return `inside the ${range} to aim for.`;
  }
  if (verdict === 'short') {
    return `on the short side; aim for ${range}, with a sentence each for thanks, interest and the ask.`;
  }
  if (channel === 'linkedin') return `over LinkedIn's limit of ${target.max} characters; cut it down.`;
  return `longer than the ${range} to aim for; cut whatever is not thanks, interest or the ask.`;
}

function describeChannelTip(channel: DraftChannel, body: string): string {
  if (channel === 'call') {
    return ' Keep the opening to about 30–45 s (a rule of thumb) and expect the call itself to take 1–3 minutes.';
  }
  if (channel !== 'voicemail') return '';
  const repeats = countPhoneRepeats(body);
  if (repeats >= 2) return ' Your phone number is there twice: say it slowly both times.';
  if (repeats === 1) return ' Say your phone number twice, slowly: once in the middle and again at the end.';
  return ' Leave your phone number, said slowly, twice.';
}

/** Characters as a person counts them: a pair of UTF-16 surrogates is one (the same as `[...text].length`). */
function countCodePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    count += 1;
  }
  return count;
}

export function measureLength(
  body: string,
  normalized: string,
  channel: DraftChannel,
  wordsPerMinute: number,
): LengthFinding {
  const target = CHANNEL_TARGETS[channel];
  const pace = normalizeWordsPerMinute(wordsPerMinute);
  const words = countWords(normalized, SPOKEN_CHANNELS.includes(channel));
  const characters = countCodePoints(body.trim());
  const speakingSeconds = roundTenth((words / pace) * 60);
  const value = target.unit === 'words' ? words : target.unit === 'seconds' ? speakingSeconds : characters;
  const verdict = value < target.min ? 'short' : value > target.max ? 'long' : 'ok';
  const message =
    `${describeValue(value, target, pace)}: ${describeVerdict(channel, verdict, target)}` +
    describeChannelTip(channel, body);
  return { words, characters, speakingSeconds, target, value, verdict, message };
}

export function checkSubject(subject: string): SubjectFinding {
  const words = countWords(foldCaseKeepingLength(subject));
  const unfilled = findPlaceholders(subject).length > 0 ? ' It still has a placeholder to fill in.' : '';
  if (words === 0) {
    return { words, verdict: 'missing', message: 'Add a subject of three or four words, such as "Thank you, Sam".' };
  }
  if (words < SUBJECT_WORDS.min) {
    return {
      words,
      verdict: 'short',
      message: `${words === 1 ? 'One word' : 'Two words'}: a little terse; three or four words do best.${unfilled}`,
    };
  }
  if (words > SUBJECT_WORDS.max) {
    return {
      words,
      verdict: 'long',
      message: `${words} words: subjects of three or four words do best; trim it.${unfilled}`,
    };
  }
  return { words, verdict: 'ok', message: `${words} words: a good length for a subject.${unfilled}` };
}
