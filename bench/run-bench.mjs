// `npm run bench [-- --json FILE] [--runs N] [--dist DIR]`: times the coach (analyzeDraft) on drafts of
// 1,000 and 2,000 words, the way the editor calls it on every keystroke (with a contact, so the
// personal-touch check runs too). It loads the compiled Node build (dist/node by default, so build
// first), warms up, then prints the median, 95th and 99th percentile of many runs. Never part of
// `npm test`: timings depend on the machine. The budget is 2 ms for 1,000 words (docs/COACH.md).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const WARM_UP_RUNS = 300;
const SIZES = [1000, 2000];

const SENTENCES = [
  'Thank you for calling me on Tuesday to tell me about the decision yourself.',
  'I know those calls are not easy, and it meant a lot that you took the time.',
  'Meeting the platform team was the best part of my search this year.',
  'I still think {{company}} is the place I would most like to work.',
  'The way the team talked about accessibility has stayed with me.',
  'If a similar role opens up later in the year, could you keep me in mind?',
  'I think I was maybe a little nervous in the second interview, I guess.',
  'Sorry for the slow reply; I was travelling for most of the week.',
  'I have started a course on design systems so that I can bring more next time.',
  'Would it be all right if I checked in with you in a few months?',
  'Please pass my thanks to {{contact.firstName}} and the rest of the panel as well.',
  'The tour of the studio and the talk about the roadmap were genuinely inspiring.',
];

function buildDraft(wordCount) {
  const parts = ['Hi {{contact.firstName}},', ''];
  let words = 2;
  for (let i = 0; words < wordCount; i += 1) {
    const sentence = SENTENCES[i % SENTENCES.length];
    parts.push(i % 4 === 3 ? `${sentence}\n` : sentence);
    words += sentence.split(/\s+/).length;
  }
  parts.push('', 'Best wishes,', '{{me.name}}');
  return parts.join(' ').replace(/ \n /g, '\n\n');
}

function pickPercentile(sorted, share) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

function measure(analyzeDraft, body, runs) {
  const input = {
    channel: 'email',
    subject: 'Thank you, Priya',
    body,
    contact: { name: 'Priya Shah', company: 'Larkspur Ltd', highlight: 'the tour of the studio' },
    wordsPerMinute: 150,
  };
  for (let i = 0; i < WARM_UP_RUNS; i += 1) analyzeDraft(input);
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    analyzeDraft(input);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const round = (ms) => Math.round(ms * 1000) / 1000;
  return {
    median_ms: round(pickPercentile(times, 0.5)),
    p95_ms: round(pickPercentile(times, 0.95)),
    p99_ms: round(pickPercentile(times, 0.99)),
    runs,
    words: analyzeDraft(input).length.words,
  };
}

function fail(message) {
  console.error(`bench: ${message}`);
  console.error('Usage: npm run bench -- [--json FILE] [--runs N] [--dist DIR]');
  process.exit(2);
}

function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: { json: { type: 'string' }, runs: { type: 'string', default: '2000' }, dist: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    fail(error.message);
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 100) fail('--runs must be a whole number of at least 100');
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const dist = path.resolve(values.dist ?? path.join(root, 'dist/node'));
  const modulePath = path.join(dist, 'core/coach/analyze.js');
  if (!fs.existsSync(modulePath)) fail(`${modulePath} is missing; build first (npx tsc -p tsconfig.node.json)`);
  const { analyzeDraft } = createRequire(import.meta.url)(modulePath);

  const operations = {};
  for (const size of SIZES) {
    const result = measure(analyzeDraft, buildDraft(size), runs);
    operations[`coach_${size}_words`] = result;
    console.log(
      `coach_${size}_words: median ${result.median_ms} ms, p95 ${result.p95_ms} ms, p99 ${result.p99_ms} ms ` +
        `(${result.runs} runs, ${result.words} words, Node ${process.version})`,
    );
  }
  if (values.json) {
    fs.writeFileSync(values.json, `${JSON.stringify({ operations, node: process.version }, null, 2)}\n`);
  }
}

main();
