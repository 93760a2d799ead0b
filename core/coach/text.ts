import type { DraftChannel } from '../drafts';
import { SPOKEN_CHANNELS } from '../drafts';
import { findPlaceholders } from '../placeholders';

/**
 * Why: the coach matches its cue patterns on a copy of the body that keeps every offset of the original,
 * so a finding can point back at the exact text. The copy is lower-cased with plain apostrophes, and:
 * - each unfilled placeholder becomes a run of "x" (one word, standing for the value to come);
 * - a line written in capitals on its own (a call script's "OPENER", "THANKS") is blanked: it is a
 *   heading, never said or sent;
 * - in a spoken channel, [square-bracketed] text is blanked: it is a cue for the speaker ("[slowly]").
 *   In a written channel the brackets mark words still to be replaced, which will be sent, so they stay.
 * Word counts use the same copy, so what is counted and what is analysed never disagree.
 */

const APOSTROPHES = /[\u2018\u2019\u02bc\u2032`]/g;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const STAGE_DIRECTION = /\[[^\]\n]*\]/g;
const WORD = /[\p{L}\p{N}]+(?:['.\-/&@+][\p{L}\p{N}]+)*/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MAX_HEADING_WORDS = 6;
const MAX_HEADING_CHARS = 80;

export function foldCaseKeepingLength(text: string): string {
  const lowered = text.replace(APOSTROPHES, "'").toLowerCase();
  if (lowered.length === text.length) return lowered;
  let out = '';
  for (const ch of text) {
    const low = ch.toLowerCase();
    out += low.length === ch.length ? low : ch;
  }
  return out.replace(APOSTROPHES, "'");
}

function isHeading(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '' || LOWER.test(trimmed) || !UPPER.test(trimmed) || /[.!?,;:]$/.test(trimmed)) return false;
  if (trimmed.includes('{{')) return false;
  const words = trimmed.match(WORD) ?? [];
  return words.length <= MAX_HEADING_WORDS;
}

/** Same length as the body: lower case, apostrophes unified, placeholders and unsaid parts masked. */
export function prepareText(body: string, channel: DraftChannel): string {
  const masks: { start: number; end: number; fill: string }[] = [];
  for (const { start, end } of findPlaceholders(body)) masks.push({ start, end, fill: 'x' });
  let lineStart = 0;
  while (lineStart <= body.length) {
    const newline = body.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? body.length : newline;
    if (lineEnd - lineStart <= MAX_HEADING_CHARS && isHeading(body.slice(lineStart, lineEnd))) {
      masks.push({ start: lineStart, end: lineEnd, fill: ' ' });
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (SPOKEN_CHANNELS.includes(channel)) {
    for (const match of body.matchAll(STAGE_DIRECTION)) {
      masks.push({ start: match.index, end: match.index + match[0].length, fill: ' ' });
    }
  }
  const lowered = foldCaseKeepingLength(body);
  if (masks.length === 0) return lowered;
  masks.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const mask of masks) {
    if (mask.end <= at) continue;
    const from = Math.max(mask.start, at);
    out += lowered.slice(at, from) + lowered.slice(from, mask.end).replace(/[^\n]/g, mask.fill);
    at = mask.end;
  }
  return out + lowered.slice(at);
}

const MIN_SPOKEN_DIGITS = 3;

function isWordCode(code: number, ch: string): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return LETTER_OR_DIGIT.test(ch);
}

function isJoiner(ch: string): boolean {
  return ch === "'" || ch === '.' || ch === '-' || ch === '/' || ch === '&' || ch === '@' || ch === '+';
}

/**
 * Words as the coach counts them: runs of letters or digits, joined by an apostrophe, hyphen, dot,
 * slash, "&", "@" or "+" ("don't", "follow-up", "sam@acme.com" are one word each). A placeholder is one
 * word. When `spoken`, a number of three or more digits counts one word per digit, since each is said
 * ("555-201-3344" takes as long to say as ten words).
 */
export function countWords(normalized: string, spoken = false): number {
  let count = 0;
  let i = 0;
  const n = normalized.length;
  while (i < n) {
    if (!isWordCode(normalized.charCodeAt(i), normalized[i]!)) {
      i += 1;
      continue;
    }
    let digits = 0;
    let letters = 0;
    while (i < n) {
      const code = normalized.charCodeAt(i);
      if (isWordCode(code, normalized[i]!)) {
        if (code >= 48 && code <= 57) digits += 1;
        else letters += 1;
        i += 1;
      } else if (
        isJoiner(normalized[i]!) &&
        i + 1 < n &&
        isWordCode(normalized.charCodeAt(i + 1), normalized[i + 1]!)
      ) {
        i += 1;
      } else {
        break;
      }
    }
    count += spoken && letters === 0 && digits >= MIN_SPOKEN_DIGITS ? digits : 1;
  }
  return count;
}
