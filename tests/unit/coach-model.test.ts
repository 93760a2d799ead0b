import { describe, expect, it } from 'vitest';
import { readDraft, scoreSentences } from '../../core/coach/analyze';
import { extractFeatures, hashFeature } from '../../core/coach/features';
import { getModel } from '../../core/coach/model';

const BODY = [
  'Hi Grace,',
  '',
  'Thank you for calling me yourself. I trust it was the right call, and I hope whoever you picked can do the job.',
  'I think maybe I just sort of froze. Larkspur is still the place I would most like to work!',
  'Could we stay in touch? {{company}} has my number.',
].join('\n');

describe("the coach model's features", () => {
  it('leaving out the features the model gives no weight changes no score', () => {
    const reading = readDraft(BODY, 'email');
    const model = getModel();
    const all = extractFeatures(reading.normalized, reading.sentences, reading.signals);
    const known = extractFeatures(reading.normalized, reading.sentences, reading.signals, false, model.rowOf);
    expect(known.reduce((n, s) => n + s.keys.length, 0)).toBeLessThan(all.reduce((n, s) => n + s.keys.length, 0));
    for (const sentence of known) for (const key of sentence.keys) expect(model.rowOf[key]).toBeGreaterThanOrEqual(0);
    const before = scoreSentences(model, all);
    const after = scoreSentences(model, known);
    expect(after.map((row) => Array.from(row))).toEqual(before.map((row) => Array.from(row)));
  });

  it('hashes each kind of feature apart, and names what it hashed', () => {
    const reading = readDraft('Thank you thank you. Thank you again.', 'email');
    const [first, second] = extractFeatures(reading.normalized, reading.sentences, reading.signals, true);
    const names = first!.names!;
    // "thank" as a word, in a pair, and as the word of the sentence after: three different features.
    expect(names).toEqual(expect.arrayContaining(['w:thank', 'b:thank you', 't:thank you thank', 'nw:thank']));
    expect(new Set(first!.keys).size).toBe(first!.keys.length);
    expect(names.filter((name) => name === 'w:thank')).toHaveLength(1);
    expect(second!.names).toEqual(expect.arrayContaining(['pw:thank', 'w:again', 'bias', 'p:last']));
    // Fixed names hash as their text; word features are spread over the whole table.
    expect(second!.keys[second!.names!.indexOf('bias')]).toBe(hashFeature('bias'));
    const keys = new Set(first!.keys);
    expect(keys.size).toBeGreaterThan(8);
    for (const key of keys) expect(key).toBeLessThan(2 ** 18);
  });

  it('reads a placeholder as one slot and a number as a number', () => {
    const reading = readDraft('Ring me on 07700 900123 about {{company}} soon.', 'email');
    const [sentence] = extractFeatures(reading.normalized, reading.sentences, reading.signals, true);
    expect(sentence!.names).toEqual(expect.arrayContaining(['w:<num>', 'w:<slot>', 'b:about <slot>']));
  });
});
