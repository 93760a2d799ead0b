import { findPlaceholders } from '../placeholders';
import { SPOKEN_CHANNELS } from '../drafts';
import { analyzeDraft } from './analyze';
import { HEDGE_CUES } from './tone-cues';
import { splitSentences } from './sentences';
import type { Sentence } from './sentences';
import type { CoachInput, CoachReport, RoadmapPart, ToneFlag, ToneKind } from './types';
import { ROADMAP_PARTS } from './types';

/**
 * Why: a flag says what is wrong; the person also needs the warmer sentence. For each tone flag the
 * coach offers a rewrite of the flagged sentence, and for each missing part a sentence to insert,
 * filled from the contact and the person's own name. Nothing is applied without a click (the editor
 * does that, as one step that Undo takes back). Every suggestion is checked by the coach itself
 * before it is offered: applied to the draft, it must clear the flag or supply the part, raise no
 * tone flag the draft did not already have, and leave no placeholder. One that fails is not offered.
 *
 * The rewrites are written sentences, not generated ones: hedges and apologies are taken out of the
 * sentence itself; a sentence with blame, scorn, sarcasm, a needle, guilt, pleading, an appeal or a
 * put-down is replaced by a calm sentence that keeps what it was about (disappointment, wanting the
 * job, wanting another chance later, working on a weakness) and drops the sting.
 */

export interface SuggestionContext {
  contact: { name: string; company: string; highlight: string } | null;
  /** The person's own name from Settings, or '' when not set. */
  myName: string;
}

export interface CoachSuggestion {
  /** Stable while the draft does not change: the kind of fix and where it applies. */
  id: string;
  /** What it answers: a tone flag's kind, or a missing part. */
  target: ToneKind | RoadmapPart;
  action: 'rewrite' | 'insert';
  /** The text of the body to replace ([start, end) is empty for an insert). */
  start: number;
  end: number;
  /** The new text, spacing included. */
  text: string;
  /** The sentence as it reads on its own, for the panel. */
  preview: string;
}

/** Suggestions are worked out only for drafts up to this many characters (each is checked by a full analysis). */
export const MAX_SUGGESTION_BODY = 20_000;

const CALM: Record<Exclude<ToneKind, 'hedging' | 'over-apology'>, readonly string[]> = {
  bitterness: ['I was disappointed by the news, and I respect the decision.', 'I was sorry it did not work out.'],
  blame: ['I was disappointed by the news, and I respect the decision.', 'I understand it was a difficult choice.'],
  contempt: ['I hope the new person settles in well.', 'I understand the decision.'],
  sarcasm: ['I was disappointed by the news, and I understand the decision.', 'I understand the decision.'],
  'passive-aggression': ['I understand the decision.', 'I respect the decision.'],
  'guilt-tripping': ['This role mattered a lot to me, and I understand the decision.', 'I understand the decision.'],
  oversharing: ['The news was hard to hear, and I am glad you told me.', 'The news was hard to hear.'],
  pleading: ['I am still very interested in working with your team.', 'I am still very interested in the role.'],
  reconsider: [
    'If anything changes, or a similar role opens, I would be glad to be considered.',
    'I would be glad to be considered for a future opening.',
  ],
  'self-deprecation': [
    'I am working on my interviewing and would welcome the chance to show more next time.',
    'I am working on the areas the interviews showed me.',
  ],
};

const HEDGE_WORDS = new RegExp(
  String.raw`(?:,\s*)?\b(?:${HEDGE_CUES.map((cue) => cue.pattern).join('|')})\b(?:,(?=\s))?`,
  'gi',
);
/** The rest of an apology's clause: up to a mark, a dash or a spaced hyphen (a hyphen inside a word is kept). */
const CLAUSE_REST = String.raw`(?:(?!\s-\s)[^,.;!?—–])*`;
const APOLOGY_PHRASES = new RegExp(
  String.raw`(?:(?:i'?m|i am|i'm so|i am so|so|again,?)\s+)?(?:(?:very |really |so |terribly )?sorry|(?:my )?apologies|i apologi[sz]e|forgive me)` +
    String.raw`(?:\s+(?:again|to (?:bother|trouble|disturb|pester) you|for\b${CLAUSE_REST}|if (?:this|i)${CLAUSE_REST}))?` +
    String.raw`(?:\s*(?:,|;|-|—|–)\s*(?:but\s+)?|\s+but\s+)?`,
  'gi',
);
const GREETING = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b/i;
const CLOSING =
  /^(?:best|best wishes|all the best|kind regards|regards|warm regards|warmly|many thanks|thanks|thank you|cheers|sincerely|yours sincerely|yours|with thanks|take care)[,!.]?$/i;

