/**
 * Tests aimed at mutants of the coach's logic (issue 21; `npm run mutate -- --group coach`). They check
 * what holds whatever the trained weights are: the phrase lists' flags (readDraft, before the model),
 * how flags are merged and ordered, the hedge window and density, apologies, placeholders and stage
 * directions in the prepared text, word counts, and the model's arithmetic on a small model built here.
 */
import { describe, expect, it } from 'vitest';
import { readDraft } from '../../core/coach/analyze';
import { prepareText, countWords, foldCaseKeepingLength } from '../../core/coach/text';
import { mergeOverlaps, sortFlags, makeModelFlag, HEDGE_DENSITY_LIMIT } from '../../core/coach/tone';
import type { ToneFlag, ToneKind } from '../../core/coach/types';
import type { DraftChannel } from '../../core/drafts';

function phraseFlags(body: string, channel: DraftChannel = 'email'): readonly ToneFlag[] {
  return readDraft(body, channel).signals.flags;
}

function spans(flags: readonly ToneFlag[], kind?: ToneKind): [string, number, number, string][] {
  return flags.filter((f) => !kind || f.kind === kind).map((f) => [f.kind, f.start, f.end, f.text]);
}

/** Sentences of plain words that hold no cue of any list. */
function filler(words: number, seed = 0): string {
  return Array.from({ length: words }, (_, i) => `lorem${seed}x${i}`).join(' ');
}

function flag(kind: ToneKind, start: number, end: number, body: string, source: 'phrases' | 'model' = 'phrases') {
  const text = body.slice(start, end);
  return { kind, start, end, text, suggestion: 'x', source, cause: { start, end, text } } as ToneFlag;
}

describe('hedges: a cluster within two neighbouring sentences, or a density above the limit', () => {
  it('flags three hedges in two neighbouring sentences as one flag from the first to the last', () => {
    const body = `Maybe we could talk. ${filler(90)} I guess it would help, perhaps soon.`;
    const flags = phraseFlags(body);
    const start = body.indexOf('Maybe');
    const end = body.indexOf('perhaps') + 'perhaps'.length;
    expect(spans(flags, 'hedging')).toStrictEqual([['hedging', start, end, body.slice(start, end)]]);
  });

  it('does not flag three hedges in three sentences in a row when they are few among the words', () => {
    const body = `Maybe ${filler(30, 1)}. Perhaps ${filler(30, 2)}. I guess ${filler(30, 3)}.`;
    expect(spans(phraseFlags(body), 'hedging')).toStrictEqual([]);
  });

  it('extends a cluster over the hedges that follow in the next sentences', () => {
    const body = `Maybe, perhaps, probably. It is sort of done. Kinda. ${filler(30, 1)}. ${filler(30, 2)}. Perhaps.`;
    const flags = spans(phraseFlags(body), 'hedging');
    const start = body.indexOf('Maybe');
    const end = body.indexOf('Kinda') + 'Kinda'.length;
    expect(flags).toStrictEqual([['hedging', start, end, body.slice(start, end)]]);
  });

  it('starts a second flag after a gap of two sentences without hedges', () => {
    const a = 'Maybe, perhaps, probably.';
    const b = 'I guess, I suppose, sort of.';
    const body = `${a} ${filler(20, 1)}. ${filler(20, 2)}. ${b}`;
    const flags = spans(phraseFlags(body), 'hedging');
    expect(flags.map(([, , , text]) => text)).toStrictEqual([a.slice(0, -1), b.slice(0, -1)]);
  });

  it('needs at least three hedges even when they are most of the words', () => {
    expect(spans(phraseFlags('Maybe. Perhaps.'), 'hedging')).toStrictEqual([]);
    expect(spans(phraseFlags('Maybe perhaps.'), 'hedging')).toHaveLength(0);
  });

  it('flags three scattered hedges above 4% of the words, and not at exactly 4%', () => {
    expect(HEDGE_DENSITY_LIMIT).toBe(0.04);
    // Three hedges, one per sentence with two hedge-free sentences between them: never a cluster.
    const build = (words: number) => {
      const rest = words - 3 * 3; // each hedge sentence has three words ("Maybe it is.")
      const part = Math.floor(rest / 4);
      return [
        'Maybe it is.',
        `${filler(part, 1)}.`,
        `${filler(part, 2)}.`,
        'Perhaps it is.',
        `${filler(part, 3)}.`,
        `${filler(rest - 3 * part, 4)}.`,
        'Probably it is.',
      ].join(' ');
    };
    const atLimit = build(75);
    const above = build(74);
    expect(readDraft(atLimit, 'email').length.words).toBe(75);
    expect(readDraft(above, 'email').length.words).toBe(74);
    expect(spans(phraseFlags(atLimit), 'hedging')).toStrictEqual([]);
    const start = above.indexOf('Maybe');
    const end = above.indexOf('Probably') + 'Probably'.length;
    expect(spans(phraseFlags(above), 'hedging')).toStrictEqual([['hedging', start, end, above.slice(start, end)]]);
  });
});

