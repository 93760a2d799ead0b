import type { DraftChannel, LengthTarget } from '../drafts';

/**
 * The coach's input and report. The coach is pure, deterministic and explainable: every finding
 * points at the text that caused it, so the editor can highlight it and say why.
 */
export interface CoachInput {
  channel: DraftChannel;
  subject: string;
  body: string;
  /** Who it is for, to check personalisation; null for a blank analysis (the command line). */
  contact: { name: string; company: string; highlight: string } | null;
  /** The person's speaking pace, for speaking time (150 by default). */
  wordsPerMinute: number;
}

/** Offsets into `body` (UTF-16 code units, as JavaScript strings count). */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export const ROADMAP_PARTS = ['gratitude', 'sincerity', 'connection'] as const;
export type RoadmapPart = (typeof ROADMAP_PARTS)[number];

export interface PartFinding {
  found: boolean;
  /** The sentence that satisfied the part. */
  evidence: TextSpan | null;
  /** What the part is, and (when missing) a suggestion in plain words. */
  advice: string;
}

export const TONE_KINDS = [
  'bitterness',
  'sarcasm',
  'pleading',
  'reconsider',
  'over-apology',
  'self-deprecation',
  'hedging',
  'blame',
  'contempt',
  'passive-aggression',
  'guilt-tripping',
  'oversharing',
] as const;
export type ToneKind = (typeof TONE_KINDS)[number];

export interface ToneFlag extends TextSpan {
  kind: ToneKind;
  suggestion: string;
  /** Who raised it: a phrase list (the span is the phrase) or the model (the span is the sentence). */
  source: 'phrases' | 'model';
  /** The words that weighed most: the phrase itself, or the model's strongest words in the sentence. */
  cause: TextSpan;
}

export interface LengthFinding {
  words: number;
  characters: number;
  speakingSeconds: number;
  target: LengthTarget;
  /** The measure the target is in (words, seconds or characters). */
  value: number;
  verdict: 'short' | 'ok' | 'long';
  message: string;
}

export interface SubjectFinding {
  words: number;
  verdict: 'missing' | 'short' | 'ok' | 'long';
  message: string;
}

export interface PersonalisationFinding {
  name: boolean;
  company: boolean;
  detail: boolean;
  message: string;
}

export interface PlaceholderFinding extends TextSpan {
  name: string;
}

export interface CoachReport {
  parts: Record<RoadmapPart, PartFinding>;
  toneFlags: ToneFlag[];
  length: LengthFinding;
  /** Only for email. */
  subject: SubjectFinding | null;
  personalisation: PersonalisationFinding | null;
  placeholders: PlaceholderFinding[];
}
