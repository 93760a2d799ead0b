// Trains the coach's sentence model and writes core/coach/model-weights.ts.
//
//   npm run train:coach            (compiles core with tsc first, then runs this)
//   node scripts/train-coach.mjs [--check]   (--check: train and report, write nothing)
//
// Reproducible: no randomness at all (full-batch training from zero weights, a fixed split by id), so
// the same corpus and the same code always give the same weights. The features come from the compiled
// core (dist/node/core/coach/features.js), the very code the app runs. What it does:
//   1. reads tests/coach-corpus/train.json: messages with labels and, for each true label, the exact
//      words that carry it (`evidence`, `toneEvidence`);
//   2. cuts each message into the coach's sentences; a sentence is a positive example of a part or a
//      tone kind when it overlaps those words;
//   3. fits a logistic regression per output (Adam, L2, positives weighted up) in five folds by id,
//      so every message gets a score from a model that never saw it; picks each output's threshold,
//      and whether to combine it with the phrase lists, on those out-of-fold scores; reports fold 0
//      (the fixed validation split) and all folds;
//   4. fits the final model on everything and writes the weights, one signed byte per output.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(ROOT, 'package.json'));
const DIST = path.join(ROOT, 'dist/node/core/coach');
for (const file of ['analyze.js', 'features.js']) {
  if (!fs.existsSync(path.join(DIST, file))) {
    console.error(`${path.join(DIST, file)} is missing: run npx tsc -p tsconfig.node.json first.`);
    process.exit(2);
  }
}
const { barbedSentences, readDraft } = require(path.join(DIST, 'analyze.js'));
const { ANY_TONE, extractFeatures, hashFeature, MODEL_OUTPUTS, FEATURE_BITS } = require(path.join(DIST, 'features.js'));
const { ROADMAP_PARTS, TONE_KINDS } = require(path.join(DIST, 'types.js'));

const CHECK_ONLY = process.argv.includes('--check');
/**
 * --leave-out WRITER (or a comma-separated list, or "each"): leave-one-writer-out. Train on everything
 * but that writer's file (thresholds chosen by the usual five folds inside what is left), then measure
 * the coach, with those weights, on the writer left out; "each" rotates through every WRITERS file and
 * prints each fold and the mean. Writes no weights.
 */
const LEAVE_OUT_AT = process.argv.indexOf('--leave-out');
const LEAVE_OUT = LEAVE_OUT_AT < 0 ? null : (process.argv[LEAVE_OUT_AT + 1] ?? '');
/** Messages written whole by two writers, and messages composed from hand-written sentences (scripts/compose-coach-messages.mjs). */
const BASE_FILES = ['tests/coach-corpus/train.json', 'tests/coach-corpus/train-composed.json'];
/**
 * One file per further writer, each a fold of leave-one-writer-out. The holdouts were blind sets once
 * (docs/COACH.md); they carry labels but not the words behind them, so their evidence is found by
 * deriveEvidence. COACH_WRITERS (comma-separated names) trains on a subset, for experiments.
 */
const ALL_WRITERS = [
  'holdout-4',
  'holdout-5',
  'holdout-6',
  'holdout-7',
  'holdout-8',
  'train-a',
  'train-b',
  'train-c',
  'train-d',
  'train-e',
  'train-f',
  'train-g',
  'train-h',
  'train-i',
  'train-j',
].filter((name) => fs.existsSync(path.join(ROOT, `tests/coach-corpus/${name}.json`)));
const WRITERS = process.env.COACH_WRITERS
  ? process.env.COACH_WRITERS.split(',').filter((name) => ALL_WRITERS.includes(name))
  : ALL_WRITERS;
const writerFile = (name) => `tests/coach-corpus/${name}.json`;
const TRAIN_FILES = [...BASE_FILES, ...WRITERS.map(writerFile)];
/**
 * Composed messages reuse their sentences, so a composed message held out of a fold is not unseen:
 * thresholds are chosen, and figures reported, on the written messages only.
 */
const isComposed = (id) => id.startsWith('tc-');
const OUT_FILE = process.env.COACH_OUT
  ? path.resolve(process.env.COACH_OUT)
  : path.join(ROOT, 'core/coach/model-weights.ts');