describe('apologies: two or more, or one for getting in touch at all', () => {
  it('lets one ordinary apology pass', () => {
    expect(spans(phraseFlags('Sorry for the slow reply. Thank you for your time.'), 'over-apology')).toStrictEqual([]);
  });

  it('flags each of two apologies at its own words, in the original case', () => {
    const body = 'SORRY for the slow reply. I apologise again for the delay.';
    expect(spans(phraseFlags(body), 'over-apology')).toStrictEqual([
      ['over-apology', 0, 5, 'SORRY'],
      ['over-apology', body.indexOf('apologise'), body.indexOf('apologise') + 9, 'apologise'],
    ]);
  });

  it('flags "hate to bother you" on its own', () => {
    const body = 'I hate to bother you again about the role.';
    const start = body.indexOf('hate');
    expect(spans(phraseFlags(body), 'over-apology')).toStrictEqual([
      ['over-apology', start, start + 'hate to bother'.length, 'hate to bother'],
    ]);
  });

  it('flags "sorry to bother you" on its own as one flag over the longer phrase', () => {
    const body = 'Sorry to bother you.';
    expect(spans(phraseFlags(body), 'over-apology')).toStrictEqual([
      ['over-apology', 0, 'Sorry to bother'.length, 'Sorry to bother'],
    ]);
  });
});

describe('merging and ordering flags', () => {
  const body = 'abcdefghijklmnopqrstuvwxyz0123456789';

  it('merges overlapping flags of one kind into one over both', () => {
    const merged = mergeOverlaps(body, [flag('hedging', 0, 10, body), flag('hedging', 5, 20, body)]);
    expect(spans(merged)).toStrictEqual([['hedging', 0, 20, body.slice(0, 20)]]);
    expect(merged[0]!.cause).toStrictEqual({ start: 0, end: 20, text: body.slice(0, 20) });
    expect(merged[0]!.source).toBe('phrases');
  });

  it('keeps a flag inside another as the outer one, and keeps touching flags apart', () => {
    const inner = mergeOverlaps(body, [flag('sarcasm', 0, 20, body), flag('sarcasm', 5, 10, body)]);
    expect(spans(inner)).toStrictEqual([['sarcasm', 0, 20, body.slice(0, 20)]]);
    const touching = mergeOverlaps(body, [flag('sarcasm', 0, 10, body), flag('sarcasm', 10, 20, body)]);
    expect(spans(touching)).toStrictEqual([
      ['sarcasm', 0, 10, body.slice(0, 10)],
      ['sarcasm', 10, 20, body.slice(10, 20)],
    ]);
  });

  it('never merges flags of different kinds, and merges across one of another kind', () => {
    const merged = mergeOverlaps(body, [
      flag('bitterness', 0, 10, body),
      flag('sarcasm', 2, 12, body),
      flag('bitterness', 8, 15, body),
    ]);
    expect(spans(merged)).toStrictEqual([
      ['bitterness', 0, 15, body.slice(0, 15)],
      ['sarcasm', 2, 12, body.slice(2, 12)],
    ]);
  });

  it("keeps a model flag's cause and source when a phrase flag of its kind extends it", () => {
    const model = makeModelFlag(body, 'blame', { start: 0, end: 10 }, { start: 3, end: 6 });
    expect(model).toMatchObject({ source: 'model', cause: { start: 3, end: 6, text: 'def' }, text: body.slice(0, 10) });
    const merged = mergeOverlaps(body, [model, flag('blame', 8, 14, body)]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      start: 0,
      end: 14,
      text: body.slice(0, 14),
      source: 'model',
      cause: { start: 3, end: 6, text: 'def' },
    });
  });

  it('orders by start, then by the order of tone kinds, then the longer first', () => {
    const sorted = sortFlags([
      flag('hedging', 5, 6, body),
      flag('hedging', 0, 3, body),
      flag('bitterness', 0, 2, body),
      flag('hedging', 0, 9, body),
      flag('sarcasm', 0, 1, body),
    ]);
    expect(sorted.map((f) => [f.kind, f.start, f.end])).toStrictEqual([
      ['bitterness', 0, 2],
      ['sarcasm', 0, 1],
      ['hedging', 0, 9],
      ['hedging', 0, 3],
      ['hedging', 5, 6],
    ]);
  });
});

