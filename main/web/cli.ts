/**
 * `npm run web -- --data-dir DIR --port N [--passphrase-file FILE]`: browser mode (without a passphrase
 * file the page opens on the lock screen). Prints one line with the address (the
 * token rides in the URL fragment, which browsers never send to a server) and runs until SIGINT or
 * SIGTERM, which close the server and the database cleanly.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { createAppContext } from '../app-context';
import { AppError } from '../../core/api-result';
import { FolderLockedError } from '../data/folder-lock';
import { passphraseFileFrom, PassphraseInputError, readPassphraseFile } from '../protection/passphrase-input';
import { restrictUmask } from '../data/private-files';
import { defaultDataDir } from '../data-dir';
import { appVersion, findAppRoot, rendererDir } from '../paths';
import { templatesDir } from '../templates-loader';
import { createToken, createWebServer, listen } from './server';

function fail(message: string): never {
  console.error(`someday: ${message}`);
  process.exit(2);
}

async function main(): Promise<void> {
  restrictUmask();
  let values: { 'data-dir'?: string | undefined; port?: string | undefined; 'passphrase-file'?: string | undefined };
  try {
    ({ values } = parseArgs({
      options: { 'data-dir': { type: 'string' }, port: { type: 'string' }, 'passphrase-file': { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    fail(`${(error as Error).message}. Usage: npm run web -- --data-dir DIR --port N [--passphrase-file FILE]`);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`--port must be a number from 0 to 65535, not "${values.port}"`);
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir();
  const appRoot = findAppRoot();
  // With a passphrase file the data opens unlocked; without one the page shows the lock screen (or, for a
  // folder without protection yet, asks for a passphrase to set it up).
  const file = passphraseFileFrom(values['passphrase-file']);
  let passphrase: string | null = null;
  try {
    if (file !== undefined) passphrase = readPassphraseFile(file);
  } catch (error) {
    if (error instanceof PassphraseInputError) fail(error.message);
    throw error;
  }

  let app;
  try {
    app = createAppContext({
      dataDir,
      mode: 'browser',
      version: appVersion(appRoot),
      templatesDir: templatesDir(appRoot),
      secret: passphrase === null ? null : { passphrase },
      startLocked: true,
    });
  } catch (error) {
    if (error instanceof FolderLockedError || error instanceof AppError) fail(error.message);
    fail(`could not open the data in ${dataDir}: ${(error as Error).message}`);
  }
  if (app.recoveryCode) {
    console.error(
      `someday: your data is protected. Recovery code (write it down; it is shown only once, and with neither it nor the passphrase the data cannot be opened): ${app.recoveryCode}`,
    );
  }
  const token = createToken();
  const server = createWebServer({ app, rendererDir: rendererDir(appRoot), token });
  let actualPort: number;
  try {
    actualPort = await listen(server, port);
  } catch (error) {
    app.close();
    fail(`could not listen on 127.0.0.1:${port}: ${(error as Error).message}`);
  }
  console.log(`Someday browser mode: http://127.0.0.1:${actualPort}/#token=${token}`);
  if (!app.ctx.protection.isUnlocked()) console.error('someday: your data is locked; unlock it in the page.');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeAllConnections();
    app.close();
    console.error(`someday: ${signal} received, data saved and closed.`);
    process.exit(0);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
