// The child of the "daily backup on a full disk" test: opens a data folder with the app's own code
// (the Node build in dist/), lets the daily backup taken on open run, then prints one JSON line: the
// backup status the person would see, whether a save still works, and what is in backups/.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const { createAppContext } = require(path.join(root, 'dist/node/main/app-context.js'));
const dataDir = process.argv[2];

async function main() {
  const app = createAppContext({
    dataDir,
    mode: 'browser',
    version: '0.0.0-reliability',
    templatesDir: path.join(root, 'templates'),
    // Encrypted like every Someday folder: the tests' passphrase, at a cheap scrypt cost.
    secret: { passphrase: 'correct horse battery staple' },
    kdf: { N: 2 ** 10, r: 8, p: 1 },
  });
  await app.ctx.data.exclusive(async () => undefined);
  const status = await app.call('backups:status', {});
  const saved = await app.call('contacts:create', { name: 'Saved while the backup failed' });
  const files = fs.readdirSync(path.join(dataDir, 'backups'));
  app.close();
  fs.writeSync(1, `${JSON.stringify({ status, saved: saved.ok, files })}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
