import type { HandlerContext, HandlerSlice } from './handler-types';
import { createBackup, findBackup, listBackups } from '../data/backups';
import type { DataControl } from '../data/data-control';
import { userFiles } from '../data/data-control';
import { exportFileNameFor, exportToFile, isEncryptedExport, stageExportFile } from '../data/export-layers';
import { createPrivateFile } from '../data/private-files';
import { compareContents, replaceContents, stageBackup } from '../data/staging';
import { closeDatabase } from '../db/connection';
import type { z } from 'zod';
import type { ImportContentSchema } from '../../core/data';
import { AppError } from '../../core/api-result';
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

/**
 * Reads the file an import names (held by main, or small text sent inline, written to a temporary file
 * first so both take one path) into a checked staging copy, with progress and Cancel.
 */
async function stageInput(input: z.infer<typeof ImportContentSchema>, ctx: HandlerContext) {
  const { transfers } = control(ctx);
  let file: string;
  let temporary: string | null = null;
  if (input.content !== undefined) {
    temporary = transfers.temporaryFile('upload');
    createPrivateFile(temporary);
    fs.writeFileSync(temporary, input.content, 'utf8');
    file = temporary;
  } else {
    file = transfers.find(input.source!).file;
  }
  const run = transfers.begin('import');
  try {
    const passphrases = input.passphrase ? [input.passphrase] : [];
    return await stageExportFile(file, passphrases, ctx.info.dataDir, ctx.database.openFile, {
      signal: run.signal,
      onProgress: run.report,
    });
  } finally {
    run.end();
    if (temporary) fs.rmSync(temporary, { force: true });
  }
}

export const dataHandlers = {
  'data:export': ({ passphrase }, ctx) =>
    control(ctx).exclusive(async () => {
      const { transfers } = control(ctx);
      const now = ctx.now();
      const fileName = exportFileNameFor(now, passphrase !== null);
      let out: string;
      if (ctx.desktop) {
        const where = await ctx.desktop.chooseExportPath(fileName);
        if (where === null) return { fileName, bytes: 0, rows: 0, saved: false, path: null, download: null };
        out = where;
      } else {
        out = transfers.temporaryFile('export');
      }
      // A second, read-only connection in one read transaction: a consistent snapshot while the app goes on.
      const snapshot = ctx.database.openFile(ctx.database.file, { readonly: true });
      const run = transfers.begin('export');
      try {
        snapshot.exec('BEGIN');
        const written = await exportToFile(snapshot, out, {
          appVersion: ctx.info.version,
          now,
          passphrase,
          signal: run.signal,
          onProgress: run.report,
          replace: ctx.desktop !== undefined,
        });
        if (ctx.desktop) return { fileName, ...written, saved: true, path: out, download: null };
        return { fileName, ...written, saved: false, path: null, download: transfers.hold(out, fileName, true) };
      } finally {
        run.end();
        closeDatabase(snapshot);
      }
    }),
  'data:import-choose': async (_input, ctx) => {
    if (!ctx.desktop) {
      throw new AppError('invalid-input', 'Choose the file in the page; it is uploaded to Someday from there.');
    }
    const file = await ctx.desktop.chooseImportFile();
    if (file === null) return { chosen: null };
    const { transfers } = control(ctx);
    const name = path.basename(file);
    const bytes = fs.statSync(file).size;
    return { chosen: { source: transfers.hold(file, name, false), name, bytes, encrypted: isEncryptedExport(file) } };
  },
  'data:progress': (_input, ctx) => control(ctx).transfers.progress(),
  'data:cancel': (_input, ctx) => ({ cancelled: control(ctx).transfers.cancel() }),
  'data:import-preview': async (input, ctx) => {
    const { info, staging } = await stageInput(input, ctx);
    try {
      return {
        appVersion: info.appVersion,
        schemaVersion: info.schemaVersion,
        createdAt: info.createdAt,
        tables: compareContents(ctx.db, staging.db),
        settingChanges: compareSettings(getSettings(ctx.db), getSettings(staging.db)),
      };
    } finally {
      staging.dispose();
    }
  },
  'data:import-apply': (input, ctx) =>
    control(ctx).exclusive(async () => {
      const { staging } = await stageInput(input, ctx);
      try {
        const backup = await createBackup(ctx.db, ctx.info.dataDir, 'before-import', ctx.now(), keep(ctx));
        const tables = compareContents(ctx.db, staging.db);
        replaceContents(ctx.db, staging.db);
        if (input.source !== undefined) control(ctx).transfers.release(input.source);
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
