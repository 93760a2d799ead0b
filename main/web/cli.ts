/**
 * `npm run web -- --data-dir DIR --port N`: browser mode. Prints one line with the address (the
 * token rides in the URL fragment, which browsers never send to a server) and runs until SIGINT or
 * SIGTERM, which close the server and the database cleanly.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { createAppContext } from '../app-context';
import { AppError } from '../../core/api-result';
import { FolderLockedError } from '../data/folder-lock';
import { obtainPassphrase, PASSPHRASE_ENV, PassphraseInputError } from '../protection/passphrase-input';
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
  let passphrase: string | null;
  try {
    passphrase = await obtainPassphrase(values['passphrase-file'], `Passphrase for ${dataDir}: `);
  } catch (error) {
    if (error instanceof PassphraseInputError) fail(error.message);
    throw error;
  }
  if (passphrase === null) {
    fail(
      `the data in ${dataDir} is protected by a passphrase: give --passphrase-file FILE (or ${PASSPHRASE_ENV}), or start this in a terminal to be asked.`,
    );
  }

  let app;
  try {
    app = createAppContext({
      dataDir,
      mode: 'browser',
      version: appVersion(appRoot),
      templatesDir: templatesDir(appRoot),
      secret: { passphrase },
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
