/**
 * Keyword spotting with SoundSwallower (PocketSphinx in WebAssembly, its US English model shipped
 * with Someday): the grammar from speech-grammar.ts, one batch decode per answer. This file does not
 * load anything itself, so the window's worker, `npm run hear` and the Node tests share it: each
 * passes the SoundSwallower module it loaded (the web build or the Node build).
 */
import type { Decoder, SoundSwallowerModule } from 'soundswallower';
import { buildSpeechGrammar, spotPhrases, type SpeechGrammar, type SpotResult } from './speech-grammar';

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

export async function createSpotter(speech: SoundSwallowerModule): Promise<Spotter> {
  const decoder: Decoder = new speech.Decoder({ loglevel: 'ERROR', samprate: SPEECH_SAMPLE_RATE });
  await decoder.initialize();
  let current: { script: string; grammar: SpeechGrammar } | null = null;
  const known = (word: string) => decoder.lookup_word(word) !== null;
  return {
    spot(samples, script) {
      if (current?.script !== script) {
        const grammar = buildSpeechGrammar(script, known);
        decoder.set_grammar(grammar.jsgf);
        current = { script, grammar };
      }
      decoder.start();
      decoder.process_audio(samples, false, true);
      decoder.stop();
      const hypothesis = decoder.get_text();
      return { ...spotPhrases(hypothesis, current.grammar), hypothesis, seconds: samples.length / SPEECH_SAMPLE_RATE };
    },
    nothing: () => ({ spotted: [], parts: [], wordCount: 0, text: '', hypothesis: '', seconds: 0 }),
  };
}
