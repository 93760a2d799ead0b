/**
 * Tests aimed at mutants of the coach's cue matching (cues.ts), issue 21 (`npm run mutate -- --group
 * coach`): compiled cue sets built here, so they hold whatever the phrase lists and weights become.
 */
import { describe, expect, it } from 'vitest';
import { anyOf, compileCues, findCueMatches, isNegated } from '../../core/coach/cues';

function found(text: string, patterns: (string | { pattern: string; weight?: number; negatable?: boolean })[]) {
  const set = compileCues(patterns.map((p) => (typeof p === 'string' ? { pattern: p } : p)));
  return findCueMatches(text, set).map((m) => [m.cue.id, m.start, m.end, text.slice(m.start, m.end)]);
}

function negated(text: string, cue: string, floor = 0): boolean {
  return isNegated(text, text.indexOf(cue), floor);
}

describe('compiling cues', () => {
  it('gives each cue its id, weight (1 by default) and negatable (true by default), and refuses a capturing group', () => {
    const set = compileCues([{ pattern: 'thank you' }, { pattern: 'grateful', weight: 0.5, negatable: false }]);
    expect(set.cues.map(({ id, weight, negatable, pattern }) => [id, weight, negatable, pattern])).toStrictEqual([
      [0, 1, true, 'thank you'],
      [1, 0.5, false, 'grateful'],
    ]);
    expect(() => compileCues([{ pattern: 'thank (you|u)' }])).toThrow('Cue has a capturing group: thank (you|u)');
    expect(() => compileCues([{ pattern: 'thank (?:you|u)' }])).not.toThrow();
    expect(anyOf('a', 'b c', 'd')).toBe('a|b c|d');
  });
});

describe('finding cues', () => {
  it('finds a cue only between word edges', () => {
    expect(found('thanks, thank you! thankyou', ['thank you'])).toStrictEqual([[0, 8, 17, 'thank you']]);
    expect(found('unhappy happy happy2 happy', ['happy'])).toStrictEqual([
      [0, 8, 13, 'happy'],
      [0, 21, 26, 'happy'],
    ]);
    expect(found("don't it's", ['t'])).toStrictEqual([]);
  });

  it('finds every cue that matches at one place, in order, and overlapping ones at the next places', () => {
    expect(found('so very grateful', ['very grateful', 'so very', 'grateful', 'so very grateful'])).toStrictEqual([
      [1, 0, 7, 'so very'],
      [3, 0, 16, 'so very grateful'],
      [0, 3, 16, 'very grateful'],
      [2, 8, 16, 'grateful'],
    ]);
  });

  it('finds the same set again on a second text (the scan starts afresh)', () => {
    const set = compileCues([{ pattern: 'sorry' }, { pattern: 'sorry to' }]);
    expect(findCueMatches('oh sorry to say', set).map((m) => [m.cue.id, m.start])).toStrictEqual([
      [0, 3],
      [1, 3],
    ]);
    expect(findCueMatches('sorry', set).map((m) => [m.cue.id, m.start, m.end])).toStrictEqual([[0, 0, 5]]);
    expect(findCueMatches('sorry to', set).map((m) => [m.cue.id, m.start, m.end])).toStrictEqual([
      [0, 0, 5],
      [1, 0, 8],
    ]);
  });
});

