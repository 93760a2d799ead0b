/**
 * Talk time as a listener hears it: from the first word to the last, the pauses between words and
 * sentences included. A silence longer than LONG_PAUSE_SECONDS (thinking, or the person stopped and
 * started again) is left out and reported apart. One function for the window, the review and
 * `npm run hear`, so all three show the same figure.
 *
 * Voice activity is an energy measure over 20 ms frames: a frame is voiced when it is well above the
 * recording's own noise floor (its quiet tenth) and not far below its loud part; single clicks shorter
 * than 60 ms are ignored. Pure and deterministic.
 */
export const LONG_PAUSE_SECONDS = 2;
const FRAME_SECONDS = 0.02;
const MIN_BURST_FRAMES = 3;
/** Absolute floor: quieter than this is silence whatever the recording (about -54 dBFS). */
const ABSOLUTE_FLOOR = 0.002;

export interface TalkTime {
  /** First word to last word, long silences left out (seconds, one decimal). */
  talkSeconds: number;
  /** Frames judged voiced, for comparison (seconds, one decimal). */
  voicedSeconds: number;
  /** Where speech starts and ends in the recording (seconds), or null when none was found. */
  span: { start: number; end: number } | null;
  /** Silences longer than LONG_PAUSE_SECONDS inside the span, left out of talkSeconds. */
  longPauses: { start: number; seconds: number }[];
}

function percentile(sorted: Float64Array, share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function measureTalk(samples: Float32Array, sampleRate: number): TalkTime {
  const frameLength = Math.max(1, Math.round(sampleRate * FRAME_SECONDS));
  const frames = Math.floor(samples.length / frameLength);
  const levels = new Float64Array(frames);
  for (let f = 0; f < frames; f++) {
    let sum = 0;
    for (let i = f * frameLength; i < (f + 1) * frameLength; i++) sum += samples[i]! * samples[i]!;
    levels[f] = Math.sqrt(sum / frameLength);
  }
  const sorted = levels.slice().sort();
  const floor = percentile(sorted, 0.1);
  const loud = percentile(sorted, 0.95);
  // A recording with no quiet moment at all (speech from the first frame to the last) has its floor at
  // its loud level; the threshold is then half of that level, so the speech still counts.
  const threshold = Math.max(ABSOLUTE_FLOOR, Math.min(floor * 4, loud * 0.5), loud / 60);
  const voiced = Array.from(levels, (level) => level > threshold);
  // Hysteresis: a word's soft edges (an "s", a "th", a fading vowel) are quieter than its core, so each
  // voiced stretch grows outwards while the level stays above a lower threshold.
  const edge = Math.max(ABSOLUTE_FLOOR / 2, floor * 2, loud / 300);
  for (let f = 1; f < frames; f++) if (!voiced[f] && voiced[f - 1] && levels[f]! > edge) voiced[f] = true;
  for (let f = frames - 2; f >= 0; f--) if (!voiced[f] && voiced[f + 1] && levels[f]! > edge) voiced[f] = true;
  // Bursts shorter than a syllable are clicks, not words.
  for (let f = 0; f < frames;) {
    if (!voiced[f]) {
      f++;
      continue;
    }
    let end = f;
    while (end < frames && voiced[end]) end++;
    if (end - f < MIN_BURST_FRAMES) for (let i = f; i < end; i++) voiced[i] = false;
    f = end;
  }
  const first = voiced.indexOf(true);
  if (first < 0) return { talkSeconds: 0, voicedSeconds: 0, span: null, longPauses: [] };
  const last = voiced.lastIndexOf(true);
  const longPauses: TalkTime['longPauses'] = [];
  let gapStart = -1;
  for (let f = first; f <= last; f++) {
    if (!voiced[f] && gapStart < 0) gapStart = f;
    if (voiced[f] && gapStart >= 0) {
      const seconds = (f - gapStart) * FRAME_SECONDS;
      if (seconds > LONG_PAUSE_SECONDS)
        longPauses.push({ start: round1(gapStart * FRAME_SECONDS), seconds: round1(seconds) });
      gapStart = -1;
    }
  }
  const spanSeconds = (last + 1 - first) * FRAME_SECONDS;
  const paused = longPauses.reduce((sum, pause) => sum + pause.seconds, 0);
  return {
    talkSeconds: round1(Math.max(0, spanSeconds - paused)),
    voicedSeconds: round1(voiced.filter(Boolean).length * FRAME_SECONDS),
    span: { start: round1(first * FRAME_SECONDS), end: round1((last + 1) * FRAME_SECONDS) },
    longPauses,
  };
}
