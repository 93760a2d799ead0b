/**
 * A per-test time limit that promises speed. Under mutation testing (stryker.config.mjs sets
 * SOMEDAY_MUTATE_TESTS) the code is instrumented and runs many times slower, so the limit there only
 * stops a mutant that hangs; everywhere else it is the limit given.
 */
export function timeLimit(ms: number): number {
  return process.env.SOMEDAY_MUTATE_TESTS ? Math.max(60_000, ms * 20) : ms;
}
