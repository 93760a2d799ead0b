/**
 * Tests aimed at mutants of the coach's base64 decoder (base64.ts), which reads the model's weights, issue 21
 * (`npm run mutate -- --group coach --only core/coach/base64.ts`). Node's own decoder is the reference.
 */
import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../core/coach/base64';

/** Bytes 0–255 in a fixed shuffled order, so every value and every position in a group of three is met. */
function bytes(count: number, seed: number): Uint8Array {
  const out = new Uint8Array(count);
  let x = seed;
  for (let i = 0; i < count; i += 1) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = (x >>> 16) & 0xff;
  }
  return out;
}

describe('decoding base64', () => {
  it('gives the bytes Node gives, for every length, with and without padding', () => {
    for (let length = 0; length <= 64; length += 1) {
      const data = bytes(length, length + 1);
      const text = Buffer.from(data).toString('base64');
      expect(Array.from(decodeBase64(text)), `${length} bytes`).toStrictEqual(Array.from(data));
      expect(Array.from(decodeBase64(text.replace(/=+$/, '')))).toStrictEqual(Array.from(data));
    }
  });

  it('decodes every value of the alphabet, including + and /', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = Buffer.from(all).toString('base64');
    expect(text).toContain('+');
    expect(text).toContain('/');
    expect(Array.from(decodeBase64(text))).toStrictEqual(Array.from(all));
    expect(Array.from(decodeBase64('+/+/'))).toStrictEqual([0xfb, 0xff, 0xbf]);
    expect(Array.from(decodeBase64('AAAA'))).toStrictEqual([0, 0, 0]);
    expect(Array.from(decodeBase64('////'))).toStrictEqual([255, 255, 255]);
  });

  it('skips line breaks, spaces and any other character outside the alphabet', () => {
    const data = bytes(100, 7);
    const text = Buffer.from(data).toString('base64');
    const spread = text.replace(/(.{7})/g, '$1\n  \t-_.!é');
    expect(Array.from(decodeBase64(spread))).toStrictEqual(Array.from(data));
    expect(decodeBase64('')).toHaveLength(0);
    expect(decodeBase64(' \n=')).toHaveLength(0);
  });
});
