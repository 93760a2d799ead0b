/**
 * Tests aimed at mutants of the coach's sentence splitting (core/coach/sentences.ts), issue 21
 * (`npm run mutate -- --group coach --only core/coach/sentences.ts`): each abbreviation, closing mark and
 * kind of space on its own, the emoji ranges at their ends, and the letters that are neither upper nor
 * lower case. The splitting does not depend on the trained weights.
 */
import { describe, expect, it } from 'vitest';

async function cutter(): Promise<(text: string) => string[]> {
  // Imported inside the test: a mutant that breaks the module as it loads then fails the test.
  const { splitSentences } = await import('../../core/coach/sentences');
  return (text) => splitSentences(text).map(({ start, end }) => text.slice(start, end));
}

describe('splitting sentences, after the mutation run of sentences.ts', () => {
  it('does not end a sentence after any listed abbreviation, in any case', async () => {
    const cut = await cutter();
    const abbreviations = ['Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'St', 'Jr', 'Sr', 'vs', 'etc', 'e.g', 'i.e'];
    abbreviations.push('eg', 'ie', 'Inc', 'Ltd', 'Co', 'Corp', 'Dept', 'approx', 'a.m', 'p.m', 'No', 'Tel', 'ext');
    for (const word of abbreviations) {
      expect(cut(`Ask ${word}. Next one.`), word).toStrictEqual([`Ask ${word}. Next one.`]);
    }
    // A word not in the list, and a number, do end a sentence.
    expect(cut('Ask Mon. Next one.')).toStrictEqual(['Ask Mon.', 'Next one.']);
    expect(cut('Item 5. Next one.')).toStrictEqual(['Item 5.', 'Next one.']);
  });

  it('treats only a full stop straight after the word as an abbreviation', async () => {
    const cut = await cutter();
    expect(cut('Call the Dr! Now.')).toStrictEqual(['Call the Dr!', 'Now.']);
    expect(cut('Ask Dr? Now.')).toStrictEqual(['Ask Dr?', 'Now.']);
    expect(cut('(see Mr.) Next')).toStrictEqual(['(see Mr.)', 'Next']);
    expect(cut('Ask Mr.. Next')).toStrictEqual(['Ask Mr..', 'Next']);
  });

  it('keeps every closing mark with the sentence it ends', async () => {
    const cut = await cutter();
    for (const closer of ['"', "'", '\u201d', '\u2019', ')', ']', '*', '_']) {
      expect(cut(`One.${closer} Two`), closer).toStrictEqual([`One.${closer}`, 'Two']);
    }
  });

  it('ends a sentence before any kind of space, even when the next line starts in lower case', async () => {
    const cut = await cutter();
    for (const space of [' ', '\t', '\r', '\n', '\u00a0']) {
      expect(cut(`One.${space}two`), JSON.stringify(space)).toStrictEqual(['One.', 'two']);
    }
    expect(cut('One.-two')).toStrictEqual(['One.-two']);
  });

  it('ends a sentence at a picture from either end of both emoji ranges, and not just outside them', async () => {
    const cut = await cutter();
    for (const picture of ['\u2600', '\u27bf', '\u{1f000}', '\u{1faff}']) {
      expect(cut(`Hi ${picture} Next`), picture).toStrictEqual([`Hi ${picture}`, 'Next']);
    }
    for (const other of ['\u25ff', '\u27c0', '\u{1efff}', '\u{1fb00}']) {
      expect(cut(`Hi ${other} Next`), other).toStrictEqual([`Hi ${other} Next`]);
    }
  });

  it('keeps a whole picture (joiners, selectors, skin tones, several in a row) with its sentence', async () => {
    const cut = await cutter();
    expect(cut('Done \u{1f469}\u200d\u{1f4bb} Next')).toStrictEqual(['Done \u{1f469}\u200d\u{1f4bb}', 'Next']);
    expect(cut('Go \u{1f44d}\u{1f3fd}\u{1f44d}\u{1f3fd} Yes')).toStrictEqual([
      'Go \u{1f44d}\u{1f3fd}\u{1f44d}\u{1f3fd}',
      'Yes',
    ]);
    expect(cut('x \u2600\ufe0f\ufe0f Y')).toStrictEqual(['x \u2600\ufe0f\ufe0f', 'Y']);
    expect(cut('A \u{1f604}\u{1f604} B')).toStrictEqual(['A \u{1f604}\u{1f604}', 'B']);
    // A joiner left after the last picture (nothing joined to it) is still part of the picture.
    expect(cut('Hi \u{1f604}\u200d Next')).toStrictEqual(['Hi \u{1f604}\u200d', 'Next']);
  });

  it('needs a space and a capital after a picture to end a sentence there', async () => {
    const cut = await cutter();
    expect(cut('Nice \u{1f604}Anyway')).toStrictEqual(['Nice \u{1f604}Anyway']);
    expect(cut('Hi \u{1f604} 2 more')).toStrictEqual(['Hi \u{1f604} 2 more']);
    // A title-case letter (U+01C5) is neither a capital nor lower case.
    expect(cut('Hi \u{1f604} \u01c5emal')).toStrictEqual(['Hi \u{1f604} \u01c5emal']);
  });

  it('ends a line before a title-case letter, which is not lower case', async () => {
    const cut = await cutter();
    expect(cut('Line\n\u01c5emal')).toStrictEqual(['Line', '\u01c5emal']);
  });
});

describe('splitting sentences, after the rerun of sentences.ts', () => {
  it('ends a sentence at ? or … even when the next one starts in lower case', async () => {
    const cut = await cutter();
    expect(cut('Why? because.')).toStrictEqual(['Why?', 'because.']);
    expect(cut('Wait\u2026 then.')).toStrictEqual(['Wait\u2026', 'then.']);
  });

  it('reads only a single letter in capitals as an initial, not a word in capitals', async () => {
    const cut = await cutter();
    expect(cut('I met BOB. Then we left.')).toStrictEqual(['I met BOB.', 'Then we left.']);
  });

  it('trims spaces from the end of a sentence cut at a line break or at the end of the text', async () => {
    const cut = await cutter();
    expect(cut('Hi Sam,  \nThanks for it \t ')).toStrictEqual(['Hi Sam,', 'Thanks for it']);
  });

  it('handles a picture followed only by spaces, and reads only the marks right after it as part of it', async () => {
    const cut = await cutter();
    expect(cut('A smile \u{1f604} ')).toStrictEqual(['A smile \u{1f604}']);
    expect(cut('A \u{1f604}x\ufe0f Next')).toStrictEqual(['A \u{1f604}x\ufe0f Next']);
  });
});
