// Keypress to frame in the editor, before and after a change, in one run: the same data folder and
// draft, served in turn by browser mode from two app roots (this checkout, and one built from the
// code before the change), in alternating rounds, so load from elsewhere on a shared machine falls
// on both alike. Prints both p95s and their ratio.
import path from 'node:path';
import { percentile, round } from './stats.mjs';
import { keypressFrames, startBrowserMode } from './renderer.mjs';

const ROUNDS = 3;

function summary(totals) {
  const sorted = [...totals].sort((a, b) => a - b);
  return {
    p95_ms: round(percentile(sorted, 0.95), 1),
    median_ms: round(percentile(sorted, 0.5), 1),
    max_ms: round(percentile(sorted, 1), 1),
    presses: sorted.length,
  };
}

/**
 * `beforeRoot` is an app root (package.json, a built dist/, node_modules) from before the change.
 * Each round types `presses / ROUNDS` keys (after the warm-up) in the before build, then in this one.
 */
export async function compareKeypress(browser, { beforeRoot, afterCli, dataDir, passphraseFile, keys, draftTitle }) {
  const variants = {
    before: path.join(path.resolve(beforeRoot), 'dist', 'node', 'main', 'web', 'cli.js'),
    after: afterCli,
  };
  const totals = { before: [], after: [] };
  const presses = Math.max(1, Math.ceil(keys.presses / ROUNDS));
  for (let roundIndex = 0; roundIndex < ROUNDS; roundIndex += 1) {
    for (const [name, cli] of Object.entries(variants)) {
      const server = await startBrowserMode(cli, dataDir, passphraseFile);
      try {
        const figures = await keypressFrames(browser, server.url, { ...keys, presses, draftTitle, keepTotals: true });
        totals[name].push(...figures.totals);
      } finally {
        await server.stop();
      }
    }
  }
  const before = summary(totals.before);
  const after = summary(totals.after);
  return {
    rounds: ROUNDS,
    before_root: path.resolve(beforeRoot),
    before,
    after,
    // Below 1: the change made typing quicker. Both were measured in the same run, in turns.
    p95_ratio: round(after.p95_ms / before.p95_ms, 2),
    median_ratio: round(after.median_ms / before.median_ms, 2),
  };
}
