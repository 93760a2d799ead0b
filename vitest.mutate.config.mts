import { defineConfig } from 'vitest/config';

/**
 * The vitest setup Stryker uses (stryker.config.mjs): only the unit tests of the module group being
 * mutated (SOMEDAY_MUTATE_TESTS), in Node, never the e2e, reliability or renderer projects.
 */
const tests = (process.env.SOMEDAY_MUTATE_TESTS ?? '').split(',').filter(Boolean);

export default defineConfig({
  test: {
    environment: 'node',
    include: tests.length > 0 ? tests : ['tests/unit/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
