import { COACH_MODEL } from './model-weights';
import { PART_CUES } from './part-cues';
import type { RoadmapPart } from './types';

/**
 * Why: the speech recogniser (core/rehearsal/speech-grammar.ts) listens for short phrases, and should
 * listen for the same ways of saying each part that the coach knows. This is that inventory, as plain
 * lower-case phrases: every fixed wording the phrase lists in part-cues.ts spell out (alternatives and
 * optional words expanded; wordings with an open slot such as "the next ___ role" left out, since a
 * recogniser needs every word), then the word pairs and triples that weigh most for the part in the
 * trained model (written into model-weights.ts by scripts/train-coach.mjs). Deterministic and sorted.
 */

/** At most this many wordings from one cue, so a cue with many optional words cannot explode. */
const MAX_PER_CUE = 400;
const MAX_WORDS = 8;

type Node = { kind: 'text'; text: string } | { kind: 'alt'; options: Node[][]; optional: boolean };

/** Parses the subset of regular-expression syntax the cue lists use; anything open-ended becomes a slot. */
function parse(pattern: string): Node[] {
  let i = 0;
  const SLOT = '\u0000';
  function sequence(): Node[][] {
    const options: Node[][] = [[]];
    while (i < pattern.length) {
      const ch = pattern[i]!;
      if (ch === ')') break;
      if (ch === '|') {
        i += 1;
        options.push([]);
        continue;
      }
      let node: Node;
      if (ch === '(') {
        if (pattern.startsWith('(?=', i) || pattern.startsWith('(?!', i)) {
          skipGroup(3);
          continue;
        }
        if (pattern.startsWith('(?<=', i) || pattern.startsWith('(?<!', i)) {
          skipGroup(4);
          continue;
        }
        i += pattern.startsWith('(?:', i) ? 3 : 1;
        const inner = sequence();
        i += 1;
        node = { kind: 'alt', options: inner, optional: false };
      } else if (ch === '[') {
        const end = pattern.indexOf(']', i);
        i = end + 1;
        node = { kind: 'text', text: SLOT };
      } else if (ch === '\\') {
        const next = pattern[i + 1] ?? '';
        i += 2;
        node = { kind: 'text', text: next === 's' ? ' ' : next === 'b' ? '' : /[a-z]/i.test(next) ? SLOT : next };
      } else if (ch === '.') {
        i += 1;
        node = { kind: 'text', text: SLOT };
      } else if (ch === '^' || ch === '$') {
        i += 1;
        continue;
      } else {
        i += 1;
        node = { kind: 'text', text: ch };
      }
      const quantifier = /^(?:\?|\*|\+|\{(\d+),?(\d*)\})\??/.exec(pattern.slice(i));
      if (quantifier) {
        i += quantifier[0].length;
        const q = quantifier[0][0];
        const min = q === '{' ? Number(quantifier[1]) : q === '+' ? 1 : 0;
        const open = q === '*' || q === '+' || (q === '{' && quantifier[2] !== '' && Number(quantifier[2]) > 1);
        if (node.kind === 'text' && node.text.length === 1 && node.text !== ' ' && open)
          node = { kind: 'text', text: SLOT };
        else if (min === 0) node = { kind: 'alt', options: [[node]], optional: true };
      }
      options[options.length - 1]!.push(node);
    }
    return options;
  }
  function skipGroup(open: number) {
    let depth = 1;
    i += open;
    while (i < pattern.length && depth > 0) {
      if (pattern[i] === '\\') i += 1;
      else if (pattern[i] === '(') depth += 1;
      else if (pattern[i] === ')') depth -= 1;
      i += 1;
    }
  }
  return [{ kind: 'alt', options: sequence(), optional: false }];
}

function expand(nodes: readonly Node[], limit: number): string[] {
  let results = [''];
  for (const node of nodes) {
    if (node.kind === 'text') {
      results = results.map((r) => r + node.text);
      continue;
    }
    const choices = node.options.flatMap((option) => expand(option, limit));
    if (node.optional) choices.push('');
    const next: string[] = [];
    for (const r of results) {
      for (const c of choices) {
        if (next.length >= limit) break;
        next.push(r + c);
      }
    }
    results = next;
  }
  return results;
}

const WORDING = /^[a-z][a-z']*(?: [a-z']+)*$/;

/** Fixed wordings a cue pattern spells out, without open slots. */
export function expandCue(pattern: string): string[] {
  const found = new Set<string>();
  for (const raw of expand(parse(pattern), MAX_PER_CUE)) {
    if (raw.includes('\u0000')) continue;
    const text = raw.replace(/\s+/g, ' ').trim();
    if (WORDING.test(text) && text.split(' ').length <= MAX_WORDS) found.add(text);
  }
  return [...found];
}

let inventory: Record<RoadmapPart, readonly string[]> | null = null;

/**
 * Every way of saying each part that the coach knows as a phrase: the phrase lists' fixed wordings,
 * then the model's strongest word pairs and triples for the part. Computed once.
 */
export function coachPhraseInventory(): Readonly<Record<RoadmapPart, readonly string[]>> {
  if (inventory) return inventory;
  const built = {} as Record<RoadmapPart, readonly string[]>;
  for (const part of Object.keys(PART_CUES) as RoadmapPart[]) {
    const phrases = new Set<string>();
    for (const cue of PART_CUES[part]) for (const phrase of expandCue(cue.pattern)) phrases.add(phrase);
    for (const phrase of COACH_MODEL.phrases[part]) phrases.add(phrase);
    built[part] = [...phrases].sort();
  }
  inventory = built;
  return built;
}