const FOLDS = 5;
const EPOCHS = Number(process.env.COACH_EPOCHS ?? 160);
const LEARNING_RATE = 0.05;
const L2 = Number(process.env.COACH_L2 ?? 2e-4);
const MIN_DOCUMENT_FREQUENCY = 3;
/**
 * Write the mean of the five fold models and the model trained on everything: a little less variance,
 * and on the development set (holdout-4) one false flag fewer than the full model alone.
 */
const AVERAGE = process.env.COACH_AVERAGE !== '0';
const AMBIGUOUS_WEIGHT = 0.3;
/** COACH_WRITER_WEIGHT: how much each sentence of the further writers' messages (WRITERS) weighs in training. */
const WRITER_WEIGHT = Number(process.env.COACH_WRITER_WEIGHT ?? 1);
/** COACH_FALSE_FLAG_BUDGET (a fraction, e.g. 0.03): tune "any tone" for recall within it (see chooseAnyTone). */
const FALSE_FLAG_BUDGET = process.env.COACH_FALSE_FLAG_BUDGET ? Number(process.env.COACH_FALSE_FLAG_BUDGET) : null;
/**
 * Subtracted from every tone output's threshold (the twelve kinds and "any tone") when the weights are
 * written. The thresholds are chosen for accuracy on the training writers' own messages, whose clean
 * messages were written to be hard (traps), so they sit higher than messages by other writers need: on
 * the development sets (holdout-4, holdout-5) the same models miss barbs just under them while good
 * messages score well below. The margin was chosen there (docs/COACH.md, round four).
 */
const TONE_MARGIN = Number(process.env.COACH_TONE_MARGIN ?? 0);
/** COACH_SCORES=FILE writes the out-of-fold scores and the chosen thresholds there, for study. */
const SCORES_FILE = process.env.COACH_SCORES ?? null;
/** A feature is kept only when some output weighs it at least this many 127ths of its largest weight. */
const MIN_KEPT_WEIGHT = 3;
/** Word pairs and triples per part written out for the phrase inventory (core/coach/phrases.ts). */
const INVENTORY_PHRASES = 40;
const INVENTORY_MIN_FREQUENCY = 10;
/**
 * For the inventory: each hashed word pair or triple's texts, with the written messages each was seen
 * in. Features are folded into 2^18 buckets, so a rare phrase can share its bucket with a common one:
 * the bucket's name is the text seen in most written messages, and it is kept only if that is at least
 * INVENTORY_MIN_FREQUENCY (before round seven, the last text hashed there was written out, often a name
 * from one message that happened to share a common phrase's bucket).
 */
const NAMES = new Map();
const MAX_POSITIVE_WEIGHT = 8;
const K = MODEL_OUTPUTS.length;
/**
 * How a model output may combine with the phrase lists: "model" alone; "either" keeps every
 * phrase-list finding; "vetoable" keeps a phrase-list finding unless the model scores its sentence
 * below a second, lower threshold. Parts may use any; tone kinds keep every phrase-list flag or let
 * the model veto it.
 */
const PART_MODES = (process.env.COACH_PART_MODES ?? 'either').split(',');
const TONE_MODES = (process.env.COACH_TONE_MODES ?? 'either').split(',');

function foldOf(id) {
  return hashFeature(`fold:${id}`) % FOLDS;
}

function truthOf(message, output) {
  if (output === ANY_TONE) return message.labels.tone.length > 0;
  return ROADMAP_PARTS.includes(output) ? message.labels[output] : message.labels.tone.includes(output);
}

function findSpan(body, text) {
  if (!text) return null;
  let at = body.indexOf(text);
  if (at < 0) at = body.toLowerCase().indexOf(text.toLowerCase());
  return at < 0 ? null : { start: at, end: at + text.length };
}

/** Whether a message carries the words behind its labels (the writers of train.json and the composer do). */
const hasEvidence = (message) => message.evidence !== undefined || message.toneEvidence !== undefined;

/**
 * Every sentence of every message, with its features and its labels. A message without evidence gets
 * its sentences' labels from deriveEvidence later (`pending`).
 */
