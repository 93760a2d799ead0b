/**
 * Tests aimed at mutants of the coach model's features (features.ts), issue 21 (`npm run mutate -- --group
 * coach --only core/coach/features.ts`). They read the features' names (`keepNames`), their offsets and their
 * keys, with what the phrase lists found given by hand where that is clearer, so nothing here depends on the
 * trained weights.
 */
import { describe, expect, it } from 'vitest';
import { readDraft } from '../../core/coach/analyze';
import { extractFeatures, hashFeature, MAX_SENTENCE_TOKENS } from '../../core/coach/features';
import type { RuleSignals, SentenceFeatures } from '../../core/coach/features';
import type { PartSentenceScores } from '../../core/coach/parts';
import { splitSentences } from '../../core/coach/sentences';
import { prepareText } from '../../core/coach/text';
import type { ToneFlag, ToneKind } from '../../core/coach/types';
import type { DraftChannel } from '../../core/drafts';

function nothingFound(count: number): PartSentenceScores {
  return {
    scores: new Array<number>(count).fill(0),
    vetoed: new Array<boolean>(count).fill(false),
    cueStart: new Array<number>(count).fill(-1),
    cueEnd: new Array<number>(count).fill(-1),
  };
}

function toneFlag(body: string, kind: ToneKind, start: number, end: number): ToneFlag {
  const text = body.slice(start, end);
  return { kind, start, end, text, suggestion: '', source: 'phrases', cause: { start, end, text } };
}

/** Features of a draft, with what the phrase lists found given by hand (nothing, unless said). */
function featuresOf(
  body: string,
  found: { parts?: Partial<RuleSignals['parts']>; flags?: ToneFlag[]; sarcastic?: number[] } = {},
  channel: DraftChannel = 'email',
): SentenceFeatures[] {
  const sentences = splitSentences(body);
  const signals: RuleSignals = {
    parts: {
      gratitude: nothingFound(sentences.length),
      sincerity: nothingFound(sentences.length),
      connection: nothingFound(sentences.length),
      ...found.parts,
    },
    flags: found.flags ?? [],
    sarcastic: new Set(found.sarcastic ?? []),
  };
  return extractFeatures(prepareText(body, channel), sentences, signals, true);
}

/** Each feature's name with the text behind it ('' when it has none). */
function named(body: string, sentence: SentenceFeatures): [string, string][] {
  return sentence.names!.map((name, i) => [
    name,
    sentence.starts[i]! < 0 ? '' : body.slice(sentence.starts[i], sentence.ends[i]),
  ]);
}

