import path from 'node:path';
import { DATABASE_FILE_NAME, type Db } from './db/connection';
import { createDatabaseOwner, type DatabaseOwner } from './db/database-owner';
import type { DesktopServices, HandlerContext, Handlers } from './handlers/handler-types';
import { dispatch } from './handlers/dispatch';
import { buildHandlers } from './handlers/registry';
import { createDataControl } from './data/data-control';
import { lockDataFolder } from './data/folder-lock';
import { securePrivateFolder } from './data/private-files';
import type { ApiResult } from '../core/api-result';
import { getSettings } from './db/settings-repository';
import { enforceRecordingRetention } from './recordings';
import type { KdfParams } from './protection/keyring';
import { unlockFolder, type Secret } from './protection/unlock';

export interface AppContext {
  /** The current connection (always read from `database`). */
  readonly db: Db;
  /** The one owner of the connection; hand this, never a connection, to long-lived parts. */
  readonly database: DatabaseOwner;
  readonly handlers: Handlers;
  readonly ctx: HandlerContext;
  readonly call: (channel: unknown, input: unknown) => Promise<ApiResult<unknown>>;
  readonly close: () => void;
  /** When protection was set up just now: the recovery code, to be shown to the person once. */
  readonly recoveryCode: string | null;
  /** Whether a plaintext folder from an earlier version was encrypted just now. */
  readonly converted: boolean;
}

export interface AppContextOptions {
  dataDir: string;
  mode: 'electron' | 'browser';
  version: string;
  now?: () => Date;
  /** Where the built-in templates are (templates/ in the source tree, resources/templates when packaged). */
  templatesDir: string;
  desktop?: DesktopServices;
  /** Take a backup on open and each day while running (default true; off for short-lived tools). */
  dailyBackups?: boolean;
  /** How a second process is told who holds the folder (default: "Someday", or "Someday in browser mode"). */
  holder?: string;
  /** The passphrase (or recovery code) that unlocks the data key; a new folder is set up with it. */
  secret?: Secret | null;
  /** scrypt's cost for a key file created now (tests use a cheap one; the default is in keyring.ts). */
  kdf?: KdfParams;
}

/**
 * Locks the data folder for this process, opens its database and wires the handlers: the same for
 * Electron and browser mode. A second process on the same folder is refused (FolderLockedError).
 */
export function createAppContext(options: AppContextOptions): AppContext {
  const handlers = buildHandlers();
  const databaseFile = path.join(options.dataDir, DATABASE_FILE_NAME);
  securePrivateFolder(options.dataDir);
  const lock = lockDataFolder(
    options.dataDir,
    options.holder ?? (options.mode === 'electron' ? 'Someday' : 'Someday in browser mode'),
  );
  let unlocked;
  try {
    unlocked = unlockFolder(options.dataDir, options.secret ?? null, options.kdf);
  } catch (error) {
    lock.release();
    throw error;
  }
  const database = createDatabaseOwner(databaseFile, unlocked.key);
  try {
    database.open();
  } catch (error) {
    lock.release();
    throw error;
  }
  const now = options.now ?? (() => new Date());
  try {
    const db = database.current();
    enforceRecordingRetention(db, options.dataDir, getSettings(db).recordingRetention, now());
  } catch (error) {
    console.error('[someday] could not apply the recording retention setting:', error);
  }
  let data;
  try {
    data = createDataControl(database, now, { dailyBackups: options.dailyBackups ?? true });
  } catch (error) {
    database.close();
    lock.release();
    throw error;
  }
  const ctx: HandlerContext = Object.freeze({
    get db() {
      return database.current();
    },
    database,
    now,
    info: Object.freeze({ version: options.version, mode: options.mode, dataDir: options.dataDir, databaseFile }),
    templatesDir: options.templatesDir,
    desktop: options.desktop ?? null,
    data,
  });
  return Object.freeze({
    get db() {
      return database.current();
    },
    database,
    handlers,
    ctx,
    call: (channel: unknown, input: unknown) => dispatch(handlers, ctx, channel, input),
    close: () => {
      data.stop();
      database.forgetKey();
      lock.release();
    },
    recoveryCode: unlocked.recoveryCode,
    converted: unlocked.converted,
  });
}