describe('the prepared text', () => {
  it('keeps every offset, and masks a placeholder as one word of x', () => {
    const body = 'Hi {{contact.firstName}}, thanks!';
    const prepared = prepareText(body, 'email');
    expect(prepared).toHaveLength(body.length);
    expect(prepared).toBe(`hi ${'x'.repeat('{{contact.firstName}}'.length)}, thanks!`);
    expect(countWords(prepared)).toBe(3);
  });

  it('blanks a capitals heading line, but not a sentence in capitals or one with a placeholder', () => {
    const body = 'OPENER\nThanks for the call.\nTHANK YOU SO MUCH!\nHI {{company}}';
    const prepared = prepareText(body, 'call');
    expect(prepared.split('\n')).toStrictEqual([
      '      ',
      'thanks for the call.',
      'thank you so much!',
      `hi ${'x'.repeat('{{company}}'.length)}`,
    ]);
  });

  it('blanks [stage directions] only in a spoken channel', () => {
    const body = 'Thanks [slowly] for the call.';
    expect(prepareText(body, 'voicemail')).toBe('thanks          for the call.');
    expect(prepareText(body, 'call')).toBe('thanks          for the call.');
    expect(prepareText(body, 'email')).toBe('thanks [slowly] for the call.');
  });

  it('masks a placeholder inside a stage direction once, keeping the length', () => {
    const body = 'Say [{{me.name}} here] now.';
    const prepared = prepareText(body, 'call');
    expect(prepared).toHaveLength(body.length);
    expect(prepared).toBe(`say ${' '.repeat('[{{me.name}} here]'.length)} now.`);
  });

  it('unifies apostrophes and folds case without changing the length', () => {
    expect(foldCaseKeepingLength('Don\u2019t `Stop`')).toBe("don't 'stop'");
    const dotted = 'I\u0130x'; // a capital dotted I lower-cases to two code units
    expect(foldCaseKeepingLength(dotted)).toHaveLength(dotted.length);
    expect(foldCaseKeepingLength(dotted)).toBe('i\u0130x');
  });
});

describe('counting words', () => {
  it('joins words with an apostrophe, hyphen, dot, slash, &, @ or +, but not with a trailing joiner', () => {
    expect(countWords("don't follow-up sam@acme.com a/b r&d c++ end.")).toBe(7);
    expect(countWords('one - two -- three')).toBe(3);
    expect(countWords("rock' n")).toBe(2);
  });

  it('counts each digit of a long number in a spoken channel, and three-digit runs only', () => {
    expect(countWords('555-201-3344', true)).toBe(10);
    expect(countWords('555-201-3344', false)).toBe(1);
    expect(countWords('call 12 now', true)).toBe(3);
    expect(countWords('call 123 now', true)).toBe(5);
    expect(countWords('room a12 now', true)).toBe(3);
  });

  it('counts letters outside ASCII as words', () => {
    expect(countWords('мне очень жаль, 東京')).toBe(4);
    expect(countWords('  \n\t ')).toBe(0);
  });
});
