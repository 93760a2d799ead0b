/**
 * Tests aimed at mutants of the coach's part scoring by phrase lists (parts.ts), issue 21 (`npm run
 * mutate -- --group coach`). They use the plainest wordings ("thank you for your time"), which any
 * version of the phrase lists must find, and never the trained model.
 */
import { describe, expect, it } from 'vitest';
import { describeParts, pickBestSentence, scorePartSentences, scoreParts } from '../../core/coach/parts';
import { splitSentences } from '../../core/coach/sentences';
import { prepareText } from '../../core/coach/text';

function score(body: string, excluded: number[] = []) {
  return scorePartSentences(prepareText(body, 'email'), splitSentences(body), new Set(excluded));
}

describe('picking the sentence for a part', () => {
  it('takes the strongest sentence, the first on a tie, and only at a score of 1 or more', () => {
    expect(pickBestSentence([0.5, 1, 2, 2])).toStrictEqual({ sentence: 2, score: 2 });
    expect(pickBestSentence([1, 1])).toStrictEqual({ sentence: 0, score: 1 });
    expect(pickBestSentence([0.5, 0.9, 0.2])).toStrictEqual({ sentence: -1, score: 0.9 });
    expect(pickBestSentence([])).toStrictEqual({ sentence: -1, score: 0 });
    expect(pickBestSentence([0, 0])).toStrictEqual({ sentence: -1, score: 0 });
  });

  it('describes a found part by its sentence, and a missing one with advice', () => {
    const body = 'Hello there. Thank you for your time.';
    const sentences = splitSentences(body);
    const parts = describeParts(body, sentences, {
      gratitude: { sentence: 1, score: 1 },
      sincerity: { sentence: -1, score: 0.5 },
      connection: { sentence: -1, score: 0 },
    });
    expect(parts.gratitude).toStrictEqual({
      found: true,
      evidence: { start: 13, end: body.length, text: 'Thank you for your time.' },
      advice: 'Gratitude: you thank them. Specific thanks (the call, the interviews, their time) lands best.',
    });
    expect(parts.sincerity).toMatchObject({ found: false, evidence: null });
    expect(parts.sincerity.advice).toMatch(/^Sincerity is missing\./);
    expect(parts.connection.advice).toMatch(/^The ask is missing\./);
  });
});

describe('scoring sentences by the phrase lists', () => {
  it('finds plain thanks in its sentence, with the offsets of the cue', () => {
    const body = 'Hello there. Thank you for your time.';
    const { gratitude } = score(body);
    expect(gratitude.scores[0]).toBe(0);
    expect(gratitude.scores[1]).toBeGreaterThanOrEqual(1);
    expect(gratitude.cueStart[0]).toBe(-1);
    expect(gratitude.cueEnd[0]).toBe(-1);
    expect(gratitude.cueStart[1]).toBe(body.indexOf('Thank'));
    expect(gratitude.cueEnd[1]).toBeGreaterThan(gratitude.cueStart[1]!);
    expect(gratitude.vetoed).toStrictEqual([false, false]);
    expect(scoreParts(prepareText(body, 'email'), splitSentences(body), new Set()).gratitude.sentence).toBe(1);
  });

  it('counts a "Thanks," sign-off as half a thank-you at most', () => {
    const { gratitude } = score('I enjoyed our talk.\n\nMany thanks,\nSam');
    expect(gratitude.scores[1]).toBe(0.5);
  });

  it('rules out an excluded (sarcastic) sentence for every part, and scores it 0', () => {
    const result = score('Thank you for your time. Thank you for your time.', [0]);
    for (const part of ['gratitude', 'sincerity', 'connection'] as const) expect(result[part].vetoed[0]).toBe(true);
    expect(result.gratitude.scores[0]).toBe(0);
    expect(result.gratitude.scores[1]).toBeGreaterThanOrEqual(1);
    expect(result.gratitude.vetoed[1]).toBe(false);
  });

  it('rules out a sentence whose only thanks is negated, and keeps one with thanks besides', () => {
    const { gratitude } = score('I will never thank you for this. Thank you for your time.');
    expect(gratitude.scores[0]).toBe(0);
    expect(gratitude.vetoed[0]).toBe(true);
    expect(gratitude.vetoed[1]).toBe(false);
  });
});

describe('the sign-off and the advice, after the first mutation run', () => {
  it('caps only a sentence that is nothing but a thank-you sign-off, spaces before the comma allowed', () => {
    expect(score('Thank you for the tour, thanks,\nSam').gratitude.scores[0]).toBeGreaterThanOrEqual(1);
    expect(score('I enjoyed our talk.\n\nThank you so much ,\nSam').gratitude.scores[1]).toBe(0.5);
    expect(score('I enjoyed our talk.\n\nThank you so much\nSam').gratitude.scores[1]).toBeGreaterThanOrEqual(1);
  });

  it('says what to do when gratitude is missing', () => {
    const body = 'Hello there.';
    const parts = describeParts(body, splitSentences(body), {
      gratitude: { sentence: -1, score: 0 },
      sincerity: { sentence: 0, score: 1 },
      connection: { sentence: -1, score: 0 },
    });
    expect(parts.gratitude).toStrictEqual({
      found: false,
      evidence: null,
      advice:
        'Gratitude is missing. Thank them for something real: their time, the interviews, or for telling you themselves.',
    });
    expect(parts.sincerity.advice).toBe('Sincerity: you say you still want to work there.');
  });
});
