import path from 'node:path';
import { closeDatabase, DATABASE_FILE_NAME, openDatabase, type Db } from './db/connection';
import type { DesktopServices, HandlerContext, Handlers } from './handlers/handler-types';
import { dispatch } from './handlers/dispatch';
import { buildHandlers } from './handlers/registry';
import { createDataControl } from './data/data-control';
import type { ApiResult } from '../core/api-result';
import { getSettings } from './db/settings-repository';
import { enforceRecordingRetention } from './recordings';

export interface AppContext {
  db: Db;
  handlers: Handlers;
  ctx: HandlerContext;
  call: (channel: unknown, input: unknown) => Promise<ApiResult<unknown>>;
  close: () => void;
}

export interface AppContextOptions {
  dataDir: string;
  mode: 'electron' | 'browser';
  version: string;
  nativeBinding?: string;
  now?: () => Date;
  /** Where the built-in templates are (templates/ in the source tree, resources/templates when packaged). */
  templatesDir: string;
  desktop?: DesktopServices;
  /** Take a backup on open and each day while running (default true; off for short-lived tools). */
  dailyBackups?: boolean;
}

/** Opens the data folder's database and wires the handlers: the same for Electron and browser mode. */
export function createAppContext(options: AppContextOptions): AppContext {
  const handlers = buildHandlers();
  const databaseFile = path.join(options.dataDir, DATABASE_FILE_NAME);
  const open = () => openDatabase(databaseFile, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const ctx: HandlerContext = {
    db: open(),
    now: options.now ?? (() => new Date()),
    info: { version: options.version, mode: options.mode, dataDir: options.dataDir, databaseFile },
    templatesDir: options.templatesDir,
    desktop: options.desktop ?? null,
  };
  try {
    enforceRecordingRetention(ctx.db, options.dataDir, getSettings(ctx.db).recordingRetention, ctx.now());
  } catch (error) {
    console.error('[someday] could not apply the recording retention setting:', error);
  }
  const data = createDataControl(ctx, databaseFile, open, { dailyBackups: options.dailyBackups ?? true });
  ctx.data = data;
  return {
    /** Delete-all swaps in a fresh connection, so this always reads the current one. */
    get db() {
      return ctx.db;
    },
    handlers,
    ctx,
    call: (channel, input) => dispatch(handlers, ctx, channel, input),
    close: () => {
      data.stop();
      closeDatabase(ctx.db);
    },
  };
}
