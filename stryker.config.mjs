// @ts-check
/**
 * Mutation testing (StrykerJS + its vitest runner): `npm run mutate` (scripts/mutate.mjs) runs one
 * Stryker per module group below, one after another; `npm run mutate -- --group web` runs one group.
 * Each group mutates only its modules and runs only the unit tests that guard them
 * (vitest.mutate.config.mts), in incremental mode (a per-group file in reports/mutation/), so a rerun
 * tests only the mutants whose code or tests changed. A new group is one entry in GROUPS.
 * Plain `npx stryker run` also works: it takes the group from MUTATE_GROUP (default: web).
 */

/**
 * @typedef {{ mutate: string[]; tests: string[]; runByDefault: boolean; testsFor?: Record<string, string[]> }} MutationGroup
 * testsFor: for one module run alone (--only), a narrower list of test files that still reaches it.
 */

// The coach's tests but coach-suggest.test.ts (2,600 tests, each re-analysing a corpus message with a
// suggestion applied): every module below is reached by the analyses of the other files, and a mutant
// runs the tests that reach it, so with coach-suggest it ran them all, many times slower.
const COACH_WITHOUT_SUGGEST = [
  'tests/unit/coach.test.ts',
  'tests/unit/coach-corpus.test.ts',
  'tests/unit/builtin-templates-coach.test.ts',
  'tests/unit/coach-model.test.ts',
  'tests/unit/coach-phrases.test.ts',
  'tests/unit/coach-mutants.test.ts',
  'tests/unit/coach-text-mutants.test.ts',
  'tests/unit/coach-sentences-mutants.test.ts',
  'tests/unit/coach-phrases-mutants.test.ts',
  'tests/unit/coach-cues-mutants.test.ts',
  'tests/unit/coach-parts-mutants.test.ts',
  'tests/unit/coach-tone-mutants.test.ts',
  'tests/unit/coach-model-mutants.test.ts',
  'tests/unit/coach-analyze-mutants.test.ts',
  'tests/unit/coach-features-mutants.test.ts',
  'tests/unit/coach-personalisation-mutants.test.ts',
  'tests/unit/coach-base64-mutants.test.ts',
];

