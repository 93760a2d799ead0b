/**
 * Why: the coach must explain itself and run on every keystroke, so its judgement is a list of plain,
 * weighted phrase patterns rather than a model. A cue is a regular expression over the prepared text
 * (lower case, plain apostrophes) that must start and end at a word edge, with a weight. All the cues
 * of one list are compiled once, at module load, into a single scan (a look-ahead per position, so
 * overlapping cues are all found); that is what keeps a 1,000-word draft well under 2 ms.
 * A cue found right after a negation in the same clause ("I don't want to stay in touch", "I no longer
 * want to work there", "I used to want…") does not count, unless the cue spells the negation out
 * itself ("don't hesitate to get in touch").
 */

export interface CueSpec {
  /** A regular-expression source over lower-case text with plain apostrophes; no capturing groups. */
  pattern: string;
  /** 1 is enough on its own; smaller weights must add up to 1 within one sentence. */
  weight?: number;
  /** False when the pattern already contains its own negation, or must count even after one. */
  negatable?: boolean;
}

export interface Cue {
  id: number;
  weight: number;
  negatable: boolean;
  /** The cue alone, anchored where it is tried. */
  sticky: RegExp;
  /** Its pattern, as written. */
  pattern: string;
}

export interface CueSet {
  cues: Cue[];
  scan: RegExp;
  /**
   * `rest[i]`: the cues from i on as one sticky alternation with a group each, compiled on first use.
   * Where the scan found cue i, `rest[i + 1]` finds the next cue that also matches there in one run,
   * rather than one run per remaining cue.
   */
  rest: (RegExp | undefined)[];
}

export interface CueMatch {
  cue: Cue;
  start: number;
  end: number;
}

const WORD_END = '(?![a-z0-9])';

/** One pattern from alternatives, so long cue lists stay readable. */
export function anyOf(...alternatives: string[]): string {
  return alternatives.join('|');
}

function countCapturingGroups(pattern: string): number {
  return (new RegExp(`${pattern}|`).exec('')?.length ?? 1) - 1;
}

export function compileCues(specs: readonly CueSpec[]): CueSet {
  for (const spec of specs) {
    if (countCapturingGroups(spec.pattern) > 0) throw new Error(`Cue has a capturing group: ${spec.pattern}`);
  }
  const cues = specs.map((spec, id) => ({
    id,
    weight: spec.weight ?? 1,
    negatable: spec.negatable ?? true,
    sticky: new RegExp(`(?:${spec.pattern})${WORD_END}`, 'y'),
    pattern: spec.pattern,
  }));
  const alternatives = specs.map((spec) => `(${spec.pattern})${WORD_END}`).join('|');
  return { cues, scan: new RegExp(`\\b(?<![a-z0-9'])(?=${alternatives})`, 'g'), rest: [] };
}

function restOf(set: CueSet, from: number): RegExp {
  let found = set.rest[from];
  if (found === undefined) {
    const alternatives = set.cues.slice(from).map((cue) => `(${cue.pattern})${WORD_END}`);
    found = new RegExp(alternatives.join('|'), 'y');
    set.rest[from] = found;
  }
  return found;
}

export function findCueMatches(text: string, set: CueSet): CueMatch[] {
  const matches: CueMatch[] = [];
  const { cues, scan } = set;
  scan.lastIndex = 0;
  for (let match = scan.exec(text); match !== null; match = scan.exec(text)) {
    const start = match.index;
    let first = 1;
    while (match[first] === undefined) first += 1;
    matches.push({ cue: cues[first - 1]!, start, end: start + match[first]!.length });
    // The other cues that also match here, in order: each run of `rest` finds the next one.
    for (let from = first; from < cues.length;) {
      const rest = restOf(set, from);
      rest.lastIndex = start;
      const found = rest.exec(text);
      if (found === null) break;
      let group = 1;
      while (found[group] === undefined) group += 1;
      const cue = cues[from + group - 1]!;
      matches.push({ cue, start, end: start + found[group]!.length });
      from = cue.id + 1;
    }
    scan.lastIndex = start + 1;
  }
  return matches;
}

const NEGATORS = new Set([
  'not',
  'no',
  'never',
  "don't",
  'dont',
  "doesn't",
  "didn't",
  "won't",
  "wouldn't",
  "can't",
  'cannot',
  "couldn't",
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "haven't",
  "hasn't",
  "shouldn't",
  'hardly',
  'barely',
  'nor',
  'neither',
  'without',
  'nobody',
]);
const CLAUSE_WORDS = new Set(['but', 'and', 'so', 'though', 'although', 'yet', 'because', 'while', 'whereas']);
const CLAUSE_MARKS = ',;:()\u2014\u2013.!?';
const NEGATION_WINDOW_WORDS = 6;

function isWordChar(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch === "'";
}

/** True when a negation sits among the few words before `start`, in the same clause. */
export function isNegated(text: string, start: number, floor: number): boolean {
  const words: string[] = [];
  let i = start - 1;
  while (i >= floor && words.length <= NEGATION_WINDOW_WORDS) {
    const ch = text[i]!;
    if (CLAUSE_MARKS.includes(ch)) break;
    if (ch === '-' && text[i - 1] === ' ' && text[i + 1] === ' ') break;
    if (!isWordChar(ch)) {
      i -= 1;
      continue;
    }
    const end = i + 1;
    while (i >= floor && isWordChar(text[i]!)) i -= 1;
    const word = text.slice(i + 1, end);
    if (CLAUSE_WORDS.has(word)) break;
    words.push(word);
  }
  for (let w = 0; w < words.length; w += 1) {
    const word = words[w]!;
    if (w < NEGATION_WINDOW_WORDS && NEGATORS.has(word)) return true;
    if (word === 'to' && words[w + 1] === 'used') return true;
  }
  return false;
}