function buildExamples(messages) {
  const examples = [];
  for (const message of messages) {
    const reading = readDraft(message.body, message.channel);
    const features = extractFeatures(reading.normalized, reading.sentences, reading.signals, true);
    for (const sentence of features) {
      sentence.names.forEach((name, f) => {
        if (!/^[bt]:/.test(name) || name.includes('<') || isComposed(message.id)) return;
        const texts = NAMES.get(sentence.keys[f]) ?? new Map();
        NAMES.set(sentence.keys[f], texts);
        // Messages are read one after another, so counting a message once needs only the last one seen.
        const seen = texts.get(name.slice(2)) ?? { count: 0, last: null };
        texts.set(name.slice(2), seen);
        if (seen.last !== message.id) Object.assign(seen, { count: seen.count + 1, last: message.id });
      });
    }
    const pending = !hasEvidence(message);
    const spans = MODEL_OUTPUTS.map(() => []);
    ROADMAP_PARTS.forEach((part, o) => {
      const span = message.labels[part] ? findSpan(message.body, message.evidence?.[part]) : null;
      if (span) spans[o].push(span);
    });
    for (const entry of message.toneEvidence ?? []) {
      const span = findSpan(message.body, entry.text);
      if (span) spans[MODEL_OUTPUTS.indexOf(entry.category)].push(span);
      if (span) spans[MODEL_OUTPUTS.indexOf(ANY_TONE)].push(span);
    }
    const truth = MODEL_OUTPUTS.map((output) => truthOf(message, output));
    reading.sentences.forEach((sentence, s) => {
      const y = new Float64Array(K);
      const w = new Float64Array(K).fill(1);
      for (let o = 0; o < K; o += 1) {
        const hit = spans[o].some((span) => span.start < sentence.end && span.end > sentence.start);
        y[o] = hit ? 1 : 0;
        if (!hit && truth[o]) w[o] = AMBIGUOUS_WEIGHT;
      }
      examples.push({ message: message.id, sentence: s, keys: features[s].keys, y, w, pending });
    });
  }
  return examples;
}

/** Whether the phrase lists found an output in a sentence (a part's full cue, or a flag of the kind). */
function ruleFound(reading, output, s) {
  if (ROADMAP_PARTS.includes(output)) return reading.signals.parts[output].scores[s] >= 1;
  const sentence = reading.sentences[s];
  return reading.signals.flags.some(
    (flag) => (output === ANY_TONE || flag.kind === output) && flag.start < sentence.end && flag.end > sentence.start,
  );
}

/**
 * The blind sets say which parts and tone kinds a message holds, not which sentence holds them. For
 * each true label, the sentence that carries it is taken to be the one the phrase lists found it in,
 * or else the one a seed model (trained on the messages with evidence only, so on no writer that a
 * leave-one-writer-out fold leaves out) scores highest; "any tone" is every sentence that carries a
 * kind. The message's other sentences count as weak negatives, as in buildExamples. No randomness.
 */
function deriveEvidence(examples, messages, seed) {
  const byId = new Map(messages.map((message) => [message.id, message]));
  const pending = new Map();
  for (const example of examples) {
    if (!example.pending) continue;
    if (!pending.has(example.message)) pending.set(example.message, []);
    pending.get(example.message).push(example);
  }
  for (const [id, sentences] of pending) {
    const message = byId.get(id);
    const reading = readDraft(message.body, message.channel);
    const logits = sentences.map((example) => logitsOf(seed, example.keys));
    const carriers = MODEL_OUTPUTS.map(() => new Set());
    MODEL_OUTPUTS.forEach((output, o) => {
      if (output === ANY_TONE || !truthOf(message, output)) return;
      const found = sentences.filter((example) => ruleFound(reading, output, example.sentence));
      if (found.length > 0) {
        for (const example of found) carriers[o].add(example.sentence);
        return;
      }
      let best = 0;
      for (let i = 1; i < sentences.length; i += 1) if (logits[i][o] > logits[best][o]) best = i;
      carriers[o].add(sentences[best].sentence);
    });
    const anyIndex = MODEL_OUTPUTS.indexOf(ANY_TONE);
    for (const kind of TONE_KINDS) {
      for (const s of carriers[MODEL_OUTPUTS.indexOf(kind)]) carriers[anyIndex].add(s);
    }
    const truth = MODEL_OUTPUTS.map((output) => truthOf(message, output));
    for (const example of sentences) {
      for (let o = 0; o < K; o += 1) {
        const hit = carriers[o].has(example.sentence);
        example.y[o] = hit ? 1 : 0;
        example.w[o] = !hit && truth[o] ? AMBIGUOUS_WEIGHT : 1;
      }
      example.pending = false;
    }
  }
}