describe('the words of a sentence', () => {
  it('names every word, pair and triple once, with the words behind it, and the longer words by their stem', () => {
    const body = 'Thanks, Sam, thanks again for everything.';
    const [sentence] = featuresOf(body);
    expect(named(body, sentence!)).toStrictEqual([
      ['bias', ''],
      ['w:thanks', 'Thanks'],
      ['b:thanks sam', 'Thanks, Sam'],
      ['t:thanks sam thanks', 'Thanks, Sam, thanks'],
      ['w:sam', 'Sam'],
      ['b:sam thanks', 'Sam, thanks'],
      ['t:sam thanks again', 'Sam, thanks again'],
      ['b:thanks again', 'thanks again'],
      ['t:thanks again for', 'thanks again for'],
      ['w:again', 'again'],
      ['b:again for', 'again for'],
      ['t:again for everything', 'again for everything'],
      ['w:for', 'for'],
      ['b:for everything', 'for everything'],
      ['w:everything', 'everything'],
      ['s:every', 'everything'],
      ['p:first', ''],
      ['p:last', ''],
    ]);
    // The fixed names hash as their text; every key is a different number.
    expect(sentence!.keys[0]).toBe(hashFeature('bias'));
    expect(new Set(sentence!.keys).size).toBe(sentence!.keys.length);
  });

  it('gives a stem only to words of seven letters or more', () => {
    const [sentence] = featuresOf('Thanks kindly, grateful people.');
    const stems = sentence!.names!.filter((name) => name.startsWith('s:'));
    expect(stems).toStrictEqual(['s:grate']);
  });

  it('keeps a contraction as one word, and reads a placeholder of five x or more as a slot and digits as a number', () => {
    const [sentence] = featuresOf("I don't mind, xxxx xxxxx 42 times, maxxxxx xxxxxam 4th mp3.");
    const words = sentence!.names!.filter((name) => name.startsWith('w:'));
    expect(words).toStrictEqual([
      'w:i',
      "w:don't",
      'w:mind',
      'w:xxxx',
      'w:<slot>',
      'w:<num>',
      'w:times',
      'w:maxxxxx',
      'w:xxxxxam',
      'w:4th',
      'w:mp3',
    ]);
  });

  it(`reads a sentence up to ${MAX_SENTENCE_TOKENS} words`, () => {
    const body = `${Array.from({ length: MAX_SENTENCE_TOKENS + 5 }, (_, i) => `v${i}a`).join(' ')}.`;
    const [sentence] = featuresOf(body);
    const words = sentence!.names!.filter((name) => name.startsWith('w:'));
    expect(words).toHaveLength(MAX_SENTENCE_TOKENS);
    expect(words.at(-1)).toBe(`w:v${MAX_SENTENCE_TOKENS - 1}a`);
    expect(sentence!.names).not.toContain(`b:v${MAX_SENTENCE_TOKENS - 1}a v${MAX_SENTENCE_TOKENS}a`);
  });

  it('reads the words of the sentences either side, with no words behind them', () => {
    const body = 'Hello there. Kind regards. Sam Lee here.';
    const [first, middle, last] = featuresOf(body);
    const around = (sentence: SentenceFeatures) =>
      named(body, sentence).filter(([name]) => name.startsWith('pw:') || name.startsWith('nw:'));
    expect(around(first!)).toStrictEqual([
      ['nw:kind', ''],
      ['nw:regards', ''],
    ]);
    expect(around(middle!)).toStrictEqual([
      ['pw:hello', ''],
      ['pw:there', ''],
      ['nw:sam', ''],
      ['nw:lee', ''],
      ['nw:here', ''],
    ]);
    expect(around(last!)).toStrictEqual([
      ['pw:kind', ''],
      ['pw:regards', ''],
    ]);
  });

  it('keeps no names when not asked, and leaves out the features the model does not know', () => {
    const body = 'Thanks again, Sam.';
    const sentences = splitSentences(body);
    const reading = readDraft(body, 'email');
    const all = extractFeatures(reading.normalized, sentences, reading.signals);
    expect(all[0]!.names).toBeNull();
    const named = extractFeatures(reading.normalized, sentences, reading.signals, true);
    expect(all[0]!.keys).toStrictEqual(named[0]!.keys);
    const known = new Int32Array(2 ** 18).fill(-1);
    known[hashFeature('bias')] = 0;
    known[named[0]!.keys[named[0]!.names!.indexOf('w:sam')]!] = 1;
    const kept = extractFeatures(reading.normalized, sentences, reading.signals, true, known);
    expect(kept[0]!.names).toStrictEqual(['bias', 'w:sam']);
    expect(kept[0]!.starts).toStrictEqual([-1, body.indexOf('Sam')]);
  });
});

describe("a sentence's place", () => {
  it('marks the first and last sentences, a short one (three words or fewer), a question and an exclamation', () => {
    const body = 'Hi there Sam, hello. Could we talk soon? Great news, all of it! Bye now';
    const places = featuresOf(body).map((sentence) => sentence.names!.filter((name) => name.startsWith('p:')));
    expect(places).toStrictEqual([['p:first'], ['p:question'], ['p:exclaim'], ['p:short', 'p:last']]);
    expect(featuresOf('One two three.')[0]!.names).toContain('p:short');
    expect(featuresOf('One two three four.')[0]!.names).not.toContain('p:short');
  });

  it('gives the place features no words behind them, and reads a sentence of one mark', () => {
    const body = 'Hi. Could we talk soon? Great news all round! !';
    const places = featuresOf(body).map((sentence) => named(body, sentence).filter(([name]) => name.startsWith('p:')));
    expect(places).toStrictEqual([
      [
        ['p:short', ''],
        ['p:first', ''],
      ],
      [['p:question', '']],
      [['p:exclaim', '']],
      [
        ['p:short', ''],
        ['p:last', ''],
        ['p:exclaim', ''],
      ],
    ]);
  });

  it('reads the last character said, past a stage direction blanked in a spoken channel', () => {
    const [sentence] = featuresOf('Could you call me back?[smile]', {}, 'voicemail');
    expect(sentence!.names).toContain('p:question');
    const [written] = featuresOf('Could you call me back?[smile]', {}, 'email');
    expect(written!.names).not.toContain('p:question');
  });
});

