import { describe, expect, it } from 'vitest';
import { conditionSamples } from '../../core/rehearsal/spotter';
import { LONG_PAUSE_SECONDS, measureTalk } from '../../core/rehearsal/talk-time';
import { MAX_WAV_SECONDS, WavError, readWav, readWavHeader, resample } from '../../core/rehearsal/wav';
import { concat, silence, tone, wavFile } from '../helpers/wav';

describe('talk time: first word to last, pauses inside counted, long silences left out', () => {
  it('counts the short pauses between words and sentences, not only voiced frames', () => {
    const answer = concat(silence(1), tone(1), silence(0.5), tone(1.5), silence(1.2), tone(0.8), silence(1));
    const talk = measureTalk(answer, 16000);
    expect(talk.talkSeconds).toBeCloseTo(5, 1);
    expect(talk.voicedSeconds).toBeCloseTo(3.3, 1);
    expect(talk.span).toEqual({ start: 1, end: 6 });
    expect(talk.longPauses).toEqual([]);
  });

  it('leaves a silence longer than two seconds out and reports it apart', () => {
    expect(LONG_PAUSE_SECONDS).toBe(2);
    const answer = concat(silence(0.5), tone(2), silence(3), tone(1), silence(0.5));
    const talk = measureTalk(answer, 16000);
    expect(talk.talkSeconds).toBeCloseTo(3, 1);
    expect(talk.longPauses).toEqual([{ start: 2.5, seconds: 3 }]);
  });

  it('finds no talk in silence, hiss or a lone click, and survives a clipped recording', () => {
    expect(measureTalk(silence(5), 16000)).toEqual({ talkSeconds: 0, voicedSeconds: 0, span: null, longPauses: [] });
    const hiss = Float32Array.from({ length: 16000 * 3 }, (_, i) => 0.0005 * Math.sin(i * 12.9898));
    expect(measureTalk(hiss, 16000).talkSeconds).toBe(0);
    const click = concat(silence(1), tone(0.02, 16000, 0.9), silence(1));
    expect(measureTalk(click, 16000).talkSeconds).toBe(0);
    const clipped = concat(
      silence(0.5),
      tone(2, 16000, 5).map((v) => Math.max(-1, Math.min(1, v))),
      silence(0.5),
    );
    expect(measureTalk(clipped, 16000).talkSeconds).toBeCloseTo(2, 1);
    expect(measureTalk(new Float32Array(0), 16000).talkSeconds).toBe(0);
  });

  it('holds for quiet speech over a steady hum', () => {
    const hum = (seconds: number) => tone(seconds, 16000, 0.003);
    const answer = concat(hum(1), tone(1.5, 16000, 0.05), hum(0.6), tone(1, 16000, 0.05), hum(1));
    expect(measureTalk(answer, 16000).talkSeconds).toBeCloseTo(3.1, 1);
  });
});

describe('reading a WAV for the recogniser', () => {
  const speech = concat(silence(0.3), tone(1), silence(0.3));

  it('reads 16 kHz mono as is, and converts 48 kHz stereo and 8 kHz to 16 kHz mono', () => {
    const plain = readWav(wavFile(speech, 16000));
    expect(plain.samples.length).toBe(speech.length);
    expect(plain.sourceRate).toBe(16000);
    const stereo = readWav(wavFile(resample(speech, 16000, 48000), 48000, 2));
    expect(stereo.channels).toBe(2);
    expect(Math.abs(stereo.samples.length - speech.length)).toBeLessThan(4);
    const narrow = readWav(wavFile(resample(speech, 16000, 8000), 8000));
    expect(Math.abs(narrow.samples.length - speech.length)).toBeLessThan(4);
    for (const audio of [stereo, narrow]) expect(measureTalk(audio.samples, 16000).talkSeconds).toBeCloseTo(1, 1);
  });

  it('refuses what it cannot read with one plain sentence', () => {
    const refuse = (bytes: Uint8Array) => {
      try {
        readWav(bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(WavError);
        return (error as Error).message;
      }
      throw new Error('accepted');
    };
    expect(refuse(new Uint8Array(0))).toMatch(/empty/);
    expect(refuse(Buffer.from('OggS\0\0\0\0 some opus'))).toMatch(/Ogg file, not a WAV file/);
    expect(refuse(Buffer.from('hello, this is a text file'))).toMatch(/not a WAV file/);
    const mp3InWav = wavFile(speech, 16000);
    mp3InWav.writeUInt16LE(0x55, 20);
    expect(refuse(mp3InWav)).toMatch(/compressed audio/);
    expect(refuse(wavFile(speech, 16000).subarray(0, 30))).toMatch(/damaged or cut short/);
    const long = wavFile(silence(0.1), 16000);
    long.writeUInt32LE(16000 * 2 * 3600, 40);
    expect(readWavHeader(long, 44 + 16000 * 2 * 3600).seconds).toBe(3600);
  });

  it('clamps a header that promises more data than the file holds, and refuses hour-long files', () => {
    const cut = wavFile(speech, 16000);
    cut.writeUInt32LE(0xffffffff, 40);
    expect(readWav(cut).samples.length).toBe(speech.length);
    const header = wavFile(new Float32Array(0), 16000);
    const bytes = 16000 * 2 * (MAX_WAV_SECONDS + 60);
    header.writeUInt32LE(bytes, 40);
    expect(() => readWav(Buffer.concat([header, Buffer.alloc(bytes)]))).toThrow(/11 minutes long/);
  });
});

describe('input conditioning before decoding', () => {
  it('keeps the speech with 0.3 s either side, at a common level whether quiet or loud', () => {
    for (const level of [0.01, 0.3]) {
      const answer = concat(silence(2), tone(1, 16000, level), silence(0.4), tone(1, 16000, level), silence(3));
      const conditioned = conditionSamples(answer);
      expect(conditioned.length / 16000).toBeCloseTo(3, 1);
      const peak = conditioned.reduce((max, value) => Math.max(max, Math.abs(value)), 0);
      expect(peak).toBeGreaterThan(0.1);
      expect(peak).toBeLessThan(0.2);
    }
    const quiet = silence(2);
    expect(conditionSamples(quiet)).toBe(quiet);
  });
});
