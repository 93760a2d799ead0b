/**
 * Tests aimed at mutants of the coach's phrase inventory (core/coach/phrases.ts), issue 21
 * (`npm run mutate -- --group coach --only core/coach/phrases.ts`): the pattern syntax `expandCue`
 * understands, its limits, and the inventory built from the phrase lists and the model's phrases, whatever
 * those lists and weights hold.
 */
import { describe, expect, it } from 'vitest';

async function phrases() {
  // Imported inside the test: a mutant that breaks the module as it loads then fails the test.
  return import('../../core/coach/phrases');
}

describe('expanding a cue, after the mutation run of phrases.ts', () => {
  it('leaves out look-arounds, even with groups and escaped brackets inside', async () => {
    const { expandCue } = await phrases();
    expect(expandCue(String.raw`(?<!not )thanks`)).toStrictEqual(['thanks']);
    expect(expandCue(String.raw`(?<=very )grateful`)).toStrictEqual(['grateful']);
    expect(expandCue(String.raw`thanks(?= a lot) again`)).toStrictEqual(['thanks again']);
    expect(expandCue(String.raw`thanks(?! (?:a|b)) again`)).toStrictEqual(['thanks again']);
    expect(expandCue(String.raw`thanks(?!\)) again`)).toStrictEqual(['thanks again']);
    expect(expandCue(String.raw`thanks(?!\() again`)).toStrictEqual(['thanks again']);
  });

  it('expands plain and non-capturing groups and their alternatives, in order', async () => {
    const { expandCue } = await phrases();
    expect(expandCue('(a|b) c')).toStrictEqual(['a c', 'b c']);
    expect(expandCue('x (?:a|b|c) y')).toStrictEqual(['x a y', 'x b y', 'x c y']);
    expect(expandCue('(?:big|small) (?:cat|dog)')).toStrictEqual(['big cat', 'big dog', 'small cat', 'small dog']);
    expect(expandCue('one|two')).toStrictEqual(['one', 'two']);
  });

  it('reads \\s as a space, \\b as nothing, an escaped mark as itself, and other escapes and classes as slots', async () => {
    const { expandCue } = await phrases();
    expect(expandCue(String.raw`thank\syou`)).toStrictEqual(['thank you']);
    expect(expandCue(String.raw`\bthanks\b`)).toStrictEqual(['thanks']);
    expect(expandCue(String.raw`can\'t`)).toStrictEqual(["can't"]);
    expect(expandCue(String.raw`thanks \w`)).toStrictEqual([]);
    expect(expandCue(String.raw`thanks \S`)).toStrictEqual([]);
    expect(expandCue('thanks [ab]')).toStrictEqual([]);
    expect(expandCue('thanks [ab] more')).toStrictEqual([]);
    expect(expandCue('thanks.')).toStrictEqual([]);
    expect(expandCue('^thanks$')).toStrictEqual(['thanks']);
  });

  it('reads ? as optional, * and + on a letter as a slot, and on a space as spaces', async () => {
    const { expandCue } = await phrases();
    expect(expandCue('thanks?')).toStrictEqual(['thanks', 'thank']);
    expect(expandCue('thanks?? a')).toStrictEqual(['thanks a', 'thank a']);
    expect(expandCue('thanks*')).toStrictEqual([]);
    expect(expandCue('thanks+')).toStrictEqual([]);
    expect(expandCue('thank *you')).toStrictEqual(['thank you', 'thankyou']);
    expect(expandCue('thank +you')).toStrictEqual(['thank you']);
    expect(expandCue('(?:very )?grateful')).toStrictEqual(['very grateful', 'grateful']);
    expect(expandCue('(?:very )+grateful')).toStrictEqual(['very grateful']);
  });

  it('reads {n}, {n,} and {0,1} as fixed or optional, and {n,m} with m over 1 on a letter as a slot', async () => {
    const { expandCue } = await phrases();
    expect(expandCue('ah{2} yes')).toStrictEqual(['ah yes']);
    expect(expandCue('ah{1,} yes')).toStrictEqual(['ah yes']);
    expect(expandCue('thanks{0,1}')).toStrictEqual(['thanks', 'thank']);
    expect(expandCue('thanks{0}')).toStrictEqual(['thanks', 'thank']);
    expect(expandCue('ah{1,1} yes')).toStrictEqual(['ah yes']);
    expect(expandCue('ah{1,3} yes')).toStrictEqual([]);
    expect(expandCue('ah{0,3} yes')).toStrictEqual([]);
    expect(expandCue('thank {1,3}you')).toStrictEqual(['thank you']);
  });

  it('keeps only plain lower-case wordings of up to eight words, spaces tidied, each once', async () => {
    const { expandCue } = await phrases();
    expect(expandCue('one two three four five six seven eight')).toStrictEqual([
      'one two three four five six seven eight',
    ]);
    expect(expandCue('one two three four five six seven eight nine')).toStrictEqual([]);
    expect(expandCue(' thank  you ')).toStrictEqual(['thank you']);
    expect(expandCue('2 thanks')).toStrictEqual([]);
    expect(expandCue("'thanks")).toStrictEqual([]);
    expect(expandCue("don't stop")).toStrictEqual(["don't stop"]);
    expect(expandCue('Thanks')).toStrictEqual([]);
    expect(expandCue('thanks|thanks')).toStrictEqual(['thanks']);
  });

  it('reads a class with a quantifier as an optional slot, and a repeat of ten or more as fixed', async () => {
    const { expandCue } = await phrases();
    expect(expandCue('[ab]?thanks')).toStrictEqual(['thanks']);
    expect(expandCue('(?:[)]|x) thanks')).toStrictEqual(['x thanks']);
    expect(expandCue('ah{12,} yes')).toStrictEqual(['ah yes']);
  });

  it('reads a quantified \\b, a lone \\ at the end and an unclosed look-around as nothing', async () => {
    const { expandCue } = await phrases();
    expect(expandCue(String.raw`thanks\b+`)).toStrictEqual(['thanks']);
    expect(expandCue(String.raw`thanks\b*`)).toStrictEqual(['thanks']);
    expect(expandCue('thanks\\')).toStrictEqual(['thanks']);
    expect(expandCue('thanks(?!x')).toStrictEqual(['thanks']);
  });

  it('stops at 400 wordings from one cue', async () => {
    const { expandCue } = await phrases();
    const nine = '(?:a|b)'.repeat(9);
    const wordings = expandCue(nine);
    expect(wordings).toHaveLength(400);
    expect(new Set(wordings).size).toBe(400);
    expect(wordings[0]).toBe('aaaaaaaaa');
    expect(expandCue('(?:a|b)'.repeat(8))).toHaveLength(256);
  });
});

describe('the phrase inventory, after the mutation run of phrases.ts', () => {
  it('holds every fixed wording of the phrase lists and every model phrase of each part, sorted, once', async () => {
    const { coachPhraseInventory, expandCue } = await phrases();
    const { PART_CUES } = await import('../../core/coach/part-cues');
    const { COACH_MODEL } = await import('../../core/coach/model-weights');
    const inventory = coachPhraseInventory();
    expect(Object.keys(inventory).sort()).toStrictEqual(Object.keys(PART_CUES).sort());
    for (const part of Object.keys(PART_CUES) as (keyof typeof PART_CUES)[]) {
      const expected = new Set<string>();
      for (const cue of PART_CUES[part]) for (const phrase of expandCue(cue.pattern)) expected.add(phrase);
      for (const phrase of COACH_MODEL.phrases[part]) expected.add(phrase);
      expect(inventory[part], part).toStrictEqual([...expected].sort());
    }
    expect(coachPhraseInventory()).toBe(inventory);
  });
});