/** A logistic regression per output over the kept features; full batch, Adam, no randomness. */
function train(examples) {
  const frequency = new Map();
  for (const example of examples) for (const key of example.keys) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const kept = [...frequency.entries()]
    .filter(([, count]) => count >= MIN_DOCUMENT_FREQUENCY)
    .map(([key]) => key)
    .sort((a, b) => a - b);
  const column = new Map(kept.map((key, i) => [key, i]));
  const rows = examples.map((example) =>
    Int32Array.from(example.keys.map((key) => column.get(key)).filter((c) => c !== undefined)),
  );
  const n = examples.length;
  const positives = new Float64Array(K);
  for (const example of examples) for (let o = 0; o < K; o += 1) positives[o] += example.y[o];
  const positiveWeight = Array.from(positives, (p) =>
    p === 0 ? 1 : Math.min(MAX_POSITIVE_WEIGHT, Math.sqrt((n - p) / p)),
  );
  const weights = new Float64Array(kept.length * K);
  const m = new Float64Array(weights.length);
  const v = new Float64Array(weights.length);
  const gradient = new Float64Array(weights.length);
  const z = new Float64Array(K);
  const g = new Float64Array(K);
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let epoch = 1; epoch <= EPOCHS; epoch += 1) {
    gradient.fill(0);
    for (let i = 0; i < n; i += 1) {
      const row = rows[i];
      const { y, w } = examples[i];
      z.fill(0);
      for (const c of row) {
        const base = c * K;
        for (let o = 0; o < K; o += 1) z[o] += weights[base + o];
      }
      for (let o = 0; o < K; o += 1) {
        const p = 1 / (1 + Math.exp(-z[o]));
        g[o] = (p - y[o]) * w[o] * (y[o] === 1 ? positiveWeight[o] : 1);
      }
      for (const c of row) {
        const base = c * K;
        for (let o = 0; o < K; o += 1) gradient[base + o] += g[o];
      }
    }
    const correction1 = 1 - beta1 ** epoch;
    const correction2 = 1 - beta2 ** epoch;
    for (let j = 0; j < weights.length; j += 1) {
      const g = gradient[j] / n + L2 * weights[j];
      m[j] = beta1 * m[j] + (1 - beta1) * g;
      v[j] = beta2 * v[j] + (1 - beta2) * g * g;
      weights[j] -= (LEARNING_RATE * (m[j] / correction1)) / (Math.sqrt(v[j] / correction2) + 1e-8);
    }
  }
  return { kept, column, weights };
}

/** The mean of several models' weights, feature by feature (a feature a model lacks weighs 0 in it). */
function average(models) {
  const kept = [...new Set(models.flatMap((model) => model.kept))].sort((a, b) => a - b);
  const column = new Map(kept.map((key, i) => [key, i]));
  const weights = new Float64Array(kept.length * K);
  for (const model of models) {
    model.kept.forEach((key, c) => {
      const base = column.get(key) * K;
      for (let o = 0; o < K; o += 1) weights[base + o] += model.weights[c * K + o] / models.length;
    });
  }
  return { kept, column, weights };
}

function logitsOf(model, keys) {
  const z = new Float64Array(K);
  for (const key of keys) {
    const c = model.column.get(key);
    if (c === undefined) continue;
    for (let o = 0; o < K; o += 1) z[o] += model.weights[c * K + o];
  }
  return z;
}

/** Per message and output: the highest sentence logit, and whether the phrase lists found it. */
function messageScores(model, messages, byMessage) {
  return messages.map((message) => {
    const max = new Float64Array(K).fill(-Infinity);
    const ruleMax = new Float64Array(K).fill(-Infinity);
    const reading = readDraft(message.body, message.channel);
    const barbed = barbedSentences(reading);
    for (const example of byMessage.get(message.id)) {
      const z = logitsOf(model, example.keys);
      const sentence = reading.sentences[example.sentence];
      for (let o = 0; o < K; o += 1) {
        const output = MODEL_OUTPUTS[o];
        const vetoed =
          ROADMAP_PARTS.includes(output) &&
          (reading.signals.parts[output].vetoed[example.sentence] || barbed.has(example.sentence));
        if (!vetoed) max[o] = Math.max(max[o], z[o]);
        const fired = ROADMAP_PARTS.includes(output)
          ? reading.signals.parts[output].scores[example.sentence] >= 1
          : reading.signals.flags.some(
              (flag) =>
                (output === ANY_TONE || flag.kind === output) && flag.start < sentence.end && flag.end > sentence.start,
            );
        if (fired) ruleMax[o] = Math.max(ruleMax[o], z[o]);
      }
    }
    const rule = MODEL_OUTPUTS.map((output) =>
      ROADMAP_PARTS.includes(output)
        ? reading.signals.parts[output].scores.some((score) => score >= 1)
        : reading.signals.flags.some((flag) => output === ANY_TONE || flag.kind === output),
    );
    const truth = MODEL_OUTPUTS.map((output) => truthOf(message, output));
    return { id: message.id, max, ruleMax, rule, truth };
  });
}

