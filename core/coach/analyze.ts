import { findPlaceholders } from '../placeholders';
import { checkPersonalisation } from './personalisation';
import { measureLength, checkSubject } from './length';
import { describeParts, scoreParts } from './parts';
import { splitSentences } from './sentences';
import { prepareText } from './text';
import { findSarcasticSentences, findToneFlags } from './tone';
import type { CoachInput, CoachReport } from './types';

/**
 * The coach: one pure, deterministic pass over a draft, fast enough for every keystroke (a 1,000-word
 * draft in well under 2 ms; see bench/). Every finding carries the offsets of the text behind it.
 * How it decides, and how well, is written up in docs/COACH.md.
 */
export function analyzeDraft(input: CoachInput): CoachReport {
  const { body, channel } = input;
  const normalized = prepareText(body, channel);
  const sentences = splitSentences(body);
  const length = measureLength(body, normalized, channel, input.wordsPerMinute);
  const toneFlags = findToneFlags(body, normalized, sentences, length.words);
  const scores = scoreParts(normalized, sentences, findSarcasticSentences(toneFlags, sentences, normalized));
  return {
    parts: describeParts(body, sentences, scores),
    toneFlags,
    length,
    subject: channel === 'email' ? checkSubject(input.subject) : null,
    personalisation: input.contact ? checkPersonalisation(body, input.contact) : null,
    placeholders: findPlaceholders(body).map(({ name, start, end, text }) => ({ name, start, end, text })),
  };
}
