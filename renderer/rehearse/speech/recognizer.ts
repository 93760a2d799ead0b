/**
 * Listening back to a recorded answer, on this computer. The page decodes the recording with Web Audio
 * to 16 kHz mono and measures talk time (core/rehearsal/talk-time.ts, the same measure as the review and
 * `npm run hear`); the recogniser runs in a Web Worker (hear-worker.ts), so the window stays responsive.
 * SoundSwallower's WebAssembly and its US English model (about 10 MB, `speech/en-us/`, copied by
 * vite.config.mts) are served by Someday itself and never sent anywhere. Long answers are not decoded,
 * and a decode that runs too long is stopped: both come back as a plain outcome, not an error.
 */
import type { Heard } from '../../../core/rehearsal/spotter';
import { measureTalk, type TalkTime } from '../../../core/rehearsal/talk-time';
import { SPEECH_RATE } from '../../../core/rehearsal/wav';
import type { HearRequest, HearResponse } from './hear-worker';
import { MAX_LISTEN_SECONDS } from './limits';

export type { Heard } from '../../../core/rehearsal/spotter';

/** A decode that takes longer than this (plus the answer's own length) is stopped. */
const DECODE_GRACE_MS = 30_000;

export type Listened =
  | { outcome: 'heard'; talk: TalkTime; heard: Heard }
  | { outcome: 'silent'; talk: TalkTime }
  | { outcome: 'too-long'; talk: TalkTime; seconds: number }
  | { outcome: 'timed-out'; talk: TalkTime };

let worker: Worker | null = null;
let nextId = 1;

function speechBase(): string {
  return new URL('speech/', document.baseURI).href;
}

function hearWorker(): Worker {
  worker ??= new Worker(new URL('./hear-worker.ts', import.meta.url), { type: 'module', name: 'someday-hear' });
  return worker;
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

class TimedOut extends Error {}

/** Decodes in the worker; resolves with what was heard, or rejects (TimedOut when it ran too long). */
function decodeInWorker(samples: Float32Array, script: string, timeoutMs: number): Promise<Heard> {
  const thread = hearWorker();
  const id = nextId++;
  return new Promise<Heard>((resolve, reject) => {
    const timer = window.setTimeout(() => {
      cleanup();
      stopWorker();
      reject(new TimedOut());
    }, timeoutMs);
    const onMessage = (event: MessageEvent<HearResponse>) => {
      if (event.data.id !== id) return;
      cleanup();
      if ('heard' in event.data) resolve(event.data.heard);
      else reject(new Error(event.data.error));
    };
    const onError = (event: ErrorEvent) => {
      cleanup();
      stopWorker();
      reject(new Error(event.message || 'The recogniser could not start.'));
    };
    function cleanup() {
      window.clearTimeout(timer);
      thread.removeEventListener('message', onMessage);
      thread.removeEventListener('error', onError);
    }
    thread.addEventListener('message', onMessage);
    thread.addEventListener('error', onError);
    const request: HearRequest = { id, base: speechBase(), samples, script };
    thread.postMessage(request, [samples.buffer]);
  });
}

/** Decodes a recording (webm/opus from MediaRecorder) to 16 kHz mono samples. */
export async function speechSamples(audio: Blob): Promise<Float32Array> {
  const context = new OfflineAudioContext(1, 1, SPEECH_RATE);
  const buffer = await context.decodeAudioData(await audio.arrayBuffer());
  const mono = new Float32Array(buffer.length);
  for (let channel = 0; channel < buffer.numberOfChannels; channel++) {
    const data = buffer.getChannelData(channel);
    for (let i = 0; i < data.length; i++) mono[i]! += data[i]! / buffer.numberOfChannels;
  }
  return mono;
}

/**
 * Decodes the recording, measures its talk time and reports it at once (`onTalk`), then listens back for
 * the parts in the worker.
 */
export async function listenBack(
  audio: Blob,
  script: string,
  onTalk: (talk: TalkTime) => void = () => undefined,
): Promise<Listened> {
  const samples = await speechSamples(audio);
  const talk = measureTalk(samples, SPEECH_RATE);
  onTalk(talk);
  const seconds = samples.length / SPEECH_RATE;
  if (!talk.span) return { outcome: 'silent', talk };
  if (seconds > MAX_LISTEN_SECONDS) return { outcome: 'too-long', talk, seconds };
  try {
    const heard = await decodeInWorker(samples, script, DECODE_GRACE_MS + seconds * 1000);
    return { outcome: 'heard', talk, heard };
  } catch (error) {
    if (error instanceof TimedOut) return { outcome: 'timed-out', talk };
    throw error;
  }
}
