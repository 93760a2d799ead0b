/**
 * Tests aimed at the survivors of the first mutation run of core/coach/tone.ts (issue 21): a draft with
 * nothing to flag gives no flag at all, every tone kind has its advice, and the thank-you that only
 * points back at a sarcastic sentence ("Thanks ever so much for that.") is read as part of the sarcasm.
 */
import { describe, expect, it } from 'vitest';
import { readDraft } from '../../core/coach/analyze';
import { splitSentences } from '../../core/coach/sentences';
import { prepareText } from '../../core/coach/text';
import { findSarcasticSentences, followsFutureOpening, TONE_SUGGESTIONS } from '../../core/coach/tone';
import { TONE_KINDS, type ToneFlag } from '../../core/coach/types';

/** The sentences read as sarcastic when the first sentence holds a sarcasm flag. */
function sarcastic(body: string): number[] {
  const flag = { kind: 'sarcasm', start: 0, end: 2 } as ToneFlag;
  const found = findSarcasticSentences([flag], splitSentences(body), prepareText(body, 'email'));
  return [...found].sort((a, b) => a - b);
}

describe('tone flags', () => {
  it('are none at all for a draft with one apology, two hedges and plain thanks', () => {
    expect(readDraft('Thank you for your time. Sorry for the slow reply.', 'email').signals.flags).toStrictEqual([]);
    expect(readDraft('Maybe we could talk. Perhaps soon. Thank you.', 'email').signals.flags).toStrictEqual([]);
    expect(readDraft('Thank you for your time.', 'email').signals.flags).toStrictEqual([]);
  });

  it('each come with their own advice', () => {
    const advice = TONE_KINDS.map((kind) => TONE_SUGGESTIONS[kind]);
    for (const text of advice) expect(text.length).toBeGreaterThan(40);
    expect(new Set(advice).size).toBe(TONE_KINDS.length);
  });
});

describe('a thank-you pointing back at sarcasm', () => {
  it('is sarcastic too when it ends its sentence on "for that", "for this" or "for it"', () => {
    expect(sarcastic('Oh great news. Thanks ever so much for that.')).toStrictEqual([0, 1]);
    expect(sarcastic('Oh great news. Well, thanks for this!!')).toStrictEqual([0, 1]);
    expect(sarcastic('Oh great news. Thank you for it')).toStrictEqual([0, 1]);
    expect(sarcastic('Oh great news. Thanks for that. Bye now.')).toStrictEqual([0, 1]);
  });

  it('is sincere when it goes on after "for that", or when "thanks" is inside another word', () => {
    expect(sarcastic('Oh great news. Thanks for that advice on my portfolio.')).toStrictEqual([0]);
    expect(sarcastic('Oh great news. Nothanks for that.')).toStrictEqual([0]);
    expect(sarcastic('Oh great news. Bye now. Thanks for that.')).toStrictEqual([0]);
  });
});

/**
 * The later-opening guard (FUTURE_OPENING, added in round five): each piece of its pattern is needed by
 * one of these sentences (lower case, as the coach reads them), and the last ones set up nothing.
 */
describe('a sentence that sets up a later opening', () => {
  const opens = (text: string) => followsFutureOpening(text, 0, text.length);

  it.each([
    '- if anything opens up, call me',
    'and if anything opens up, call me',
    'if you need a technician again, call me',
    'if you ever need me again, call me',
    'if anything were to open, call me',
    'if another chance should arise, call me',
    'if there are vacancies, call me',
    'if there is a position for me, call me',
    'if there is a role for me, call me',
    'if there is a post for me, call me',
    'if there is a job for me, call me',
  ])('%j does', (text) => {
    expect(opens(text)).toBe(true);
  });

  it.each([
    'if anything, i was nervous',
    'please, if anything opens, i will take it',
    'thank you for the call, and for the role',
    // "again" is a later opening only when it is not about looking at this application again.
    'if there is any chance, could you look again',
    'if there is any way you could consider me again',
    'if there is a chance you might think again',
  ])('%j does not', (text) => {
    expect(opens(text)).toBe(false);
  });
});