describe('what the phrase lists found', () => {
  it("names a part's level in a sentence (full, half or some) with the cue's words, and tells the next sentence", () => {
    const body = 'Alpha beta gamma. Delta epsilon zeta. Eta theta iota. Kappa lambda mu.';
    const sentences = splitSentences(body);
    const at = (word: string) => body.indexOf(word);
    const gratitude: PartSentenceScores = {
      scores: [1.5, 0.5, 0.2, 0],
      vetoed: [false, false, false, false],
      cueStart: [at('beta'), at('epsilon'), at('iota'), -1],
      cueEnd: [at('beta') + 4, at('epsilon') + 7, at('iota') + 4, -1],
    };
    const connection: PartSentenceScores = { ...nothingFound(4), scores: [0, 0, 0, 0.49] };
    connection.cueStart[3] = at('mu');
    connection.cueEnd[3] = at('mu') + 2;
    const features = featuresOf(body, { parts: { gratitude, connection } });
    const rules = features.map((sentence) =>
      named(body, sentence).filter(([name]) => name.startsWith('r:') || name.startsWith('prev:')),
    );
    expect(rules).toStrictEqual([
      [['r:gratitude:full', 'beta']],
      [
        ['r:gratitude:half', 'epsilon'],
        ['prev:r:gratitude:full', ''],
      ],
      [
        ['r:gratitude:some', 'iota'],
        ['prev:r:gratitude:half', ''],
      ],
      [
        ['r:connection:some', 'mu'],
        ['prev:r:gratitude:some', ''],
      ],
    ]);
    expect(sentences).toHaveLength(4);
  });

  it("names a tone flag in every sentence it touches, in any order given (one at a sentence's first word), and a sarcastic sentence", () => {
    const body = 'Alpha beta. Gamma delta. Epsilon zeta. Eta theta.';
    const at = (word: string) => body.indexOf(word);
    const flags = [
      toneFlag(body, 'blame', at('theta'), at('theta') + 5),
      toneFlag(body, 'hedging', at('beta'), at('delta') + 5),
      toneFlag(body, 'pleading', at('Alpha'), at('Alpha') + 5),
      toneFlag(body, 'contempt', at('Epsilon'), at('Epsilon') + 7),
    ];
    const features = featuresOf(body, { flags, sarcastic: [2] });
    const rules = features.map((sentence) =>
      named(body, sentence).filter(([name]) => name.startsWith('r:') || name.startsWith('prev:')),
    );
    expect(rules).toStrictEqual([
      [
        ['r:tone:pleading', 'Alpha'],
        ['r:tone:hedging', 'beta. Gamma delta'],
      ],
      [
        ['r:tone:hedging', 'beta. Gamma delta'],
        ['prev:r:tone:pleading', ''],
        ['prev:r:tone:hedging', ''],
      ],
      [
        ['r:tone:contempt', 'Epsilon'],
        ['r:sarcastic', ''],
        ['prev:r:tone:hedging', ''],
      ],
      [
        ['r:tone:blame', 'theta'],
        ['prev:r:tone:contempt', ''],
        ['prev:r:sarcastic', ''],
      ],
    ]);
  });

  it('reads the phrase lists of a real draft the same way', () => {
    const body = 'Thank you for your time. Your loss.';
    const reading = readDraft(body, 'email');
    const features = extractFeatures(reading.normalized, reading.sentences, reading.signals, true);
    expect(features[0]!.names).toContain('r:gratitude:full');
    expect(features[1]!.names).toEqual(expect.arrayContaining(['r:tone:bitterness', 'prev:r:gratitude:full']));
  });
});
