/** Writes 16-bit PCM WAV bytes from float samples (one channel copied to every channel). */
export function wavFile(samples: Float32Array, rate: number, channels = 1): Buffer {
  const bytes = samples.length * channels * 2;
  const buffer = Buffer.alloc(44 + bytes);
  buffer.write('RIFF', 0);
  buffer.writeUInt32LE(36 + bytes, 4);
  buffer.write('WAVEfmt ', 8);
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(channels, 22);
  buffer.writeUInt32LE(rate, 24);
  buffer.writeUInt32LE(rate * channels * 2, 28);
  buffer.writeUInt16LE(channels * 2, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write('data', 36);
  buffer.writeUInt32LE(bytes, 40);
  for (let i = 0; i < samples.length; i++) {
    const value = Math.round(Math.max(-1, Math.min(1, samples[i]!)) * 32767);
    for (let c = 0; c < channels; c++) buffer.writeInt16LE(value, 44 + (i * channels + c) * 2);
  }
  return buffer;
}

/** A voiced stretch (a 180 Hz buzz with harmonics, like a vowel) or silence, at `rate`. */
export function tone(seconds: number, rate = 16000, level = 0.3): Float32Array {
  const out = new Float32Array(Math.round(seconds * rate));
  for (let i = 0; i < out.length; i++) {
    const t = i / rate;
    out[i] =
      level *
      (0.6 * Math.sin(2 * Math.PI * 180 * t) +
        0.3 * Math.sin(2 * Math.PI * 360 * t) +
        0.1 * Math.sin(2 * Math.PI * 900 * t));
  }
  return out;
}

export function concat(...pieces: Float32Array[]): Float32Array {
  const out = new Float32Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

export const silence = (seconds: number, rate = 16000) => new Float32Array(Math.round(seconds * rate));
