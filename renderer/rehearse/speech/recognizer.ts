/**
 * The local speech recogniser, loaded on first use: SoundSwallower's WebAssembly (in assets/) and its US
 * English model (about 10 MB, `speech/en-us/`, copied by vite.config.mts) are served by Someday itself,
 * fetched from the app's own origin and never sent anywhere. A recorded answer is decoded with Web Audio
 * at 16 kHz mono and spotted against the grammar from the person's script.
 */
import type { SoundSwallowerModule } from 'soundswallower';
import { SPEECH_SAMPLE_RATE, createSpotter, type Heard, type Spotter } from '../../../core/rehearsal/spotter';

export type { Heard } from '../../../core/rehearsal/spotter';

let loading: Promise<Spotter> | null = null;

/** How long the last start-up took, for the page and the tests (milliseconds). */
export let recognizerStartMs: number | null = null;

function speechBase(): string {
  return new URL('speech/', document.baseURI).href;
}

/**
 * The model has no `feature_transform`, but the decoder asks for one and moves on when it is missing.
 * While it starts, that one request is answered here with "not found" instead of going to the server.
 */
async function withoutFeatureTransform<T>(run: () => Promise<T>): Promise<T> {
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (/\/feature_transform$/.test(url)) return Promise.resolve(new Response(null, { status: 404 }));
    return realFetch.call(window, input, init);
  };
  try {
    return await run();
  } finally {
    window.fetch = realFetch;
  }
}

async function load(): Promise<Spotter> {
  const started = performance.now();
  const { default: createModule } = await import('soundswallower');
  const base = speechBase();
  // The .wasm comes from the build (Vite rewrites the package's own URL for it); the model from speech/.
  const speech: SoundSwallowerModule = await createModule({ modelBase: base } as Parameters<typeof createModule>[0]);
  const spotter = await withoutFeatureTransform(() => createSpotter(speech));
  recognizerStartMs = Math.round(performance.now() - started);
  return spotter;
}

export function loadRecognizer(): Promise<Spotter> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** Decodes a recording (webm/opus from MediaRecorder) to 16 kHz mono samples. */
export async function speechSamples(audio: Blob): Promise<Float32Array> {
  const context = new OfflineAudioContext(1, 1, SPEECH_SAMPLE_RATE);
  const buffer = await context.decodeAudioData(await audio.arrayBuffer());
  const mono = new Float32Array(buffer.length);
  for (let channel = 0; channel < buffer.numberOfChannels; channel++) {
    const data = buffer.getChannelData(channel);
    for (let i = 0; i < data.length; i++) mono[i]! += data[i]! / buffer.numberOfChannels;
  }
  return mono;
}

export async function recognize(audio: Blob, script: string): Promise<Heard> {
  const [spotter, samples] = await Promise.all([loadRecognizer(), speechSamples(audio)]);
  return spotter.spot(samples, script);
}