function capitalise(text: string): string {
  return text.replace(/^\s*([a-z])/, (_, ch: string) => ch.toUpperCase());
}

function tidy(text: string): string {
  return capitalise(
    text
      .replace(/\s{2,}/g, ' ')
      .replace(/\s+([,.;!?])/g, '$1')
      .replace(/([,;])\s*([.!?])/g, '$2')
      .replace(/^[\s,;:—-]+/, '')
      .replace(/,\s+(?:and|but|so|or)\s*([.!?])$/i, '$1')
      .trim(),
  );
}

function firstName(name: string): string {
  const parts = name.trim().split(/\s+/);
  const titles = /^(?:mr|mrs|ms|mx|dr|prof|professor|sir|dame|miss)\.?$/i;
  return parts.find((part) => !titles.test(part)) ?? '';
}

/** A sentence with its hedges or apologies taken out, or '' (leave it out) when no words are left of it. */
function wordsLeft(rewrite: string): string {
  return /\p{L}/u.test(rewrite) ? rewrite : '';
}

/** What replaces a flagged sentence, best first; '' (leaving it out) is always the last resort. */
function rewritesFor(flag: ToneFlag, sentence: string): string[] {
  if (flag.kind === 'hedging') return [wordsLeft(tidy(sentence.replace(HEDGE_WORDS, ' '))), ''];
  if (flag.kind === 'over-apology') return [wordsLeft(tidy(sentence.replace(APOLOGY_PHRASES, ' '))), ''];
  return [...CALM[flag.kind], ''];
}

function insertsFor(part: RoadmapPart, input: CoachInput, context: SuggestionContext): string[] {
  const first = context.contact ? firstName(context.contact.name) : '';
  const company = context.contact?.company.trim() ?? '';
  const highlight = context.contact?.highlight.trim().replace(/[.!?]+$/, '') ?? '';
  const spoken = SPOKEN_CHANNELS.includes(input.channel);
  const me = context.myName.trim();
  switch (part) {
    case 'gratitude':
      return [
        spoken && me
          ? `It's ${me}, and I wanted to thank you for taking the time to tell me yourself.`
          : `Thank you for taking the time to tell me yourself${first ? `, ${first}` : ''}.`,
        'Thank you for your time and for the care you took with the interviews.',
      ];
    case 'sincerity':
      return [
        highlight
          ? `${capitalise(highlight)} has stayed with me, and ${company || 'your team'} is still where I would most like to work.`
          : `${company ? capitalise(company) : 'Your team'} is still the place I would most like to work.`,
        'I am still very keen to work with your team.',
      ];
    case 'connection':
      return [
        `If a similar role opens up, could you keep me in mind${me && spoken ? ` — ${me}` : ''}? I would be glad to stay in touch.`,
        'Could we stay in touch? I would love to hear about future openings.',
      ];
  }
}

/** Where a missing part's sentence goes: thanks after the greeting, the ask before the sign-off. */
function insertionPoint(body: string, sentences: readonly Sentence[], part: RoadmapPart, report: CoachReport): number {
  const text = (s: Sentence) => body.slice(s.start, s.end).trim();
  let closing = sentences.length;
  const last = sentences.at(-1);
  if (last && sentences.length > 1 && text(last).split(/\s+/).length <= 3 && !/[.!?]$/.test(text(last))) {
    closing = sentences.length - 1;
  }
  if (closing > 0 && CLOSING.test(text(sentences[closing - 1]!))) closing -= 1;
  const greeting = sentences.length > 0 && GREETING.test(text(sentences[0]!)) && text(sentences[0]!).length < 60;
  const afterGreeting = greeting ? sentences[0]!.end : 0;
  const beforeClosing =
    closing < sentences.length ? (closing === 0 ? 0 : sentences[closing - 1]!.end) : body.trimEnd().length;
  if (part === 'gratitude') return afterGreeting;
  if (part === 'sincerity') {
    const thanks = report.parts.gratitude.evidence;
    if (thanks && thanks.end <= beforeClosing) return thanks.end;
    return greeting ? afterGreeting : beforeClosing;
  }
  return beforeClosing;
}

