/**
 * Keyword spotting with SoundSwallower (PocketSphinx in WebAssembly, its US English model shipped
 * with Someday): the grammar from speech-grammar.ts, one batch decode per answer. This file does not
 * load anything itself, so the window's worker, `npm run hear` and the Node tests share it: each
 * passes the SoundSwallower module it loaded (the web build or the Node build).
 */
import type { Decoder, SoundSwallowerModule } from 'soundswallower';
import { buildSpeechGrammar, spotPhrases, type SpeechGrammar, type SpotResult } from './speech-grammar';
import type { PhraseInventory } from './speech-phrases';
import { measureTalk } from './talk-time';

export const SPEECH_SAMPLE_RATE = 16000;

export interface Heard extends SpotResult {
  /** What the decoder returned, fillers and all. */
  hypothesis: string;
  /** Seconds of audio decoded. */
  seconds: number;
}

export interface Spotter {
  /** Decodes 16 kHz mono samples against a grammar built from this script and the three parts. */
  spot: (samples: Float32Array, script: string) => Heard;
  /** The result for a recording with no speech in it (nothing is decoded). */
  nothing: () => Heard;
}

export interface SpotterOptions {
  /** The part phrases (default: the inventory shared with the coach). */
  inventory?: PhraseInventory;
  /** Trim to the speech and bring it to a common level before decoding (default true). */
  condition?: boolean;
  /** The grammar's phrase weight (default PHRASE_WEIGHT). */
  phraseWeight?: number;
  /** Also decode overlapping windows of this many seconds (half overlapping); 0 = the whole answer only. */
  windowSeconds?: number;
  /** Extra SoundSwallower settings, for measuring (bench/speech/eval.mjs). */
  config?: Record<string, string | number | boolean>;
}

const PAD_SECONDS = 0.3;
const TARGET_LEVEL = 0.1;
const MAX_GAIN = 20;

/**
 * Input conditioning: the decoder sees only the speech (first word to last, with a little silence either
 * side, which its noise estimate needs) at a common level, so a quiet or loud answer decodes alike.
 */
export function conditionSamples(samples: Float32Array, rate = SPEECH_SAMPLE_RATE): Float32Array {
  const talk = measureTalk(samples, rate);
  if (!talk.span) return samples;
  const start = Math.max(0, Math.floor((talk.span.start - PAD_SECONDS) * rate));
  const end = Math.min(samples.length, Math.ceil((talk.span.end + PAD_SECONDS) * rate));
  const piece = samples.slice(start, end);
  let peak = 0;
  const frame = Math.round(rate * 0.02);
  const levels: number[] = [];
  for (let at = 0; at + frame <= piece.length; at += frame) {
    let sum = 0;
    for (let i = at; i < at + frame; i++) sum += piece[i]! * piece[i]!;
    levels.push(Math.sqrt(sum / frame));
  }
  levels.sort((a, b) => a - b);
  peak = levels[Math.floor(levels.length * 0.95)] ?? 0;
  if (peak <= 0) return piece;
  const gain = Math.min(MAX_GAIN, TARGET_LEVEL / peak);
  for (let i = 0; i < piece.length; i++) piece[i] = Math.max(-1, Math.min(1, piece[i]! * gain));
  return piece;
}

export async function createSpotter(speech: SoundSwallowerModule, options: SpotterOptions = {}): Promise<Spotter> {
  const decoder: Decoder = new speech.Decoder({
    loglevel: 'ERROR',
    samprate: SPEECH_SAMPLE_RATE,
    ...options.config,
  });
  await decoder.initialize();
  let current: { script: string; grammar: SpeechGrammar } | null = null;
  const known = (word: string) => decoder.lookup_word(word) !== null;
  return {
    spot(samples, script) {
      if (current?.script !== script) {
        const grammar = buildSpeechGrammar(script, known, options.inventory, options.phraseWeight);
        decoder.set_grammar(grammar.jsgf);
        current = { script, grammar };
      }
      const decode = (piece: Float32Array) => {
        decoder.start();
        decoder.process_audio(piece, false, true);
        decoder.stop();
        return decoder.get_text();
      };
      const input = options.condition === false ? samples : conditionSamples(samples);
      const hypothesis = decode(input);
      const windows: string[] = [];
      const size = Math.round((options.windowSeconds ?? 0) * SPEECH_SAMPLE_RATE);
      if (size > 0 && input.length > size * 1.25) {
        for (let at = 0; at < input.length - size / 2; at += size / 2) {
          windows.push(decode(input.subarray(at, Math.min(input.length, at + size))));
        }
      }
      return {
        ...spotPhrases(hypothesis, current.grammar, windows),
        hypothesis,
        seconds: samples.length / SPEECH_SAMPLE_RATE,
      };
    },
    nothing: () => ({ spotted: [], parts: [], wordCount: 0, text: '', hypothesis: '', seconds: 0 }),
  };
}