function predict(score, o, threshold, mode, veto = -Infinity) {
  if (score.max[o] >= threshold) return true;
  if (mode === 'either') return score.rule[o];
  if (mode === 'vetoable') return score.rule[o] && score.ruleMax[o] >= veto;
  return false;
}

function quantiles(values, count) {
  const sorted = [...new Set(values.filter(Number.isFinite))].sort((a, b) => a - b);
  if (sorted.length <= count) return sorted;
  return Array.from({ length: count }, (_, i) => sorted[Math.round((i * (sorted.length - 1)) / (count - 1))]);
}

const ANY_INDEX = MODEL_OUTPUTS.indexOf(ANY_TONE);
const KIND_INDICES = TONE_KINDS.map((kind) => MODEL_OUTPUTS.indexOf(kind));

/** Whether the coach would raise any tone flag: any kind, or "any tone" itself. */
function flagsTone(score, choice) {
  return [...KIND_INDICES, ANY_INDEX].some((o) =>
    predict(score, o, choice[o].threshold, choice[o].mode, choice[o].veto),
  );
}

function accuracyAt(scores, o, threshold, mode, veto) {
  let right = 0;
  for (const score of scores) if (predict(score, o, threshold, mode, veto) === score.truth[o]) right += 1;
  return right / scores.length;
}

/** The threshold and mode with the best accuracy on out-of-fold scores; ties go to the middle of the run. */
function chooseThreshold(scores, o) {
  const candidates = quantiles(
    scores.map((score) => score.max[o]),
    120,
  );
  const vetoes = quantiles(
    scores.map((score) => score.ruleMax[o]),
    30,
  );
  let best = { threshold: 0, mode: 'model', veto: 0, accuracy: -1 };
  for (const mode of o < ROADMAP_PARTS.length ? PART_MODES : TONE_MODES) {
    for (const veto of mode === 'vetoable' ? vetoes : [-Infinity]) {
      const accuracies = candidates.map((t) => accuracyAt(scores, o, t, mode, veto));
      const top = Math.max(...accuracies);
      const at = accuracies.map((a, i) => (a === top ? i : -1)).filter((i) => i >= 0);
      const middle = at[Math.floor(at.length / 2)];
      if (top > best.accuracy + 1e-9) best = { threshold: candidates[middle], mode, veto, accuracy: top };
    }
  }
  return best;
}

/**
 * "Any tone" is tuned last, given the kinds' own thresholds: by default for the accuracy of the whole
 * tone flag; with a false-flag budget, at the lowest threshold whose out-of-fold false flags on good
 * written messages stay within it (the most bad-tone recall that budget buys).
 */
function chooseAnyTone(scores, choice) {
  const candidates = [...new Set(scores.map((score) => score.max[ANY_INDEX]).filter(Number.isFinite))].sort(
    (a, b) => a - b,
  );
  let best = { threshold: Infinity, mode: 'model', veto: 0, accuracy: -1 };
  const truth = scores.map((score) => score.truth[ANY_INDEX]);
  if (FALSE_FLAG_BUDGET !== null) {
    const good = scores.filter((score, i) => !truth[i]);
    for (const threshold of candidates) {
      const trial = choice.map((c, o) => (o === ANY_INDEX ? { threshold, mode: 'model', veto: 0 } : c));
      const falseFlags = good.filter((score) => flagsTone(score, trial)).length / good.length;
      if (falseFlags <= FALSE_FLAG_BUDGET) {
        const accuracy = scores.filter((score, i) => flagsTone(score, trial) === truth[i]).length / scores.length;
        return { threshold, mode: 'model', veto: 0, accuracy };
      }
    }
    return best;
  }
  const accuracies = candidates.map((threshold) => {
    const trial = choice.map((c, o) => (o === ANY_INDEX ? { threshold, mode: 'model', veto: 0 } : c));
    return scores.filter((score, i) => flagsTone(score, trial) === truth[i]).length / scores.length;
  });
  const top = Math.max(...accuracies);
  const at = accuracies.map((a, i) => (a === top ? i : -1)).filter((i) => i >= 0);
  best = { threshold: candidates[at[Math.floor(at.length / 2)]], mode: 'model', veto: 0, accuracy: top };
  return best;
}

