/** Opening a test data folder's encrypted database from a test, with the folder's key file. */
import path from 'node:path';
import { closeDatabase, DATABASE_FILE_NAME, openDatabase, type Db, type OpenOptions } from '../../main/db/connection';
import { readKeyFile, unlockWithPassphrase } from '../../main/protection/keyring';
import { TEST_PASSPHRASE } from './test-app';

/** The data key of a folder set up with the tests' passphrase. */
export function folderKey(dataDir: string, passphrase = TEST_PASSPHRASE): Buffer {
  const keys = readKeyFile(dataDir);
  if (!keys) throw new Error(`${dataDir} has no key file`);
  return unlockWithPassphrase(keys, passphrase);
}

/** Opens a database file of the folder (the live one by default) with its key. */
export function openWithKey(
  dataDir: string,
  file = path.join(dataDir, DATABASE_FILE_NAME),
  options: OpenOptions = {},
): Db {
  return openDatabase(file, { ...options, key: folderKey(dataDir) });
}

export { closeDatabase };
