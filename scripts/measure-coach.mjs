// Measures the coach on a labelled file and prints, per part and per tone kind, accuracy, precision,
// recall and the confusion counts, then the tone flag as a whole (any kind) and the false flags on
// messages with no tone problem.
//
//   npx tsc -p tsconfig.node.json && node scripts/measure-coach.mjs tests/coach-corpus/holdout-4.json [--json] [--weights FILE]
//
// The file is an array of messages: { id, channel, subject?, body, labels: { gratitude, sincerity,
// connection, tone: [kinds] } } (tests/coach-corpus/README.md). Runs the compiled coach, as the app does.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(ROOT, 'package.json'));
const DIST = path.join(ROOT, 'dist/node/core/coach');

function fail(message) {
  console.error(message);
  console.error('Usage: node scripts/measure-coach.mjs FILE [--json] [--weights FILE]');
  process.exit(2);
}

const args = process.argv.slice(2);
const file = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--weights');
if (!file) fail('Give the labelled file to measure.');
if (!fs.existsSync(path.join(DIST, 'analyze.js'))) fail('Build first: npx tsc -p tsconfig.node.json');
let messages;
try {
  messages = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (error) {
  fail(`Cannot read ${file}: ${error.message}`);
}
if (!Array.isArray(messages)) fail(`${file} is not a list of messages.`);

// --weights FILE: measure with other weights (a JSON object shaped like COACH_MODEL; scripts/train-coach.mjs
// writes one for each leave-one-writer-out fold), read before the coach decodes its model.
const weightsAt = args.indexOf('--weights');
if (weightsAt >= 0) {
  const weightsFile = args[weightsAt + 1];
  if (!weightsFile) fail('Give the weights file after --weights.');
  try {
    Object.assign(
      require(path.join(DIST, 'model-weights.js')).COACH_MODEL,
      JSON.parse(fs.readFileSync(weightsFile, 'utf8')),
    );
  } catch (error) {
    fail(`Cannot read the weights in ${weightsFile}: ${error.message}`);
  }
}
const { analyzeDraft } = require(path.join(DIST, 'analyze.js'));
const { ROADMAP_PARTS, TONE_KINDS } = require(path.join(DIST, 'types.js'));

const rows = [...ROADMAP_PARTS, ...TONE_KINDS, 'tone flag'];
const counts = Object.fromEntries(rows.map((row) => [row, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
const misses = [];
for (const message of messages) {
  const report = analyzeDraft({
    channel: message.channel,
    subject: message.subject ?? '',
    body: message.body,
    contact: null,
    wordsPerMinute: 150,
  });
  const kinds = new Set(report.toneFlags.map((flag) => flag.kind));
  for (const row of rows) {
    let predicted;
    let actual;
    if (row === 'tone flag') {
      predicted = kinds.size > 0;
      actual = message.labels.tone.length > 0;
    } else if (ROADMAP_PARTS.includes(row)) {
      predicted = report.parts[row].found;
      actual = message.labels[row];
    } else {
      predicted = kinds.has(row);
      actual = message.labels.tone.includes(row);
    }
    const c = counts[row];
    if (predicted && actual) c.tp += 1;
    else if (predicted) c.fp += 1;
    else if (actual) c.fn += 1;
    else c.tn += 1;
    if (predicted !== actual && (row === 'tone flag' || ROADMAP_PARTS.includes(row))) {
      misses.push({ id: message.id, what: row, expected: actual, got: predicted });
    }
  }
}

const ratio = (a, b) => (b === 0 ? null : a / b);
const table = rows.map((row) => {
  const c = counts[row];
  const n = c.tp + c.fp + c.fn + c.tn;
  return {
    row,
    accuracy: ratio(c.tp + c.tn, n),
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    ...c,
  };
});
const flag = counts['tone flag'];
const summary = {
  messages: messages.length,
  badToneRecall: ratio(flag.tp, flag.tp + flag.fn),
  falseFlagsOnGood: ratio(flag.fp, flag.fp + flag.tn),
};

if (args.includes('--json')) {
  console.log(JSON.stringify({ file: path.basename(file), summary, table, misses }, null, 2));
} else {
  const f = (x) => (x === null ? '–' : x.toFixed(3));
  console.log(`${path.basename(file)}: ${messages.length} messages`);
  console.log('| part or tone       | accuracy | precision | recall |  tp |  fp |  fn |  tn |');
  console.log('| ------------------ | -------: | --------: | -----: | --: | --: | --: | --: |');
  for (const r of table) {
    const cells = [r.tp, r.fp, r.fn, r.tn].map((x) => String(x).padStart(3));
    console.log(
      `| ${r.row.padEnd(18)} | ${f(r.accuracy).padStart(8)} | ${f(r.precision).padStart(9)} | ${f(r.recall).padStart(6)} | ${cells.join(' | ')} |`,
    );
  }
  console.log(
    `bad-tone recall ${f(summary.badToneRecall)}; false flags on good messages ${flag.fp} of ${flag.fp + flag.tn} (${f(summary.falseFlagsOnGood)})`,
  );
}