function confusion(scores, o, { threshold, mode, veto }) {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const score of scores) {
    const p = predict(score, o, threshold, mode, veto);
    const a = score.truth[o];
    if (p && a) c.tp += 1;
    else if (p) c.fp += 1;
    else if (a) c.fn += 1;
    else c.tn += 1;
  }
  return c;
}

function formatRow(name, c) {
  const total = c.tp + c.fp + c.fn + c.tn;
  const accuracy = (c.tp + c.tn) / total;
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const cells = [accuracy, precision, recall].map((x) => x.toFixed(3));
  return `| ${name.padEnd(18)} | ${cells.join(' | ')} | ${[c.tp, c.fp, c.fn, c.tn].map((x) => String(x).padStart(4)).join(' | ')} |`;
}

function report(title, scores, choice) {
  const lines = [
    `${title} (${scores.length} messages)`,
    '| output             | acc   | prec  | rec   |   tp |   fp |   fn |   tn |',
  ];
  for (let o = 0; o < K; o += 1) {
    lines.push(formatRow(MODEL_OUTPUTS[o], confusion(scores, o, choice[o])));
  }
  const flag = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const score of scores) {
    const p = flagsTone(score, choice);
    const a = score.truth[ANY_INDEX];
    flag[p && a ? 'tp' : p ? 'fp' : a ? 'fn' : 'tn'] += 1;
  }
  lines.push(formatRow('tone flag (any)', flag));
  lines.push(`false flags on good messages: ${flag.fp}/${flag.fp + flag.tn}`);
  return lines.join('\n');
}

/** Rows of signed bytes, one per kept feature, with a scale per output; tiny rows dropped. */
function encode(model) {
  const scales = [];
  for (let o = 0; o < K; o += 1) {
    let max = 0;
    for (let c = 0; c < model.kept.length; c += 1) max = Math.max(max, Math.abs(model.weights[c * K + o]));
    scales.push(max === 0 ? 1 : max / 127);
  }
  const rows = [];
  for (let c = 0; c < model.kept.length; c += 1) {
    const q = Array.from({ length: K }, (_, o) => Math.round(model.weights[c * K + o] / scales[o]));
    if (q.some((x) => Math.abs(x) >= MIN_KEPT_WEIGHT)) rows.push({ key: model.kept[c], q });
  }
  const bytes = [];
  const varint = (value) => {
    let rest = value;
    while (rest >= 0x80) {
      bytes.push((rest & 0x7f) | 0x80);
      rest = Math.floor(rest / 128);
    }
    bytes.push(rest);
  };
  varint(rows.length);
  let previous = 0;
  for (const row of rows) {
    varint(row.key - previous);
    previous = row.key;
  }
  for (const row of rows) for (const x of row.q) bytes.push(x & 0xff);
  return { scales, rows: Buffer.from(bytes).toString('base64'), count: rows.length, bytes: bytes.length };
}

/** The word pairs and triples that weigh most for each part, as plain phrases. */
function strongestPhrases(model) {
  const named = new Map();
  for (const [key, texts] of NAMES) {
    let best = null;
    for (const [text, { count }] of texts) {
      if (!best || count > best.count || (count === best.count && text < best.text)) best = { text, count };
    }
    if (best && best.count >= INVENTORY_MIN_FREQUENCY) named.set(key, best.text);
  }
  return Object.fromEntries(
    ROADMAP_PARTS.map((part, o) => {
      const ranked = model.kept
        .filter((key) => named.has(key))
        .map((key) => ({ phrase: named.get(key), weight: model.weights[model.column.get(key) * K + o] }))
        .filter((entry) => entry.weight > 0)
        .sort((a, b) => b.weight - a.weight || (a.phrase < b.phrase ? -1 : 1));
      return [part, ranked.slice(0, INVENTORY_PHRASES).map((entry) => entry.phrase)];
    }),
  );
}

