// `npm run reliability [-- --kills N --cuts N --seed N]`: the long run of the crash and power-cut tests
// (tests/reliability/), 200 SIGKILLs and 200 simulated power cuts unless told otherwise. `npm test`
// runs the same tests with 50 kills and 20 cuts. Each test prints one "[reliability] …" summary line.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const options = { kills: '200', cuts: '200', seed: '' };
for (let i = 0; i < args.length; i += 1) {
  const name = args[i].replace(/^--/, '');
  if (!(name in options) || args[i + 1] === undefined || !/^\d+$/.test(args[i + 1])) {
    console.error('Usage: npm run reliability -- [--kills N] [--cuts N] [--seed N]');
    process.exit(2);
  }
  options[name] = args[i + 1];
  i += 1;
}

const env = {
  ...process.env,
  SOMEDAY_RELIABILITY_KILLS: options.kills,
  SOMEDAY_RELIABILITY_CUTS: options.cuts,
  SOMEDAY_RELIABILITY_CONVERSION_KILLS: options.kills,
  // tests/reliability/export-round-trip.test.ts: more than 64 MB of export lines (npm test: a small set).
  SOMEDAY_RELIABILITY_LARGE_EXPORT: '1',
  ...(options.seed ? { SOMEDAY_RELIABILITY_SEED: options.seed } : {}),
};
console.log(
  `Reliability: ${options.kills} kills, ${options.cuts} power cuts${options.seed ? `, seed ${options.seed}` : ''}`,
);
const result = spawnSync('npx', ['vitest', 'run', '--project', 'reliability', '--reporter', 'verbose'], {
  stdio: 'inherit',
  env,
});
process.exit(result.status ?? 1);