function insertAt(body: string, at: number, sentence: string): { start: number; end: number; text: string } {
  const paragraphs = /\n\s*\n/.test(body);
  if (body.trim() === '') return { start: 0, end: body.length, text: sentence };
  if (at === 0) return { start: 0, end: 0, text: `${sentence}${paragraphs ? '\n\n' : ' '}` };
  return { start: at, end: at, text: `${paragraphs ? '\n\n' : ' '}${sentence}` };
}

function flagKey(flag: ToneFlag): string {
  return `${flag.kind}:${flag.text}`;
}

/** True when every tone flag after the change was already there before it (same kind, same words). */
function raisesNoNewFlag(before: CoachReport, after: CoachReport): boolean {
  const had = new Map<string, number>();
  for (const flag of before.toneFlags) had.set(flagKey(flag), (had.get(flagKey(flag)) ?? 0) + 1);
  for (const flag of after.toneFlags) {
    const left = had.get(flagKey(flag)) ?? 0;
    if (left === 0) return false;
    had.set(flagKey(flag), left - 1);
  }
  return true;
}

export function applySuggestion(body: string, suggestion: Pick<CoachSuggestion, 'start' | 'end' | 'text'>): string {
  return body.slice(0, suggestion.start) + suggestion.text + body.slice(suggestion.end);
}

/**
 * The coach's own check of a suggestion: applied to the draft, it clears what it targets (the flag's
 * kind is gone from that sentence, or the part is found), raises no new tone flag and leaves no
 * placeholder behind. Exported so the tests can hold every suggestion to it.
 */
export function checkSuggestion(input: CoachInput, before: CoachReport, suggestion: CoachSuggestion): boolean {
  if (findPlaceholders(suggestion.text).length > 0 || suggestion.text.includes('{{')) return false;
  const body = applySuggestion(input.body, suggestion);
  const after = analyzeDraft({ ...input, body });
  if (!raisesNoNewFlag(before, after)) return false;
  if (findPlaceholders(body).length > findPlaceholders(input.body).length) return false;
  if ((ROADMAP_PARTS as readonly string[]).includes(suggestion.target)) {
    return after.parts[suggestion.target as RoadmapPart].found;
  }
  const end = suggestion.start + suggestion.text.length;
  return !after.toneFlags.some(
    (flag) => flag.kind === suggestion.target && flag.start < end && flag.end > suggestion.start,
  );
}

/** The sentence or sentences a flag sits in, as one range of the body. */
function flagSentenceRange(sentences: readonly Sentence[], flag: ToneFlag): { start: number; end: number } {
  let start = flag.start;
  let end = flag.end;
  for (const sentence of sentences) {
    if (sentence.start < flag.end && sentence.end > flag.start) {
      start = Math.min(start, sentence.start);
      end = Math.max(end, sentence.end);
    }
  }
  return { start, end };
}

/** One checked suggestion per tone flag and per missing part, where one passes the coach's check. */
export function suggestFixes(input: CoachInput, report: CoachReport, context: SuggestionContext): CoachSuggestion[] {
  const { body } = input;
  if (body.length > MAX_SUGGESTION_BODY) return [];
  const sentences = splitSentences(body);
  const suggestions: CoachSuggestion[] = [];
  const seenRanges = new Set<string>();
  for (const flag of report.toneFlags) {
    const range = flagSentenceRange(sentences, flag);
    const key = `${flag.kind}:${range.start}:${range.end}`;
    if (seenRanges.has(key)) continue;
    seenRanges.add(key);
    const original = body.slice(range.start, range.end);
    for (const text of rewritesFor(flag, original)) {
      if (text === original) continue;
      const removal =
        text === ''
          ? { start: range.start, end: range.end + (body.slice(range.end).match(/^\s*/)?.[0].length ?? 0) }
          : range;
      const suggestion: CoachSuggestion = {
        id: `${flag.kind}-${range.start}`,
        target: flag.kind,
        action: 'rewrite',
        start: removal.start,
        end: removal.end,
        text,
        preview: text,
      };
      if (checkSuggestion(input, report, suggestion)) {
        suggestions.push(suggestion);
        break;
      }
    }
  }
  for (const part of ROADMAP_PARTS) {
    if (report.parts[part].found) continue;
    const at = insertionPoint(body, sentences, part, report);
    for (const sentence of insertsFor(part, input, context)) {
      const placed = insertAt(body, at, sentence);
      const suggestion: CoachSuggestion = {
        id: `${part}-insert`,
        target: part,
        action: 'insert',
        ...placed,
        preview: sentence,
      };
      if (checkSuggestion(input, report, suggestion)) {
        suggestions.push(suggestion);
        break;
      }
    }
  }
  return suggestions;
}
