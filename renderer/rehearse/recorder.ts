/**
 * Recording an answer on this computer: MediaRecorder keeps the audio (it never leaves the machine;
 * main saves it in the data folder), and talk time comes from an energy-based voice activity measure
 * over the Web Audio graph: every 50 ms the loudness (RMS) of the microphone is compared with a noise
 * floor, and frames more than three times louder count as speech. The floor follows quiet moments
 * quickly and loud ones very slowly, so the dips between syllables keep it low while a steady hum is
 * absorbed within a few seconds. It is an estimate, shown as one.
 */
export const FRAME_MS = 50;
const MIN_THRESHOLD = 0.012;
const FLOOR_FACTOR = 3;
const INITIAL_FLOOR = 0.004;

export interface VadState {
  floor: number;
  speechMs: number;
}

/** One step of the energy VAD; pure, so it is unit-tested without a microphone. */
export function vadStep(state: VadState, rms: number, frameMs = FRAME_MS): VadState {
  const previous = state.floor > 0 ? state.floor : INITIAL_FLOOR;
  const speech = rms > Math.max(MIN_THRESHOLD, previous * FLOOR_FACTOR);
  const rate = rms < previous ? 0.3 : speech ? 0.003 : 0.05;
  const floor = Math.max(1e-5, previous + (rms - previous) * rate);
  return { floor, speechMs: state.speechMs + (speech ? frameMs : 0) };
}

export function rmsOf(samples: Float32Array): number {
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  return samples.length === 0 ? 0 : Math.sqrt(sum / samples.length);
}

export function canRecord(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    typeof navigator.mediaDevices?.getUserMedia === 'function' &&
    typeof window.MediaRecorder === 'function' &&
    typeof window.AudioContext === 'function'
  );
}

export interface Recording {
  audio: Blob;
  /** Live estimate while recording; once the recording is decoded, talk time from core/rehearsal/talk-time. */
  talkSeconds: number;
  /** True when talkSeconds is the measured figure (first word to last), the one the review shows. */
  measured?: boolean;
  durationSeconds: number;
}

export interface ActiveRecorder {
  stop: () => Promise<Recording>;
  cancel: () => void;
}

export async function startRecording(): Promise<ActiveRecorder> {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: false });
  const context = new AudioContext();
  if (context.state === 'suspended') await context.resume();
  const source = context.createMediaStreamSource(stream);
  const analyser = context.createAnalyser();
  analyser.fftSize = 2048;
  source.connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  let vad: VadState = { floor: 0, speechMs: 0 };
  const timer = window.setInterval(() => {
    analyser.getFloatTimeDomainData(samples);
    vad = vadStep(vad, rmsOf(samples));
  }, FRAME_MS);
  const chunks: Blob[] = [];
  const recorder = new MediaRecorder(stream);
  recorder.addEventListener('dataavailable', (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  });
  const started = performance.now();
  recorder.start(250);

  const release = () => {
    window.clearInterval(timer);
    stream.getTracks().forEach((track) => track.stop());
    void context.close();
  };
  return {
    stop: () =>
      new Promise<Recording>((resolve) => {
        recorder.addEventListener(
          'stop',
          () => {
            release();
            const type = recorder.mimeType || chunks[0]?.type || 'audio/webm';
            resolve({
              audio: new Blob(chunks, { type }),
              talkSeconds: Math.round(vad.speechMs / 100) / 10,
              durationSeconds: Math.round((performance.now() - started) / 100) / 10,
            });
          },
          { once: true },
        );
        recorder.stop();
      }),
    cancel: () => {
      if (recorder.state !== 'inactive') recorder.stop();
      release();
    },
  };
}

export function explainMicrophoneError(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return 'Someday may not use the microphone, so typing is the way to answer for now.';
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') {
    return 'No microphone was found, so typing is the way to answer for now.';
  }
  return 'The microphone could not start, so typing is the way to answer for now.';
}
