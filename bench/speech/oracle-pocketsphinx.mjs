// Evidence for docs/SPEECH.md: the same labelled set through Debian's pocketsphinx (PocketSphinx 5prealpha
// with an n-gram language model, i.e. open dictation; Linux-only, not shippable in the app), with the parts
// read from its transcript by the same phrase reader and by the coach. Needs `apt-get install pocketsphinx
// pocketsphinx-en-us`. Usage: node bench/speech/oracle-pocketsphinx.mjs [SET_DIR]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { readWav } = require('../../dist/node/core/rehearsal/wav.js');
const { spotPhrases, buildSpeechGrammar } = require('../../dist/node/core/rehearsal/speech-grammar.js');
const { analyzeDraft } = require('../../dist/node/core/coach/analyze.js');

const DIR = path.resolve(process.argv[2] ?? '.tmp/speech-set');
const labels = JSON.parse(fs.readFileSync(path.join(DIR, 'labels.json'), 'utf8'));
const grammar = buildSpeechGrammar('', () => true);
const PARTS = ['gratitude', 'sincerity', 'connection'];

function wav16(samples) {
  const buffer = Buffer.alloc(44 + samples.length * 2);
  buffer.write('RIFF', 0);
  buffer.writeUInt32LE(36 + samples.length * 2, 4);
  buffer.write('WAVEfmt ', 8);
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(1, 22);
  buffer.writeUInt32LE(16000, 24);
  buffer.writeUInt32LE(32000, 28);
  buffer.writeUInt16LE(2, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write('data', 36);
  buffer.writeUInt32LE(samples.length * 2, 40);
  for (let i = 0; i < samples.length; i++)
    buffer.writeInt16LE(Math.round(Math.max(-1, Math.min(1, samples[i])) * 32767), 44 + i * 2);
  return buffer;
}

const rows = [];
for (const label of labels) {
  const audio = readWav(new Uint8Array(fs.readFileSync(path.join(DIR, label.file))));
  const file = path.join(os.tmpdir(), `oracle-${process.pid}.wav`);
  fs.writeFileSync(file, wav16(audio.samples));
  const text = execFileSync('pocketsphinx_continuous', ['-infile', file, '-logfn', '/dev/null'], { encoding: 'utf8' })
    .replace(/\n/g, ' ')
    .trim();
  fs.rmSync(file);
  const spotted = spotPhrases(text, grammar).parts;
  const report = analyzeDraft({ channel: 'call', subject: '', body: text, contact: null, wordsPerMinute: 150 });
  const coach = PARTS.filter((part) => report.parts[part].found);
  rows.push({ ...label, text, spotted, coach });
}
for (const reader of ['spotted', 'coach']) {
  const byVoice = {};
  for (const row of rows) {
    const v = (byVoice[row.voice] ??= { split: row.split, hits: 0, spoken: 0, fa: 0, absent: 0 });
    v.hits += row.parts.filter((part) => row[reader].includes(part)).length;
    v.spoken += row.parts.length;
    v.fa += row[reader].filter((part) => !row.parts.includes(part)).length;
    v.absent += 3 - row.parts.length;
  }
  console.log(`\n${reader === 'spotted' ? 'phrase reader' : 'coach'} on pocketsphinx's transcript`);
  console.log('| voice | split | parts heard | false alarms |');
  console.log('|---|---|---|---|');
  const total = { tune: [0, 0, 0, 0], 'held-out': [0, 0, 0, 0] };
  for (const [voice, v] of Object.entries(byVoice)) {
    console.log(
      `| ${voice} | ${v.split} | ${v.hits}/${v.spoken} (${(v.hits / v.spoken).toFixed(2)}) | ${v.fa}/${v.absent} |`,
    );
    const t = total[v.split];
    t[0] += v.hits;
    t[1] += v.spoken;
    t[2] += v.fa;
    t[3] += v.absent;
  }
  for (const [split, t] of Object.entries(total))
    console.log(
      `| **${split}** | | ${t[0]}/${t[1]} (${(t[0] / t[1]).toFixed(2)}) | ${t[2]}/${t[3]} (${(t[2] / t[3]).toFixed(2)}) |`,
    );
}
if (process.argv.includes('--rows')) for (const row of rows) console.log(row.file, '|', row.text);
