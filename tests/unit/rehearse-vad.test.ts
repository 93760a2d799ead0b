import { describe, expect, it } from 'vitest';
import { FRAME_MS, rmsOf, vadStep, type VadState } from '../../renderer/rehearse/recorder';

function run(levels: number[]): VadState {
  return levels.reduce<VadState>((state, rms) => vadStep(state, rms), { floor: 0, speechMs: 0 });
}

describe('the energy voice-activity measure', () => {
  it('counts frames well above the learned noise floor as speech', () => {
    const silence = Array.from({ length: 20 }, () => 0.002);
    const speech = Array.from({ length: 40 }, (_, i) => (i % 2 ? 0.08 : 0.12));
    const state = run([...silence, ...speech, ...silence]);
    expect(state.speechMs).toBe(40 * FRAME_MS);
    expect(state.floor).toBeLessThan(0.01);
  });

  it('does not count silence or quiet noise as speech, and absorbs a steady hum within a few seconds', () => {
    expect(run(Array.from({ length: 100 }, () => 0.003)).speechMs).toBe(0);
    expect(run(Array.from({ length: 100 }, () => 0)).speechMs).toBe(0);
    const hum = run(Array.from({ length: 200 }, () => 0.03)).speechMs;
    expect(hum).toBeGreaterThan(0);
    expect(hum).toBeLessThanOrEqual(5000);
  });

  it('keeps counting syllables of speech, whose dips pull the floor back down', () => {
    const syllables = Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? 0.004 : 0.15));
    const state = run(syllables);
    expect(state.speechMs).toBeGreaterThan(0.75 * 400 * FRAME_MS);
  });

  it('measures loudness as root mean square', () => {
    expect(rmsOf(new Float32Array([0.5, -0.5, 0.5, -0.5]))).toBeCloseTo(0.5);
    expect(rmsOf(new Float32Array([]))).toBe(0);
  });
});
