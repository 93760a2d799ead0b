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

  it('reads the context a barb needs: a turn after thanks, a count of weeks, quoted words, a smile, the next sentence', () => {
    const body = [
      'Thank you for the update, even if it took three weeks.',
      'Good to hear I was "too quiet" 🙂',
      'Thanks again, and keep me in mind.',
    ].join('\n');
    const reading = readDraft(body, 'email');
    const [first, second, third] = extractFeatures(reading.normalized, reading.sentences, reading.signals, true);
    expect(first!.names).toEqual(
      expect.arrayContaining(['x:even if', 'xg:even if', 'xg:any', 'd:span', 'dg:span', 'dx:span', 'p:first']),
    );
    expect(first!.names).not.toContain('q:quoted');
    expect(second!.names).toEqual(expect.arrayContaining(['q:quoted', 'e:pictograph', 'next:r:gratitude:full']));
    expect(second!.names).not.toEqual(expect.arrayContaining(['xg:any']));
    expect(second!.names).not.toContain('d:span');
    // A contrast word after a sentence of thanks is read with it; a plain sentence of thanks has none.
    const turned = readDraft('Thank you for calling. Though it was a no, I was glad to hear it from you.', 'email');
    const [, after] = extractFeatures(turned.normalized, turned.sentences, turned.signals, true);
    expect(after!.names).toEqual(expect.arrayContaining(['x:though', 'xpg:though', 'prev:r:gratitude:full']));
    expect(third!.names!.filter((name) => /^(?:x|xg|xpg|d|q|e):/.test(name))).toEqual([]);
  });
});
