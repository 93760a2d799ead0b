/**
 * Reading a WAV file for the recogniser: PCM (8, 16, 24 or 32 bits) or 32-bit float, any number of
 * channels, any common rate. Channels are averaged to mono and the rate converted to 16 kHz, the rate
 * the recogniser and the talk-time measure work at. Anything else gets one plain sentence (WavError).
 * Pure: the command line (`npm run hear`) and the tests share it.
 */
export const SPEECH_RATE = 16000;
/** Longer recordings are refused before they are read: an answer on a call is never this long. */
export const MAX_WAV_SECONDS = 600;

export class WavError extends Error {}

export interface WavHeader {
  format: 'pcm' | 'float';
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  /** Byte offset and length of the sample data (the length is clamped to what the file holds). */
  dataOffset: number;
  dataBytes: number;
  seconds: number;
}

const ascii = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

/**
 * Reads the header from the first bytes of a file (64 kB is plenty) and the file's full size, so a
 * long file can be refused without reading it.
 */
export function readWavHeader(head: Uint8Array, fileBytes = head.length): WavHeader {
  if (fileBytes === 0) throw new WavError('The file is empty: there is no recording in it.');
  if (head.length < 12 || ascii(head, 0) !== 'RIFF' || ascii(head, 8) !== 'WAVE') {
    const kind = ascii(head, 0) === 'OggS' ? 'an Ogg file' : ascii(head, 4) === 'ftyp' ? 'an MP4 file' : '';
    throw new WavError(
      `This is ${kind || 'not a WAV file'}${kind ? ', not a WAV file' : ''}. Convert it first, for example: sox answer.ogg -r 16000 -c 1 answer.wav`,
    );
  }
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  let at = 12;
  let fmt: Omit<WavHeader, 'dataOffset' | 'dataBytes' | 'seconds'> | null = null;
  while (at + 8 <= head.length) {
    const id = ascii(head, at);
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 'fmt ') {
      if (body + 16 > head.length) break;
      let code = view.getUint16(body, true);
      const channels = view.getUint16(body + 2, true);
      const sampleRate = view.getUint32(body + 4, true);
      const bitsPerSample = view.getUint16(body + 14, true);
      if (code === 0xfffe && size >= 40 && body + 26 <= head.length) code = view.getUint16(body + 24, true);
      if (code !== 1 && code !== 3) {
        throw new WavError(
          `This WAV holds compressed audio (format ${code}); Someday reads plain PCM WAV. Convert it first, for example: sox answer.wav -e signed -b 16 plain.wav`,
        );
      }
      if (channels < 1 || channels > 8) throw new WavError(`This WAV says it has ${channels} channels; it is damaged.`);
      if (sampleRate < 4000 || sampleRate > 192000) {
        throw new WavError(`This WAV's sample rate (${sampleRate} Hz) is not one a recording uses; it is damaged.`);
      }
      const bitsOk = code === 1 ? [8, 16, 24, 32].includes(bitsPerSample) : bitsPerSample === 32;
      if (!bitsOk) throw new WavError(`${bitsPerSample}-bit samples are not supported; use 16-bit PCM.`);
      fmt = { format: code === 1 ? 'pcm' : 'float', channels, sampleRate, bitsPerSample };
    } else if (id === 'data') {
      if (!fmt) throw new WavError('This WAV has no format description before its sound; it is damaged.');
      const frame = (fmt.bitsPerSample / 8) * fmt.channels;
      const available = Math.max(0, fileBytes - body);
      const dataBytes = Math.floor(Math.min(size, available) / frame) * frame;
      return { ...fmt, dataOffset: body, dataBytes, seconds: dataBytes / frame / fmt.sampleRate };
    }
    at = body + size + (size % 2);
  }
  throw new WavError('This WAV has no sound data in it; it is damaged or cut short.');
}

function sampleReader(header: WavHeader, view: DataView): (offset: number) => number {
  if (header.format === 'float') return (offset) => view.getFloat32(offset, true);
  switch (header.bitsPerSample) {
    case 8:
      return (offset) => (view.getUint8(offset) - 128) / 128;
    case 16:
      return (offset) => view.getInt16(offset, true) / 32768;
    case 24:
      return (offset) => {
        const value = view.getUint8(offset) | (view.getUint8(offset + 1) << 8) | (view.getInt8(offset + 2) << 16);
        return value / 8388608;
      };
    default:
      return (offset) => view.getInt32(offset, true) / 2147483648;
  }
}

/** Mono samples at the file's own rate, channels averaged; `data` holds the whole file. */
export function monoSamples(data: Uint8Array, header: WavHeader): Float32Array {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const read = sampleReader(header, view);
  const width = header.bitsPerSample / 8;
  const frames = header.dataBytes / (width * header.channels);
  const mono = new Float32Array(frames);
  for (let i = 0; i < frames; i++) {
    let sum = 0;
    const base = header.dataOffset + i * width * header.channels;
    for (let channel = 0; channel < header.channels; channel++) sum += read(base + channel * width);
    const value = sum / header.channels;
    mono[i] = Number.isFinite(value) ? Math.max(-1, Math.min(1, value)) : 0;
  }
  return mono;
}

/**
 * Converts to another rate: a windowed-sinc low-pass first when going down (so nothing above the new
 * Nyquist folds back as noise), then linear interpolation between the filtered samples.
 */
export function resample(samples: Float32Array, from: number, to = SPEECH_RATE): Float32Array {
  if (from === to || samples.length === 0) return samples;
  let source = samples;
  if (to < from) {
    const cutoff = (0.45 * to) / from;
    const half = 16;
    const taps = new Float32Array(half * 2 + 1);
    let total = 0;
    for (let k = -half; k <= half; k++) {
      const sinc = k === 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * k) / (Math.PI * k);
      const window = 0.5 + 0.5 * Math.cos((Math.PI * k) / (half + 1));
      taps[k + half] = sinc * window;
      total += sinc * window;
    }
    source = new Float32Array(samples.length);
    for (let i = 0; i < samples.length; i++) {
      let sum = 0;
      for (let k = -half; k <= half; k++) {
        const j = i + k;
        if (j >= 0 && j < samples.length) sum += samples[j]! * taps[k + half]!;
      }
      source[i] = sum / total;
    }
  }
  const length = Math.floor((samples.length * to) / from);
  const out = new Float32Array(length);
  const step = from / to;
  for (let i = 0; i < length; i++) {
    const position = i * step;
    const left = Math.floor(position);
    const right = Math.min(left + 1, source.length - 1);
    const fraction = position - left;
    out[i] = source[left]! * (1 - fraction) + source[right]! * fraction;
  }
  return out;
}

export interface SpeechAudio {
  samples: Float32Array;
  /** What the file was, for the report. */
  sourceRate: number;
  channels: number;
  seconds: number;
}

/** A whole WAV file to 16 kHz mono, refusing what it cannot read with a plain sentence. */
export function readWav(data: Uint8Array): SpeechAudio {
  const header = readWavHeader(data.subarray(0, 65536), data.length);
  if (header.seconds > MAX_WAV_SECONDS) throw tooLong(header.seconds);
  const samples = resample(monoSamples(data, header), header.sampleRate);
  return { samples, sourceRate: header.sampleRate, channels: header.channels, seconds: header.seconds };
}

export function tooLong(seconds: number): WavError {
  return new WavError(
    `This recording is ${Math.round(seconds / 60)} minutes long; an answer to listen back to can be at most ${MAX_WAV_SECONDS / 60} minutes.`,
  );
}
