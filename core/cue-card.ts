import { ROADMAP_PARTS, type CoachReport, type RoadmapPart } from './coach/types';
import type { Contact } from './contacts';
import { CHANNEL_TARGETS, type Draft } from './drafts';

/**
 * A one-page card to glance at during a call or before leaving a voicemail: who, the one thing to
 * thank them for, and the three parts as cues of at most eight words, so the person speaks rather
 * than reads. Cues come from the person's own sentences where the coach found them.
 */
export const CUE_WORD_LIMIT = 8;

export const CUE_LABELS: Record<RoadmapPart, string> = {
  gratitude: 'Thank them',
  sincerity: 'Still keen',
  connection: 'Stay on their radar',
};

const GENERIC_CUES: Record<RoadmapPart, string> = {
  gratitude: 'Thank them for their time and honesty',
  sincerity: "Say you'd still love to work there",
  connection: 'Ask how to stay on their radar',
};

export interface Cue {
  part: RoadmapPart;
  label: string;
  text: string;
  /** True when the cue comes from the draft, false for the generic reminder. */
  fromDraft: boolean;
}

export interface CueCard {
  name: string;
  role: string;
  thankFor: string;
  cues: Cue[];
  reminders: string[];
}

/** Words that tell which clause of a shared sentence carries which part. */
const PART_WORDS: Record<RoadmapPart, RegExp> = {
  gratitude: /\b(thank|thanks|grateful|appreciate|appreciated)\b/i,
  sincerity: /\b(still|love|keen|excited|inspired|inspiring|want|admire|enjoyed)\b/i,
  connection: /\b(radar|touch|connected|future|openings?|considered|stay|hear|check in|reach out)\b/i,
};

const GREETING = /^(hi|hello|hey|dear)\b[^,.!?]*[,.!?]\s*/i;
const JOINER = /^(and|but|so|also|again|once more|anyway)\b,?\s+/i;
const FILLER = /^(i\s+)?(just\s+)?(really\s+)?(wanted|want|would like|'d like|’d like)\s+to\s+(say\s+)?(that\s+)?/i;
const POLITE = /^i(?:'d|’d|\s+would)\s+(?:really\s+)?like\s+to\s+/i;
const SPEAKER = /^(?:i|we)(?:'d|’d|\s+would|\s+really|\s+just|\s+do)\s+(?=still|really|love|very|truly|definitely)/i;

function clean(sentence: string): string {
  return sentence
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function splitClauses(sentence: string): string[] {
  return sentence
    .split(/[,;:—–]\s+/)
    .map((clause) =>
      clause
        .replace(GREETING, '')
        .replace(JOINER, '')
        .replace(/[\s.!?,;:]+$/, '')
        .trim(),
    )
    .filter((clause) => clause.split(' ').length >= 3);
}

/** A clause left ending like this lost its point with a placeholder or direction, so it is no cue. */
const DANGLING = /\b(for|to|and|or|the|of|with|about|at|on|in|a|an|your|my|our|is|are|was)$/i;

function countWords(text: string): number {
  return text.split(' ').filter(Boolean).length;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Keeps eight words: from the start, or the last eight when the part's words come later than that. */
function fitWords(text: string, part: RoadmapPart | undefined): string {
  const words = text.split(' ').filter(Boolean);
  if (words.length <= CUE_WORD_LIMIT) return capitalize(words.join(' '));
  const keyword = part ? words.findIndex((word) => PART_WORDS[part].test(word)) : -1;
  if (keyword >= CUE_WORD_LIMIT) return `…${words.slice(-CUE_WORD_LIMIT).join(' ')}`;
  return `${capitalize(
    words
      .slice(0, CUE_WORD_LIMIT)
      .join(' ')
      .replace(/[,;:]+$/, ''),
  )}…`;
}

/**
 * A sentence from the draft cut to a cue: the clause that carries the part, without greeting or filler,
 * at most eight words. The person's own phrasing is kept when it fits.
 */
export function toCue(sentence: string, part?: RoadmapPart): string {
  const clauses = splitClauses(clean(sentence));
  const clause = (part ? clauses.find((text) => PART_WORDS[part].test(text)) : undefined) ?? clauses[0];
  if (clause === undefined || DANGLING.test(clause)) return '';
  let text = clause;
  for (const opener of [FILLER, POLITE, SPEAKER]) {
    if (countWords(text) <= CUE_WORD_LIMIT) break;
    const shorter = text.replace(opener, '');
    if (shorter.trim()) text = shorter;
  }
  return fitWords(text, part);
}

function describeRole(contact: Pick<Contact, 'jobTitle' | 'company'>): string {
  if (contact.jobTitle && contact.company) return `${contact.jobTitle} at ${contact.company}`;
  return contact.jobTitle || contact.company;
}

function remindersFor(channel: Draft['channel']): string[] {
  if (channel === 'voicemail') {
    return ['Say your number twice, slowly', `Keep it under ${CHANNEL_TARGETS.voicemail.max} seconds`];
  }
  if (channel === 'call') return ['Ask if now is a good time', 'Listen, and note what they suggest'];
  return [];
}

export function buildCueCard(
  report: CoachReport,
  contact: Pick<Contact, 'name' | 'jobTitle' | 'company' | 'highlight'>,
  draft: Pick<Draft, 'channel'>,
): CueCard {
  const cues = ROADMAP_PARTS.map((part): Cue => {
    const evidence = report.parts[part].found ? report.parts[part].evidence : null;
    const fromEvidence = evidence ? toCue(evidence.text, part) : '';
    return fromEvidence
      ? { part, label: CUE_LABELS[part], text: fromEvidence, fromDraft: true }
      : { part, label: CUE_LABELS[part], text: GENERIC_CUES[part], fromDraft: false };
  });
  const gratitude = report.parts.gratitude.found ? report.parts.gratitude.evidence : null;
  const sentence = gratitude && !/\{\{/.test(gratitude.text) ? clean(gratitude.text) : '';
  const thankFor = contact.highlight.trim() || sentence;
  return { name: contact.name, role: describeRole(contact), thankFor, cues, reminders: remindersFor(draft.channel) };
}
