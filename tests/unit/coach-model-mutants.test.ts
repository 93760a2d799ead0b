/**
 * Tests aimed at mutants of the coach model's arithmetic (model.ts), issue 21 (`npm run mutate -- --group
 * coach --only core/coach/model.ts`). Every test builds its own small model, encoded the way
 * scripts/train-coach.mjs encodes one, so nothing here depends on the trained weights.
 */
import { describe, expect, it } from 'vitest';
import { FEATURE_BITS, MODEL_OUTPUTS } from '../../core/coach/features';
import type { SentenceFeatures } from '../../core/coach/features';
import { decodeModel, getModel, keepsRuleFinding, scoreSentence, topContribution } from '../../core/coach/model';
import type { CoachModel, CombineMode, ModelOutput } from '../../core/coach/model';

const K = MODEL_OUTPUTS.length;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1] ?? 0, bytes[i + 2] ?? 0];
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

function varint(value: number): number[] {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}

/** A model's data as the training script writes it: rows sorted by key, one signed byte per output. */
function modelData(rows: { key: number; bytes: number[] }[], overrides: Record<string, unknown> = {}) {
  const sorted = [...rows].sort((a, b) => a.key - b.key);
  const bytes: number[] = [...varint(sorted.length)];
  let previous = 0;
  for (const row of sorted) {
    bytes.push(...varint(row.key - previous));
    previous = row.key;
  }
  for (const row of sorted) for (let o = 0; o < K; o += 1) bytes.push((row.bytes[o] ?? 0) & 0xff);
  return {
    bits: FEATURE_BITS,
    outputs: [...MODEL_OUTPUTS],
    bias: MODEL_OUTPUTS.map((_, o) => o / 10),
    scales: MODEL_OUTPUTS.map((_, o) => (o === 1 ? 0.5 : 0.25)),
    thresholds: MODEL_OUTPUTS.map(() => 1),
    vetoes: MODEL_OUTPUTS.map(() => -1),
    combine: Object.fromEntries(MODEL_OUTPUTS.map((output) => [output, 'model'])),
    rows: base64(bytes),
    ...overrides,
  };
}

function features(keys: number[], starts?: number[], ends?: number[]): SentenceFeatures {
  return {
    keys,
    starts: starts ?? keys.map((_, i) => i * 10),
    ends: ends ?? keys.map((_, i) => i * 10 + 5),
    names: null,
  };
}

describe('decoding a model', () => {
  it('reads keys as growing varint gaps (several bytes each) and weights as signed bytes times each output’s scale', () => {
    const model = decodeModel(
      modelData([
        { key: 5, bytes: [4, 200] },
        { key: 300, bytes: [-8] },
        { key: 2 ** 17 + 3, bytes: [127, 128, 0, 1] },
      ]),
    );
    expect(model.outputs).toStrictEqual(MODEL_OUTPUTS);
    expect(model.rowOf).toHaveLength(2 ** FEATURE_BITS);
    expect([model.rowOf[5], model.rowOf[300], model.rowOf[2 ** 17 + 3]]).toStrictEqual([0, 1, 2]);
    expect([model.rowOf[0], model.rowOf[4], model.rowOf[6], model.rowOf[295]]).toStrictEqual([-1, -1, -1, -1]);
    expect(model.weights).toHaveLength(3 * K);
    // Output 1 has scale 0.5, the rest 0.25; bytes over 127 are negative.
    expect(Array.from(model.weights.slice(0, 3))).toStrictEqual([1, -28, 0]);
    expect(model.weights[K]).toBe(-2);
    expect(Array.from(model.weights.slice(2 * K, 2 * K + 4))).toStrictEqual([31.75, -64, 0, 0.25]);
    expect(Array.from(model.bias)).toStrictEqual(MODEL_OUTPUTS.map((_, o) => Math.fround(o / 10)));
    expect(Array.from(model.thresholds)).toStrictEqual(MODEL_OUTPUTS.map(() => 1));
    expect(Array.from(model.vetoes)).toStrictEqual(MODEL_OUTPUTS.map(() => -1));
    expect(model.combine.gratitude).toBe('model');
  });

  it('refuses a model trained for another table size or other outputs, in one sentence', () => {
    const message = 'The coach model does not match this build; run scripts/train-coach.mjs again.';
    expect(() => decodeModel(modelData([], { bits: FEATURE_BITS - 1 }))).toThrow(message);
    expect(() => decodeModel(modelData([], { outputs: [...MODEL_OUTPUTS].reverse() }))).toThrow(message);
    expect(() => decodeModel(modelData([], { outputs: MODEL_OUTPUTS.slice(1) }))).toThrow(message);
    expect(() => decodeModel(modelData([]))).not.toThrow();
  });

  it('reads a varint byte of exactly 0x80 as "more to come"', () => {
    // A gap of 128 is written 0x80 0x01: no bits in the first byte, one in the second.
    const model = decodeModel(
      modelData([
        { key: 128, bytes: [4] },
        { key: 128 + 256, bytes: [8] },
      ]),
    );
    expect(varint(128)).toStrictEqual([0x80, 0x01]);
    expect(varint(256)).toStrictEqual([0x80, 0x02]);
    expect([model.rowOf[128], model.rowOf[384], model.rowOf[0], model.rowOf[1]]).toStrictEqual([0, 1, -1, -1]);
    expect(Array.from(model.weights.filter((_, i) => i % K === 0))).toStrictEqual([1, 2]);
  });

  it('decodes the committed model once and keeps it', () => {
    const first = getModel();
    expect(getModel()).toBe(first);
    expect(first.outputs).toStrictEqual(MODEL_OUTPUTS);
    expect(first.weights.length).toBeGreaterThan(0);
  });
});

