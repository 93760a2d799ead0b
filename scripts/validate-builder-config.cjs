// `npm run validate:builder [file] [--json]`: checks electron-builder.yml against electron-builder's own
// schema (app-builder-lib/scheme.json) without packaging, so it runs offline and in a few seconds. With
// --json it also prints the loaded configuration, which the tests read. It deep-imports electron-builder's
// internals: when electron-builder's major version changes, check these two imports still exist.
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger, log } = require('builder-util');

async function validateBuilderConfig(file, projectDir = process.cwd()) {
  const config = await getConfig(projectDir, file, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const file = args.find((arg) => arg !== '--json') ?? 'electron-builder.yml';
  log.stream = process.stderr;
  validateBuilderConfig(file)
    .then((config) => {
      const version = require('app-builder-lib/package.json').version;
      if (json) process.stdout.write(`${JSON.stringify(config)}\n`);
      else console.log(`${file}: valid for electron-builder ${version}`);
    })
    .catch((error) => {
      console.error(`${file}: ${error.message}`);
      process.exit(1);
    });
}

module.exports = { validateBuilderConfig };
