import { readDraft } from '../../core/coach/analyze';
import { extractFeatures, FEATURE_BITS, MODEL_OUTPUTS } from '../../core/coach/features';
import type { CoachModel, CombineMode, ModelOutput } from '../../core/coach/model';
import type { DraftChannel } from '../../core/drafts';

export type PerOutput = Partial<Record<ModelOutput, number>>;

export interface StubModelSpec {
  bias?: PerOutput;
  thresholds?: PerOutput;
  vetoes?: PerOutput;
  combine?: Partial<Record<ModelOutput, CombineMode>>;
  /** Weights by feature name ("w:zebra" for a word), per output. */
  weights?: Record<string, PerOutput>;
}

/**
 * A small coach model for tests that mock `getModel`: bias 0, threshold 1, veto -1 and combine "model"
 * for every output unless the spec says otherwise, and weights only on the named features, which must be
 * features of `text` (read as the coach reads a draft on `channel`).
 */
export function buildStubModel(text: string, spec: StubModelSpec, channel: DraftChannel = 'email'): CoachModel {
  const K = MODEL_OUTPUTS.length;
  const reading = readDraft(text, channel);
  const keyOf = new Map<string, number>();
  for (const sentence of extractFeatures(reading.normalized, reading.sentences, reading.signals, true)) {
    sentence.names!.forEach((name, i) => keyOf.set(name, sentence.keys[i]!));
  }
  const names = Object.keys(spec.weights ?? {});
  const rowOf = new Int32Array(1 << FEATURE_BITS).fill(-1);
  const weights = new Float32Array(names.length * K);
  names.forEach((name, row) => {
    const key = keyOf.get(name);
    if (key === undefined) throw new Error(`The text has no feature ${name}.`);
    rowOf[key] = row;
    for (const [output, weight] of Object.entries(spec.weights![name]!)) {
      weights[row * K + MODEL_OUTPUTS.indexOf(output as ModelOutput)] = weight;
    }
  });
  const per = (values: PerOutput | undefined, fallback: number) =>
    Float32Array.from(MODEL_OUTPUTS.map((output) => values?.[output] ?? fallback));
  return {
    outputs: MODEL_OUTPUTS,
    bias: per(spec.bias, 0),
    thresholds: per(spec.thresholds, 1),
    vetoes: per(spec.vetoes, -1),
    combine: Object.fromEntries(MODEL_OUTPUTS.map((output) => [output, spec.combine?.[output] ?? 'model'])) as Record<
      ModelOutput,
      CombineMode
    >,
    rowOf,
    weights,
  };
}