/** @type {Record<string, MutationGroup>} */
export const GROUPS = {
  web: {
    mutate: ['main/web/server.ts', 'main/web/static-files.ts'],
    tests: ['tests/unit/web-server.test.ts', 'tests/unit/web-server-guards.test.ts'],
    runByDefault: true,
  },
  followups: {
    mutate: ['core/followup-plan.ts', 'core/followup-settings.ts'],
    tests: ['tests/unit/followup-plan.test.ts', 'tests/unit/followup-plan-rules.test.ts'],
    runByDefault: true,
  },
  data: {
    mutate: ['main/data/export-file.ts', 'main/data/staging.ts', 'core/data.ts'],
    tests: [
      'tests/unit/data-export-import.test.ts',
      'tests/unit/data-backups.test.ts',
      'tests/unit/data-checks.test.ts',
      'tests/unit/data-staging.test.ts',
    ],
    runByDefault: true,
  },
  // The encryption at rest: the lock and its back-off, the key file and its wrapping, recordings on disk,
  // converting a plain folder, unlocking, and the age layer of an export (export-layers.ts).
  encryption: {
    mutate: [
      'main/protection/lock.ts',
      'main/protection/keyring.ts',
      'main/protection/convert.ts',
      'main/protection/unlock.ts',
      'main/recordings.ts',
      'main/data/export-layers.ts',
      'main/data/gzip-members.ts',
    ],
    tests: [
      'tests/unit/lock.test.ts',
      'tests/unit/protection.test.ts',
      'tests/unit/recordings-encryption.test.ts',
      'tests/unit/export-stream.test.ts',
      'tests/unit/protection-mutants.test.ts',
      'tests/unit/lock-mutants.test.ts',
      'tests/unit/lock-state-mutants.test.ts',
      'tests/unit/unlock-mutants.test.ts',
      'tests/unit/key-file-mutants.test.ts',
      'tests/unit/recordings-mutants.test.ts',
      'tests/unit/rehearsals.test.ts',
      'tests/unit/convert-mutants.test.ts',
      'tests/unit/export-layers-mutants.test.ts',
      'tests/unit/export-gzip-members.test.ts',
    ],
    runByDefault: true,
  },
  // The coach's logic only. Left out: the phrase tables (tone-cues.ts, part-cues.ts) and the trained
  // weights (model-weights.ts): nearly all their mutants are string literals ("sorry for" -> "") that
  // say only that a table entry is not each tested on its own, and the weights change whenever the
  // model is retrained. types.ts holds types only. docs/MUTATION.md has the figures.
  coach: {
    mutate: [
      'core/coach/**/*.ts',
      '!core/coach/tone-cues.ts',
      '!core/coach/part-cues.ts',
      '!core/coach/model-weights.ts',
      '!core/coach/types.ts',
    ],
    tests: [...COACH_WITHOUT_SUGGEST, 'tests/unit/coach-suggest.test.ts', 'tests/unit/coach-suggest-mutants.test.ts'],
    // About an hour per module on a busy two-core machine: run it by name, a module at a time (--only).
    runByDefault: false,
    // Run alone, every module but suggest.ts uses the coach's tests without coach-suggest.test.ts
    // (docs/MUTATION.md).
    testsFor: {
      ...Object.fromEntries(
        ['analyze', 'features', 'length', 'model', 'parts', 'tone'].map((m) => [
          `core/coach/${m}.ts`,
          COACH_WITHOUT_SUGGEST,
        ]),
      ),
      // Only analyzeDraft, given a contact, calls the personalisation check: these two files test it.
      'core/coach/personalisation.ts': ['tests/unit/coach.test.ts', 'tests/unit/coach-personalisation-mutants.test.ts'],
      // Only decodeModel calls the base64 decoder.
      'core/coach/base64.ts': ['tests/unit/coach-base64-mutants.test.ts', 'tests/unit/coach-model-mutants.test.ts'],
      // Without coach-corpus.test.ts, whose analysis of the corpus as it loads makes every mutant static
      // (each one ran the whole list): the files that test these modules directly, and coach.test.ts.
      'core/coach/sentences.ts': [
        'tests/unit/coach.test.ts',
        'tests/unit/coach-text-mutants.test.ts',
        'tests/unit/coach-sentences-mutants.test.ts',
      ],
      'core/coach/text.ts': [
        'tests/unit/coach.test.ts',
        'tests/unit/coach-mutants.test.ts',
        'tests/unit/coach-text-mutants.test.ts',
      ],
      'core/coach/cues.ts': [
        'tests/unit/coach.test.ts',
        'tests/unit/coach-mutants.test.ts',
        'tests/unit/coach-cues-mutants.test.ts',
      ],
      // Only the speech grammar (core/rehearsal/speech-phrases.ts) reads the inventory: its own two files.
      'core/coach/phrases.ts': ['tests/unit/coach-phrases.test.ts', 'tests/unit/coach-phrases-mutants.test.ts'],
      // Without coach-suggest.test.ts (2,600 corpus messages, each analysed again per suggestion: hours per
      // run) and the analysis tests that never call it: the tests written for its mutants, with a stand-in
      // model so the phrase lists decide. A lower bound, as for the modules above.
      'core/coach/suggest.ts': ['tests/unit/coach-suggest-mutants.test.ts'],
    },
  },
};

const groupName = process.env.MUTATE_GROUP ?? 'web';
const group = GROUPS[groupName];
if (!group) throw new Error(`No mutation group "${groupName}"; the groups are: ${Object.keys(GROUPS).join(', ')}.`);
// MUTATE_ONLY (`npm run mutate -- --group coach --only core/coach/tone.ts`): one module of the group, with
// the group's tests (or its testsFor list), and its own report and incremental file, so a long group can be
// run a file at a time.
const only = process.env.MUTATE_ONLY ?? '';
const name = only ? `${groupName}--${only.replace(/[^A-Za-z0-9]+/g, '-')}` : groupName;
// Read by vitest.mutate.config.mts in Stryker's test-runner processes, which inherit this environment.
process.env.SOMEDAY_MUTATE_TESTS = ((only && group.testsFor?.[only]) || group.tests).join(',');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.mts', related: false },
  mutate: only ? [only] : group.mutate,
  coverageAnalysis: 'perTest',
  // The machine is shared: two workers at most.
  concurrency: 2,
  incremental: true,
  incrementalFile: `reports/mutation/${name}-incremental.json`,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  ignorePatterns: [
    'dist',
    'release',
    'native',
    'test-results',
    'bench-results',
    'reports',
    'renderer',
    'docs',
    'tests/e2e',
    'tests/reliability',
    'tests/renderer',
  ],
  timeoutMS: 10_000,
  // The coach's dry run (2,600 tests with every line instrumented) takes minutes on a busy machine.
  dryRunTimeoutMinutes: 20,
};