function smallModel(combine: CombineMode = 'model'): CoachModel {
  return decodeModel(
    modelData(
      [
        { key: 10, bytes: [4, 2, -4] },
        { key: 20, bytes: [8, 0, 4] },
        { key: 30, bytes: [-12, 6, 0] },
      ],
      {
        bias: MODEL_OUTPUTS.map(() => 0.5),
        thresholds: MODEL_OUTPUTS.map(() => 2),
        vetoes: MODEL_OUTPUTS.map(() => -1),
        combine: Object.fromEntries(MODEL_OUTPUTS.map((output) => [output, combine])),
      },
    ),
  );
}

describe('scoring a sentence', () => {
  it('adds the weights of each known feature to the bias, and skips features the model does not know', () => {
    const model = smallModel();
    const logits = scoreSentence(model, features([10, 20, 99, 30]));
    // Output 0: 0.5 + (4 + 8 - 12) * 0.25; output 1: 0.5 + (2 + 0 + 6) * 0.5; output 2: 0.5 + (-4 + 4) * 0.25.
    expect(Array.from(logits.slice(0, 4))).toStrictEqual([0.5, 4.5, 0.5, 0.5]);
    expect(logits).toHaveLength(K);
    expect(Array.from(scoreSentence(model, features([20])).slice(0, 3))).toStrictEqual([2.5, 0.5, 1.5]);
    expect(Array.from(scoreSentence(model, features([])))).toStrictEqual(MODEL_OUTPUTS.map(() => 0.5));
    // The bias is copied, not added to in place.
    expect(model.bias[0]).toBe(0.5);
  });

  it('names the feature that pushed an output up the most, the first on a tie, and none that pulled it down', () => {
    const model = smallModel();
    expect(topContribution(model, features([10, 20, 30]), 0)).toStrictEqual({ start: 10, end: 15 });
    expect(topContribution(model, features([30, 10]), 1)).toStrictEqual({ start: 0, end: 5 });
    expect(topContribution(model, features([10, 20, 30], [0, 7, 40], [3, 9, 44]), 1)).toStrictEqual({
      start: 40,
      end: 44,
    });
    // A tie (10 and 20 both push output 0 by 1 when 20 is worth as much): the first one wins.
    const tie = decodeModel(
      modelData([
        { key: 10, bytes: [4] },
        { key: 20, bytes: [4] },
      ]),
    );
    expect(topContribution(tie, features([20, 10]), 0)).toStrictEqual({ start: 0, end: 5 });
    // Only negative or zero weights, or features the model does not know: nothing to name.
    expect(topContribution(model, features([30]), 0)).toBeNull();
    expect(topContribution(model, features([20]), 1)).toBeNull();
    expect(topContribution(model, features([99]), 0)).toBeNull();
    // A feature with no words behind it (the bias, the sentence's place) is never named.
    expect(topContribution(model, features([20, 10], [-1, 30], [-1, 33]), 0)).toStrictEqual({ start: 30, end: 33 });
  });
});

describe('combining the model with the phrase lists', () => {
  it('keeps every phrase-list finding for "either", and weighs it against the veto or the threshold otherwise', () => {
    const at = (mode: CombineMode, logit: number) => keepsRuleFinding(smallModel(mode), 0, logit);
    expect([at('either', -50), at('either', 50)]).toStrictEqual([true, true]);
    expect([at('vetoable', -1.5), at('vetoable', -1), at('vetoable', 0)]).toStrictEqual([false, true, true]);
    expect([at('model', 1.5), at('model', 2), at('model', 3)]).toStrictEqual([false, true, true]);
  });

  it("reads each output's own mode, veto and threshold", () => {
    const model = smallModel('model');
    const combine = { ...model.combine, sincerity: 'vetoable', connection: 'either' } as Record<
      ModelOutput,
      CombineMode
    >;
    const thresholds = Float32Array.from(MODEL_OUTPUTS.map((_, o) => o));
    const vetoes = Float32Array.from(MODEL_OUTPUTS.map((_, o) => -o));
    const mixed: CoachModel = { ...model, combine, thresholds, vetoes };
    expect(keepsRuleFinding(mixed, 0, 0)).toBe(true);
    expect(keepsRuleFinding(mixed, 1, -1)).toBe(true);
    expect(keepsRuleFinding(mixed, 1, -1.5)).toBe(false);
    expect(keepsRuleFinding(mixed, 2, -100)).toBe(true);
    expect(keepsRuleFinding(mixed, 5, 4.9)).toBe(false);
    expect(keepsRuleFinding(mixed, 5, 5)).toBe(true);
  });
});
