// Scores the recogniser and the talk-time measure on the labelled set from make-clips.mjs, per voice.
// Usage: npx tsc -p tsconfig.node.json && node bench/speech/eval.mjs [SET_DIR] [--json]
// Parts heard = spoken parts the recogniser reported / parts spoken; false alarms = parts reported that
// the clip did not say / parts not said. Talk-time error = |measured - true| / true.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { readWav } = require('../../dist/node/core/rehearsal/wav.js');
const { measureTalk } = require('../../dist/node/core/rehearsal/talk-time.js');
const { createSpotter } = require('../../dist/node/core/rehearsal/spotter.js');
const { default: createModule } = await import('soundswallower');

const args = process.argv.slice(2);
const DIR = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? '.tmp/speech-set');
const labels = JSON.parse(fs.readFileSync(path.join(DIR, 'labels.json'), 'utf8'));
const modelBase = `${path.join(path.dirname(require.resolve('soundswallower')), 'model')}/`;
const quiet = () => undefined;
const { SPOKEN_PHRASES } = require('../../dist/node/core/rehearsal/speech-phrases.js');
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
// --inventory=spoken (Someday's own phrases only) or shared (with the coach's, the default);
// --condition=off to decode the raw samples; --config=key:value,key:value for SoundSwallower settings.
const config = Object.fromEntries(
  (option('config') ?? '')
    .split(',')
    .filter(Boolean)
    .map((pair) => {
      const [key, value] = pair.split(':');
      return [key, Number.isNaN(Number(value)) ? value : Number(value)];
    }),
);
const spotter = await createSpotter(await createModule({ modelBase, print: quiet, printErr: quiet }), {
  inventory: option('inventory') === 'spoken' ? SPOKEN_PHRASES : undefined,
  condition: option('condition') !== 'off',
  phraseWeight: option('weight') ? Number(option('weight')) : undefined,
  windowSeconds: option('window') ? Number(option('window')) : 0,
  config,
});
const PARTS = ['gratitude', 'sincerity', 'connection'];

const rows = [];
let decodeMs = 0;
let audioSeconds = 0;
for (const label of labels) {
  const audio = readWav(new Uint8Array(fs.readFileSync(path.join(DIR, label.file))));
  const talk = measureTalk(audio.samples, 16000);
  const started = performance.now();
  const heard = args.includes('--talk-only') ? spotter.nothing() : spotter.spot(audio.samples, '');
  decodeMs += performance.now() - started;
  audioSeconds += audio.samples.length / 16000;
  const hits = label.parts.filter((part) => heard.parts.includes(part)).length;
  const falseAlarms = heard.parts.filter((part) => !label.parts.includes(part)).length;
  rows.push({
    ...label,
    heard: heard.parts,
    hits,
    falseAlarms,
    absent: PARTS.length - label.parts.length,
    measured: talk.talkSeconds,
    talkError: Math.abs(talk.talkSeconds - label.talkSeconds) / label.talkSeconds,
    hypothesis: heard.hypothesis,
  });
  // Progress, one clip a line, so a long run on a busy machine can be followed.
  process.stderr.write(`${label.file} ${label.parts.join(',') || '-'} -> ${heard.parts.join(',') || '-'}\n`);
}

function summary(subset) {
  const spoken = subset.reduce((sum, row) => sum + row.parts.length, 0);
  const absent = subset.reduce((sum, row) => sum + row.absent, 0);
  const hits = subset.reduce((sum, row) => sum + row.hits, 0);
  const fa = subset.reduce((sum, row) => sum + row.falseAlarms, 0);
  return {
    clips: subset.length,
    heard: `${hits}/${spoken}`,
    heardShare: spoken ? hits / spoken : 1,
    falseAlarms: `${fa}/${absent}`,
    falseAlarmShare: absent ? fa / absent : 0,
    worstTalkError: Math.max(...subset.map((row) => row.talkError)),
  };
}

const voices = [...new Set(rows.map((row) => row.voice))];
const table = voices.map((voice) => ({
  voice,
  split: rows.find((r) => r.voice === voice).split,
  ...summary(rows.filter((r) => r.voice === voice)),
}));
const groups = {};
for (const split of ['tune', 'held-out']) {
  for (const engine of ['flite', 'espeak']) {
    groups[`${split} ${engine}`] = summary(rows.filter((row) => row.split === split && row.engine === engine));
  }
  groups[split] = summary(rows.filter((row) => row.split === split));
}
groups.all = summary(rows);
if (args.includes('--json')) {
  console.log(JSON.stringify({ table, groups, rows, rtf: decodeMs / 1000 / audioSeconds }, null, 2));
} else {
  const pct = (value) => `${(value * 100).toFixed(0)}%`;
  console.log('| voice | split | clips | parts heard | false alarms | worst talk-time error |');
  console.log('|---|---|---|---|---|---|');
  for (const row of table) {
    console.log(
      `| ${row.voice} | ${row.split} | ${row.clips} | ${row.heard} (${row.heardShare.toFixed(2)}) | ${row.falseAlarms} (${row.falseAlarmShare.toFixed(2)}) | ${pct(row.worstTalkError)} |`,
    );
  }
  for (const [name, row] of Object.entries(groups)) {
    console.log(
      `| **${name}** | | ${row.clips} | ${row.heard} (${row.heardShare.toFixed(2)}) | ${row.falseAlarms} (${row.falseAlarmShare.toFixed(2)}) | ${pct(row.worstTalkError)} |`,
    );
  }
  console.log(`decode real-time factor ${(decodeMs / 1000 / audioSeconds).toFixed(2)}`);
  if (args.includes('--rows'))
    for (const row of rows)
      console.log(
        row.file,
        row.parts.join(','),
        '->',
        row.heard.join(','),
        row.measured,
        row.talkSeconds,
        `| ${row.hypothesis}`,
      );
}
