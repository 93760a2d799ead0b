import { performance } from 'node:perf_hooks';

export function percentile(sorted, share) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}

export function round(ms, digits = 4) {
  const factor = 10 ** digits;
  return Math.round(ms * factor) / factor;
}

export function summarise(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    median_ms: round(percentile(sorted, 0.5)),
    p95_ms: round(percentile(sorted, 0.95)),
    p99_ms: round(percentile(sorted, 0.99)),
    runs: sorted.length,
  };
}

/** Times one call (sync or async) in milliseconds and returns its result. */
export async function timeOnce(fn, index) {
  const start = performance.now();
  const value = fn(index);
  if (value && typeof value.then === 'function') {
    const result = await value;
    const elapsed = performance.now() - start;
    return { elapsed, result };
  }
  return { elapsed: performance.now() - start, result: value };
}

/**
 * Runs the given variants in turn on each iteration (app, then raw, …), so a burst of load from
 * elsewhere on the machine falls on all of them alike, and returns each variant's samples.
 * Iterations below `warmUp` are not kept. `afterEach(name, result)` runs untimed after each call.
 */
export async function interleave(variants, { warmUp, runs, afterEach, beforeIteration }) {
  const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  for (let i = 0; i < warmUp + runs; i += 1) {
    if (beforeIteration) beforeIteration(i);
    for (const [name, fn] of Object.entries(variants)) {
      const { elapsed, result } = await timeOnce(fn, i);
      if (afterEach) afterEach(name, result);
      if (i >= warmUp) samples[name].push(elapsed);
    }
  }
  return samples;
}
