/**
 * The recogniser's own thread: SoundSwallower (WebAssembly) and its model load here, and each answer is
 * decoded here, so the window never freezes while it listens back. Messages in: { id, base, samples,
 * script } (16 kHz mono samples, transferred); out: { id, heard } or { id, error }.
 */
import createModule, { type SoundSwallowerModule } from 'soundswallower';
import { createSpotter, type Heard, type Spotter } from '../../../core/rehearsal/spotter';

export interface HearRequest {
  id: number;
  /** The speech/ folder of the build, where the model is served. */
  base: string;
  samples: Float32Array;
  script: string;
}

export type HearResponse = { id: number; heard: Heard } | { id: number; error: string };

let loading: Promise<Spotter> | null = null;

/**
 * The model has no `feature_transform`; the decoder asks for one and moves on when it is missing. That one
 * request is answered here with "not found" instead of going to the server.
 */
async function load(base: string): Promise<Spotter> {
  const realFetch = self.fetch.bind(self);
  self.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (/\/feature_transform$/.test(url)) return Promise.resolve(new Response(null, { status: 404 }));
    return realFetch(input, init);
  };
  try {
    const quiet = () => undefined;
    const speech: SoundSwallowerModule = await createModule({
      modelBase: base,
      print: quiet,
      printErr: quiet,
    } as Parameters<typeof createModule>[0]);
    return await createSpotter(speech);
  } finally {
    self.fetch = realFetch;
  }
}

/** The worker's own scope (the window's DOM types describe `self` as a window). */
const scope = self as unknown as {
  postMessage: (message: unknown, transfer?: Transferable[]) => void;
  onmessage: ((event: MessageEvent<HearRequest>) => void) | null;
};

scope.onmessage = async (event) => {
  const { id, base, samples, script } = event.data;
  try {
    loading ??= load(base);
    const spotter = await loading;
    const response: HearResponse = { id, heard: spotter.spot(samples, script) };
    scope.postMessage(response);
  } catch (error) {
    loading = null;
    const response: HearResponse = { id, error: error instanceof Error ? error.message : String(error) };
    scope.postMessage(response);
  }
};
