import { decodeBase64 } from './base64';
import { FEATURE_BITS, MODEL_OUTPUTS } from './features';
import type { ANY_TONE } from './features';
import type { SentenceFeatures } from './features';
import { COACH_MODEL } from './model-weights';
import type { RoadmapPart, ToneKind } from './types';

/**
 * Why: phrase lists catch what they list and miss paraphrase, so the coach also weighs each sentence
 * with a small linear model (logistic regression, one output per part and per tone kind) trained on
 * the labelled corpus by scripts/train-coach.mjs. Its weights are committed in model-weights.ts: a
 * list of hashed features, each with one signed byte per output. It is decoded once, on first use,
 * and scoring a sentence is one table look-up per feature. The model's features include what the
 * phrase lists found, so it learns when to trust them.
 */

export type ModelOutput = RoadmapPart | ToneKind | typeof ANY_TONE;
/**
 * How the model's verdict and the phrase lists' combine for an output (chosen by the training script):
 * "model" alone; "either" keeps every phrase-list finding; "vetoable" keeps a phrase-list finding
 * unless the model scores its sentence below the output's veto threshold.
 */
export type CombineMode = 'model' | 'either' | 'vetoable';

export interface CoachModel {
  outputs: readonly ModelOutput[];
  bias: Float32Array;
  /** Logit a sentence must reach for the output to count. */
  thresholds: Float32Array;
  /** Logit below which the model overrules a phrase-list finding ("vetoable" outputs only). */
  vetoes: Float32Array;
  combine: Readonly<Record<ModelOutput, CombineMode>>;
  /** Row of each hashed feature in `weights`, or -1. */
  rowOf: Int32Array;
  weights: Float32Array;
}

interface ModelData {
  bits: number;
  outputs: readonly string[];
  bias: readonly number[];
  scales: readonly number[];
  thresholds: readonly number[];
  vetoes: readonly number[];
  combine: Readonly<Record<string, string>>;
  rows: string;
}

function readVarint(bytes: Uint8Array, at: { i: number }): number {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at.i++]!;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return value;
    shift += 7;
  }
}

export function decodeModel(data: ModelData): CoachModel {
  if (data.bits !== FEATURE_BITS || data.outputs.join() !== MODEL_OUTPUTS.join()) {
    throw new Error('The coach model does not match this build; run scripts/train-coach.mjs again.');
  }
  const k = MODEL_OUTPUTS.length;
  const bytes = decodeBase64(data.rows);
  const at = { i: 0 };
  const count = readVarint(bytes, at);
  const rowOf = new Int32Array(1 << FEATURE_BITS).fill(-1);
  let key = 0;
  for (let row = 0; row < count; row += 1) {
    key += readVarint(bytes, at);
    rowOf[key] = row;
  }
  const weights = new Float32Array(count * k);
  for (let i = 0; i < count * k; i += 1) {
    const byte = bytes[at.i + i]!;
    weights[i] = (byte > 127 ? byte - 256 : byte) * data.scales[i % k]!;
  }
  return {
    outputs: MODEL_OUTPUTS,
    bias: Float32Array.from(data.bias),
    thresholds: Float32Array.from(data.thresholds),
    vetoes: Float32Array.from(data.vetoes),
    combine: data.combine as Record<ModelOutput, CombineMode>,
    rowOf,
    weights,
  };
}

/** Whether a phrase-list finding in a sentence with this logit stands. */
export function keepsRuleFinding(model: CoachModel, output: number, logit: number): boolean {
  const mode = model.combine[model.outputs[output]!];
  if (mode === 'either') return true;
  if (mode === 'vetoable') return logit >= model.vetoes[output]!;
  return logit >= model.thresholds[output]!;
}

let loaded: CoachModel | null = null;

/** The committed model, decoded on first use. */
export function getModel(): CoachModel {
  loaded ??= decodeModel(COACH_MODEL);
  return loaded;
}

/** Logits for every output, for one sentence. */
export function scoreSentence(model: CoachModel, features: SentenceFeatures): Float32Array {
  const k = model.outputs.length;
  const logits = Float32Array.from(model.bias);
  for (const key of features.keys) {
    const row = model.rowOf[key]!;
    if (row < 0) continue;
    const base = row * k;
    for (let o = 0; o < k; o += 1) logits[o]! += model.weights[base + o]!;
  }
  return logits;
}

/** The feature that pushed `output` up the most in this sentence, as offsets into the body; null if none did. */
export function topContribution(
  model: CoachModel,
  features: SentenceFeatures,
  output: number,
): { start: number; end: number } | null {
  const k = model.outputs.length;
  let best = 0;
  let found: { start: number; end: number } | null = null;
  for (let f = 0; f < features.keys.length; f += 1) {
    const row = model.rowOf[features.keys[f]!]!;
    if (row < 0) continue;
    const weight = model.weights[row * k + output]!;
    const start = features.starts[f]!;
    const end = features.ends[f]!;
    if (start < 0) continue;
    if (weight > best) {
      best = weight;
      found = { start, end };
    }
  }
  return found;
}
