/**
 * An export round trip of the seed command's data (main/seed, the benchmark's generator, written
 * through the repositories): encrypted with age, imported over another folder's data, every table equal
 * afterwards. `npm run reliability` sets SOMEDAY_RELIABILITY_LARGE_EXPORT=1: more than 64 MB of JSON
 * Lines (the ceiling format 1 had), about a minute; `npm test` runs the same test on a small data set.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Sizes } from '../../main/seed/synthetic-data';
import { seededRoundTrip } from '../helpers/seeded-round-trip';
import { makeTempDir } from '../helpers/temp-dir';

const LARGE = process.env.SOMEDAY_RELIABILITY_LARGE_EXPORT === '1';
const SIZES: Sizes = LARGE
  ? { contacts: 2_000, drafts: 24_000, interactions: 24_000, reminders: 1_000 }
  : { contacts: 60, drafts: 300, interactions: 600, reminders: 30 };
const temp = makeTempDir('someday-export-round-trip-');
afterAll(() => temp.cleanup());

describe('an export of seeded data', () => {
  it(`round-trips every row (${LARGE ? 'more than 64 MB of lines' : 'small'})`, async () => {
    const result = await seededRoundTrip(SIZES, temp.dir);
    console.log(
      `[reliability] export round trip: ${result.rows} rows, ${(result.linesBytes / 2 ** 20).toFixed(1)} MB of lines, ` +
        `${(result.fileBytes / 2 ** 20).toFixed(1)} MB file`,
    );
    // Every contact, draft (with its revision) and interaction; reminders only where the generator planned one.
    expect(result.rows).toBeGreaterThanOrEqual(SIZES.contacts + 2 * SIZES.drafts + SIZES.interactions);
    if (LARGE) expect(result.linesBytes).toBeGreaterThan(64 * 2 ** 20);
    expect(result.before).not.toBe(result.source);
    expect(result.imported).toBe(result.source);
  });
});
