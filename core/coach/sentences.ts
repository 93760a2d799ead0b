/**
 * Why: every part the coach finds is shown as the sentence that satisfied it, so sentences must be cut
 * where a reader would cut them, and keep their offsets into the body. A sentence ends at . ! ? or …
 * followed by a space (not after "Mr.", "e.g." or an initial such as "J."), at a blank line, and
 * at a line break unless the next line carries on in lower case (text wrapped by hand). One pass, no
 * look-back beyond the current word.
 */

export interface Sentence {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'eg',
  'ie',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'approx',
  'a.m',
  'p.m',
  'no',
  'tel',
  'ext',
]);

const TERMINAL = new Set(['.', '!', '?', '\u2026']);
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '*', '_']);

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n' || ch === '\u00a0';
}

function isLowerLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text[i])) i += 1;
  return i;
}

function readWordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1] ?? '')) i -= 1;
  return text.slice(i, dot).toLowerCase();
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = readWordBefore(text, dot);
  if (word === '') return false;
  if (ABBREVIATIONS.has(word)) return true;
  return word.length === 1 && /[a-z]/.test(word) && text[dot - 1] === text[dot - 1]?.toUpperCase();
}

const CANDIDATE = /[.!?\u2026\n\u2600-\u27bf\u{1f000}-\u{1faff}]/gu;
/** An emoji, its variation selector, joiner or skin tone: one picture, however many code points. */
const PICTURE_PART = /^(?:[\u2600-\u27bf\u{1f000}-\u{1faff}]|\ufe0f|\u200d)/u;

function isUpperLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s])) s += 1;
    while (e > s && isSpace(text[e - 1])) e -= 1;
    if (e > s) sentences.push({ start: s, end: e });
  };

  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match !== null; match = CANDIDATE.exec(text)) {
    const i = match.index;
    if (text[i] === '\n') {
      const next = skipSpaces(text, i + 1);
      const blankLine = text.slice(i + 1, next).includes('\n');
      if (blankLine || next >= text.length || !isLowerLetter(text[next])) {
        push(i);
        start = next;
      }
      CANDIDATE.lastIndex = next;
      continue;
    }
    if (match[0].length > 1 || !TERMINAL.has(match[0])) {
      // An emoji ends a sentence when a capital starts the next one ("…a four-week wait 😄 Anyway, …").
      let j = i + match[0].length;
      for (
        let part = PICTURE_PART.exec(text.slice(j, j + 2));
        part !== null;
        part = PICTURE_PART.exec(text.slice(j, j + 2))
      ) {
        j += part[0].length;
      }
      const next = skipSpaces(text, j);
      if (next > j && isUpperLetter(text[next])) {
        push(j);
        start = j;
      }
      CANDIDATE.lastIndex = j;
      continue;
    }
    let j = i + 1;
    while (j < text.length && (TERMINAL.has(text[j]!) || CLOSERS.has(text[j]!))) j += 1;
    if (j >= text.length || isSpace(text[j])) {
      const abbreviation = text[i] === '.' && j === i + 1 && isAbbreviation(text, i);
      if (!abbreviation) {
        push(j);
        start = j;
      }
    }
    CANDIDATE.lastIndex = j;
  }
  push(text.length);
  return sentences;
}

/** Index of the sentence that contains `offset` (or the last one that starts before it). */
export function findSentenceIndex(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sentences[mid]!.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
