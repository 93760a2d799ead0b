import path from 'node:path';
import { DATABASE_FILE_NAME, type Db } from './db/connection';
import { createDatabaseOwner, type DatabaseOwner } from './db/database-owner';
import type { DesktopServices, HandlerContext, Handlers } from './handlers/handler-types';
import { dispatch } from './handlers/dispatch';
import { buildHandlers } from './handlers/registry';
import { createDataControl, type DataControl } from './data/data-control';
import { lockDataFolder } from './data/folder-lock';
import { securePrivateFolder } from './data/private-files';
import type { ApiResult } from '../core/api-result';
import { getSettings } from './db/settings-repository';
import { encryptPlainRecordings, enforceRecordingRetention } from './recordings';
import type { KdfParams } from './protection/keyring';
import { createProtectionControl, LOCKED_MESSAGE, type ProtectionControl } from './protection/lock';
import { NEEDS_PASSPHRASE, unlockFolder, type Secret, type Unlocked } from './protection/unlock';
import { AppError } from '../core/api-result';

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
  /**
   * Without a secret: start locked (the lock screen asks) rather than refuse. The desktop app and browser
   * mode do; the command line, which cannot show a lock screen, does not.
   */
  startLocked?: boolean;
  /** Called after the data locked itself or was locked (the desktop reloads its window). */
  onLocked?: () => void;
}

/**
 * Locks the data folder for this process, opens its database (or starts locked, see `startLocked`) and
 * wires the handlers: the same for Electron and browser mode. A second process on the same folder is
 * refused (FolderLockedError).
 */
export function createAppContext(options: AppContextOptions): AppContext {
  const handlers = buildHandlers();
  const databaseFile = path.join(options.dataDir, DATABASE_FILE_NAME);
  securePrivateFolder(options.dataDir);
  const lock = lockDataFolder(
    options.dataDir,
    options.holder ?? (options.mode === 'electron' ? 'Someday' : 'Someday in browser mode'),
  );
  const now = options.now ?? (() => new Date());
  const database = createDatabaseOwner(databaseFile);
  let data: DataControl | null = null;
  let protection: ProtectionControl;
  try {
    protection = createProtectionControl({
      dataDir: options.dataDir,
      database,
      ...(options.kdf ? { kdf: options.kdf } : {}),
      hooks: {
        opened: (result) => {
          try {
            encryptPlainRecordings(options.dataDir, result.key);
          } catch (error) {
            console.error('[someday] could not encrypt the recordings of an earlier version:', error);
          }
          try {
            const db = database.current();
            enforceRecordingRetention(db, options.dataDir, getSettings(db).recordingRetention, now());
          } catch (error) {
            console.error('[someday] could not apply the recording retention setting:', error);
          }
          data = createDataControl(database, now, { dailyBackups: options.dailyBackups ?? true });
        },
        closing: () => {
          data?.stop();
          data = null;
        },
        ...(options.onLocked ? { locked: options.onLocked } : {}),
      },
    });
  } catch (error) {
    lock.release();
    throw error;
  }
  let unlocked: Unlocked | null = null;
  try {
    if (options.secret) {
      unlocked = unlockFolder(options.dataDir, options.secret, options.kdf);
      protection.unlocked(unlocked);
    } else if (!options.startLocked) {
      throw new AppError('locked', NEEDS_PASSPHRASE);
    }
  } catch (error) {
    protection.stop();
    database.forgetKey();
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
    get data(): DataControl {
      if (!data) throw new AppError('locked', LOCKED_MESSAGE);
      return data;
    },
    protection,
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
      protection.stop();
      data?.stop();
      data = null;
      database.forgetKey();
      lock.release();
    },
    recoveryCode: unlocked?.recoveryCode ?? null,
    converted: unlocked?.converted ?? false,
  });
}
