import path from 'node:path';
import { DATABASE_FILE_NAME, openDatabase, type Db } from './db/connection';
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

export interface AppContext {
  /** The current connection (always read from `database`). */
  readonly db: Db;
  /** The one owner of the connection; hand this, never a connection, to long-lived parts. */
  readonly database: DatabaseOwner;
  readonly handlers: Handlers;
  readonly ctx: HandlerContext;
  readonly call: (channel: unknown, input: unknown) => Promise<ApiResult<unknown>>;
  readonly close: () => void;
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
  const database = createDatabaseOwner(databaseFile, (file) => openDatabase(file));
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
      database.close();
      lock.release();
    },
  });
}
