import type { HandlerContext, HandlerSlice } from './handler-types';
import { createBackup, findBackup, listBackups } from '../data/backups';
import type { DataControl } from '../data/data-control';
import { userFiles } from '../data/data-control';
import { buildExport, exportFileName, readExport, serializeExport } from '../data/export-file';
import { compareContents, replaceContents, stageBackup, stageExport } from '../data/staging';
import { getSettings } from '../db/settings-repository';
import { compareSettings } from '../data/setting-changes';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Your data: export, import (preview, then apply), backups and delete-all. Every change to the live
 * database is preceded by a backup and made in one transaction from a checked staging copy (see
 * main/data/staging.ts); the slow ones run outside dispatch's transaction (CHANNELS_OUTSIDE_TRANSACTION in dispatch.ts).
 */
function control(ctx: HandlerContext): DataControl {
  return ctx.data;
}

const keep = (ctx: HandlerContext) => getSettings(ctx.db).backupsToKeep;

export const dataHandlers = {
  'data:export': async (_input, ctx) => {
    const now = ctx.now();
    const document = ctx.db.transaction(() => buildExport(ctx.db, ctx.info.version, now))();
    const content = serializeExport(document);
    const fileName = exportFileName(now);
    const rows = Object.values(document.body.manifest).reduce((sum, entry) => sum + entry.rows, 0);
    const bytes = Buffer.byteLength(content, 'utf8');
    if (!ctx.desktop) return { fileName, bytes, rows, saved: false, path: null, content };
    const where = await ctx.desktop.saveFile(fileName, content);
    return { fileName, bytes, rows, saved: where !== null, path: where, content: null };
  },
  'data:import-preview': ({ content }, ctx) => {
    const body = readExport(content);
    const staging = stageExport(body, ctx.info.dataDir, ctx.database.openFile);
    try {
      return {
        appVersion: body.appVersion,
        schemaVersion: body.schemaVersion,
        createdAt: body.createdAt,
        tables: compareContents(ctx.db, staging.db),
        settingChanges: compareSettings(getSettings(ctx.db), getSettings(staging.db)),
      };
    } finally {
      staging.dispose();
    }
  },
  'data:import-apply': ({ content }, ctx) =>
    control(ctx).exclusive(async () => {
      const body = readExport(content);
      const staging = stageExport(body, ctx.info.dataDir, ctx.database.openFile);
      try {
        const backup = await createBackup(ctx.db, ctx.info.dataDir, 'before-import', ctx.now(), keep(ctx));
        const tables = compareContents(ctx.db, staging.db);
        replaceContents(ctx.db, staging.db);
        return { backup, tables };
      } finally {
        staging.dispose();
      }
    }),
  'backups:list': (_input, ctx) => listBackups(ctx.info.dataDir),
  'backups:status': (_input, ctx) => ctx.data?.backupStatus() ?? { failure: null },
  'backups:create': (_input, ctx) =>
    control(ctx).exclusive(() => createBackup(ctx.db, ctx.info.dataDir, 'manual', ctx.now(), keep(ctx))),
  'backups:restore': ({ name }, ctx) =>
    control(ctx).exclusive(async () => {
      const { file } = findBackup(ctx.info.dataDir, name);
      const staging = stageBackup(file, ctx.info.dataDir, ctx.database.openFile);
      try {
        const backup = await createBackup(ctx.db, ctx.info.dataDir, 'before-restore', ctx.now(), keep(ctx));
        const tables = compareContents(ctx.db, staging.db);
        replaceContents(ctx.db, staging.db);
        return { backup, tables };
      } finally {
        staging.dispose();
      }
    }),
  'data:delete-all': (_input, ctx) => {
    const data = control(ctx);
    return data.exclusive(async () => {
      const removed: string[] = [];
      data.reopen(() => {
        for (const file of userFiles(data.dataDir, data.databaseFile)) {
          fs.rmSync(file, { recursive: true, force: true });
          removed.push(path.basename(file));
        }
      });
      return { removed };
    });
  },
} satisfies HandlerSlice;