describe('negation', () => {
  it('sees a negator up to six words back in the same clause', () => {
    expect(negated('i do not want to stay in touch', 'stay')).toBe(true);
    expect(negated("i don't want it", 'want')).toBe(true);
    expect(negated('i never one two three four five want', 'want')).toBe(true);
    expect(negated('i never one two three four five six want', 'want')).toBe(false);
    expect(negated('i want to stay in touch', 'stay')).toBe(false);
  });

  it('stops at a clause mark, a clause word, a spaced dash, or the floor', () => {
    expect(negated('not at all, i want it', 'want')).toBe(false);
    expect(negated('not really; i want it', 'want')).toBe(false);
    expect(negated('not me but i want it', 'want')).toBe(false);
    expect(negated('not me - i want it', 'want')).toBe(false);
    expect(negated('not-i want it', 'want')).toBe(true);
    const text = 'not. i want it';
    expect(isNegated(text, text.indexOf('want'), 0)).toBe(false);
    const floored = 'never mind i want it';
    expect(isNegated(floored, floored.indexOf('want'), floored.indexOf('mind'))).toBe(false);
    expect(isNegated(floored, floored.indexOf('want'), 0)).toBe(true);
  });

  it('reads "used to" before a cue as a negation (it is over)', () => {
    expect(negated('i used to love this team', 'love')).toBe(true);
    expect(negated('i want to love this team', 'love')).toBe(false);
    expect(negated('to used love', 'love')).toBe(false);
  });

  it('knows the negators, whole words only', () => {
    for (const word of ['no', 'never', 'dont', "can't", 'cannot', 'hardly', 'without', 'nobody', 'neither']) {
      expect(negated(`${word} want`, 'want')).toBe(true);
    }
    expect(negated('know want', 'want')).toBe(false);
    expect(negated('nothing want', 'want')).toBe(false);
    expect(negated('want', 'want')).toBe(false);
  });
});

describe('cues and negation, after the mutation run of cues.ts', () => {
  it('knows every negator, and every clause word and mark that ends the look back', async () => {
    // Imported inside the test: the word lists are built when the module loads.
    const { isNegated: negatedAt } = await import('../../core/coach/cues');
    const check = (text: string) => negatedAt(text, text.lastIndexOf('want'), 0);
    const negators = ['not', 'no', 'never', "don't", 'dont', "doesn't", "didn't", "won't", "wouldn't", "can't"];
    negators.push('cannot', "couldn't", "isn't", "wasn't", "aren't", "weren't", "haven't", "hasn't", "shouldn't");
    negators.push('hardly', 'barely', 'nor', 'neither', 'without', 'nobody');
    for (const word of negators) expect(check(`i ${word} want`), word).toBe(true);
    for (const word of ['but', 'and', 'so', 'though', 'although', 'yet', 'because', 'while', 'whereas']) {
      expect(check(`not me ${word} i want`), word).toBe(false);
    }
    for (const mark of [',', ';', ':', '(', ')', '\u2014', '\u2013', '.', '!', '?']) {
      expect(check(`not me${mark} i want`), mark).toBe(false);
    }
  });

  it('reads letters a to z, digits and apostrophes as parts of a word, and counts them in the window', () => {
    for (const ch of ['a', 'z', '0', '9']) {
      const six = Array(6).fill(ch).join(' ');
      expect(negated(`not ${six} want`, 'want'), ch).toBe(false);
      expect(negated(`not ${Array(5).fill(ch).join(' ')} want`, 'want'), ch).toBe(true);
    }
  });

  it('breaks only at a dash with a space on both sides', () => {
    expect(negated('not -i want', 'want')).toBe(true);
    expect(negated('not- i want', 'want')).toBe(true);
  });

  it('sees "used to" at the far end of the window', () => {
    expect(negated('used to a b c d e love', 'love')).toBe(true);
    expect(negated('used to a b c d e f love', 'love')).toBe(false);
  });

  it('finds a cue only where a word starts, even when the cue starts with a mark', () => {
    expect(found('hi ! yes', ['!'])).toStrictEqual([]);
  });
});

describe('negation, after the rerun of cues.ts', () => {
  it('reads "used to" only right before the cue, not "used" before some other word', () => {
    expect(negated('i used the time to love this team', 'love')).toBe(false);
    expect(negated('i used all my time to love this team', 'love')).toBe(false);
  });

  it('counts no mark as a word, whether below or above the letters and digits', () => {
    // Five words between: the negator is the sixth word back, still in the window, unless a mark counts.
    for (const mark of ['\u2022', '=', '~', '\u00e9']) {
      expect(negated(`not a b c d e ${mark} want`, 'want'), mark).toBe(true);
    }
  });

  it('never reads a word before the floor, even one the floor cuts in two', () => {
    const text = 'not want';
    expect(isNegated(text, text.indexOf('want'), 1)).toBe(false);
    expect(isNegated(text, text.indexOf('want'), 0)).toBe(true);
  });
});