/** Five folds by id over these messages: out-of-fold scores on the written ones, and each output's threshold. */
function crossValidate(messages, examples, byMessage, started) {
  const inSet = new Set(messages.map((message) => message.id));
  const outOfFold = [];
  const foldScores = [];
  const foldModels = [];
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const held = messages.filter((message) => foldOf(message.id) === fold);
    const model = train(examples.filter((example) => inSet.has(example.message) && foldOf(example.message) !== fold));
    const scores = messageScores(
      model,
      held.filter((message) => !isComposed(message.id)),
      byMessage,
    );
    foldScores.push(scores);
    outOfFold.push(...scores);
    foldModels.push(model);
    console.log(
      `fold ${fold}: ${scores.length} written messages held out (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  }
  const choice = MODEL_OUTPUTS.map((_, o) => chooseThreshold(outOfFold, o));
  choice[ANY_INDEX] = chooseAnyTone(outOfFold, choice);
  return { choice, outOfFold, foldScores, foldModels };
}

/** The model to write: trained on all these examples, averaged with the fold models (COACH_AVERAGE). */
function finalModel(examples, foldModels) {
  const full = train(examples);
  return AVERAGE ? average([full, ...foldModels]) : full;
}

/** The weights as the app reads them (core/coach/model-weights.ts). */
function modelData(final, choice) {
  const encoded = encode(final);
  return {
    encoded,
    data: {
      bits: FEATURE_BITS,
      outputs: MODEL_OUTPUTS,
      bias: Array.from({ length: K }, () => 0),
      scales: encoded.scales.map((x) => Number(x.toPrecision(6))),
      thresholds: choice.map((c, o) => Number((c.threshold - (o < ROADMAP_PARTS.length ? 0 : TONE_MARGIN)).toFixed(4))),
      vetoes: choice.map((c) => (Number.isFinite(c.veto) ? Number(c.veto.toFixed(4)) : -1000)),
      combine: Object.fromEntries(MODEL_OUTPUTS.map((output, o) => [output, choice[o].mode])),
      phrases: strongestPhrases(final),
      rows: encoded.rows,
    },
  };
}

/** The coach's own figures (scripts/measure-coach.mjs, the app's code) on a file, with these weights. */
function measureWith(data, file) {
  const weights = path.join(os.tmpdir(), `coach-weights-${process.pid}.json`);
  fs.writeFileSync(weights, JSON.stringify(data));
  try {
    const out = execFileSync(
      process.execPath,
      [path.join(ROOT, 'scripts/measure-coach.mjs'), path.join(ROOT, file), '--json', '--weights', weights],
      { encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    return JSON.parse(out);
  } finally {
    fs.rmSync(weights, { force: true });
  }
}

const FIGURES = ['gratitude', 'sincerity', 'connection', 'tone flag'];

function writerRow(name, result) {
  const row = (what) => result.table.find((r) => r.row === what);
  const flag = row('tone flag');
  return {
    name,
    parts: FIGURES.map((what) => row(what).accuracy),
    recall: result.summary.badToneRecall,
    falseFlags: flag.fp,
    good: flag.fp + flag.tn,
    caught: flag.tp,
    bad: flag.tp + flag.fn,
  };
}

function printWriterTable(rows) {
  console.log('| left out  | gratitude | sincerity | connection | tone flag | recall         | false flags   |');
  console.log('| --------- | --------: | --------: | ---------: | --------: | -------------: | ------------: |');
  const line = (name, parts, recall, ff) =>
    console.log(
      `| ${name.padEnd(9)} | ${parts.map((x, i) => x.toFixed(3).padStart([9, 9, 10, 9][i])).join(' | ')} | ${recall.padStart(14)} | ${ff.padStart(13)} |`,
    );
  for (const r of rows) {
    line(r.name, r.parts, `${r.recall.toFixed(3)} ${r.caught}/${r.bad}`, `${r.falseFlags}/${r.good}`);
  }
  if (rows.length > 1) {
    const mean = (f) => rows.reduce((sum, r) => sum + f(r), 0) / rows.length;
    const ff = rows.reduce((sum, r) => sum + r.falseFlags, 0);
    const good = rows.reduce((sum, r) => sum + r.good, 0);
    line(
      'mean',
      FIGURES.map((_, i) => mean((r) => r.parts[i])),
      mean((r) => r.recall).toFixed(3),
      `${ff}/${good} ${((100 * ff) / good).toFixed(1)}%`,
    );
  }
}

function leaveWritersOut(messages, examples, byMessage, writerOf, started) {
  const names = LEAVE_OUT === 'each' ? WRITERS : LEAVE_OUT.split(',');
  for (const name of names) {
    if (!WRITERS.includes(name)) {
      console.error(`--leave-out: "${name}" is not one of the writers trained on (${WRITERS.join(', ')}), or "each".`);
      process.exit(2);
    }
  }
  const rows = [];
  for (const name of names) {
    console.log(`\nleaving out ${name}`);
    const kept = messages.filter((message) => writerOf.get(message.id) !== name);
    const keptIds = new Set(kept.map((message) => message.id));
    const keptExamples = examples.filter((example) => keptIds.has(example.message));
    const { choice, foldModels } = crossValidate(kept, keptExamples, byMessage, started);
    const { data } = modelData(finalModel(keptExamples, foldModels), choice);
    const row = writerRow(name, measureWith(data, writerFile(name)));
    rows.push(row);
    printWriterTable([row]);
  }
  console.log(`\nleave-one-writer-out (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  printWriterTable(rows);
}

function main() {
  const writerOf = new Map();
  const messages = [];
  for (const file of TRAIN_FILES) {
    const name = path.basename(file, '.json');
    for (const message of JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'))) {
      if (writerOf.has(message.id)) throw new Error(`${file}: the id ${message.id} is used twice.`);
      writerOf.set(message.id, name);
      messages.push(message);
    }
  }
  const started = Date.now();
  const examples = buildExamples(messages);
  const byMessage = new Map(messages.map((message) => [message.id, []]));
  for (const example of examples) byMessage.get(example.message).push(example);
  console.log(`${messages.length} messages, ${examples.length} sentences`);
  if (examples.some((example) => example.pending)) {
    const base = new Set(BASE_FILES.map((file) => path.basename(file, '.json')));
    const seed = train(examples.filter((example) => base.has(writerOf.get(example.message))));
    deriveEvidence(examples, messages, seed);
    console.log(`evidence derived for the writers without it (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  if (WRITER_WEIGHT !== 1) {
    for (const example of examples) {
      if (WRITERS.includes(writerOf.get(example.message))) for (let o = 0; o < K; o += 1) example.w[o] *= WRITER_WEIGHT;
    }
  }
  if (LEAVE_OUT !== null) {
    leaveWritersOut(messages, examples, byMessage, writerOf, started);
    return;
  }

  const { choice, outOfFold, foldScores, foldModels } = crossValidate(messages, examples, byMessage, started);
  console.log(report('Validation split (fold 0, fixed by id)', foldScores[0], choice));
  console.log(report('All folds, written messages, out of fold', outOfFold, choice));
  console.log(
    'thresholds:',
    MODEL_OUTPUTS.map(
      (output, o) => `${output} ${choice[o].threshold.toFixed(2)} ${choice[o].mode} ${choice[o].veto.toFixed(2)}`,
    ).join('; '),
  );
  if (SCORES_FILE) {
    const plain = (score) => ({ ...score, max: Array.from(score.max), ruleMax: Array.from(score.ruleMax) });
    fs.writeFileSync(SCORES_FILE, JSON.stringify({ choice, scores: outOfFold.map(plain) }));
  }
  if (CHECK_ONLY) return;

  const { data, encoded } = modelData(finalModel(examples, foldModels), choice);
  const { rows, ...rest } = data;
  const text = [
    `// Written by scripts/train-coach.mjs from ${TRAIN_FILES.map((file) => path.basename(file)).join(', ')}: do not edit by hand.`,
    `// ${messages.length} messages, ${examples.length} sentences, ${encoded.count} features kept.`,
    'export const COACH_MODEL = {',
    ...Object.entries(rest).map(([key, value]) => `  ${key}: ${JSON.stringify(value)},`),
    `  rows: '${rows}',`,
    '};',
    '',
  ].join('\n');
  fs.writeFileSync(OUT_FILE, text);
  console.log(`wrote ${path.relative(ROOT, OUT_FILE)}: ${encoded.count} rows, ${encoded.bytes} bytes before base64`);
}

main();
