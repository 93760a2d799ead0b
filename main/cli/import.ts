/**
 * `npm run import -- [--data-dir DIR] [--dry-run] FILE`: checks an export file completely in a staging
 * copy, prints what it would add, replace and remove per table, and (unless --dry-run) takes a backup
 * and replaces the folder's data with the file's in one transaction. Close Someday first: the app
 * would keep showing what it had loaded. Exit codes: 0 imported or checked, 1 the file was refused
 * (nothing changed), 2 a usage or folder problem.
 */
import fs from 'node:fs';
import { AppError } from '../../core/api-result';
import { MAX_IMPORT_BYTES } from '../../core/data';
import { createBackup } from '../data/backups';
import { readExport } from '../data/export-file';
import { FolderLockedError } from '../data/folder-lock';
import { restrictUmask } from '../data/private-files';
import { compareContents, replaceContents, stageExport } from '../data/staging';
import { getSettings } from '../db/settings-repository';
import { compareSettings } from '../data/setting-changes';
import { describeCounts, describeSettingChanges, openExistingForWriting, passphraseFor, readOptions } from './data-cli';
import { UsageError } from './usage-error';

const USAGE = 'Usage: npm run import -- [--data-dir DIR] [--passphrase-file FILE] [--dry-run] FILE';

function readFile(file: string): Buffer {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(file);
  } catch {
    throw new UsageError(`No such file: ${file}`);
  }
  if (!stats.isFile()) throw new UsageError(`${file} is not a file.`);
  if (stats.size > MAX_IMPORT_BYTES)
    throw new AppError('too-large', 'The file is larger than 64 MB, which no Someday export is.');
  return fs.readFileSync(file);
}

async function main(argv: string[]): Promise<number> {
  restrictUmask();
  try {
    const options = readOptions(argv, { dryRun: true });
    if (options.help) {
      console.log(USAGE);
      return 0;
    }
    if (options.files.length !== 1)
      throw new UsageError(options.files.length === 0 ? 'Give the export file to import.' : 'Give only one file.');
    const file = options.files[0]!;
    const bytes = readFile(file);
    const secret = await passphraseFor(options);
    const { db, close, open } = openExistingForWriting(options.dataDir, 'npm run import', secret);
    try {
      const body = readExport(bytes);
      const staging = stageExport(body, options.dataDir, open);
      try {
        const tables = compareContents(db, staging.db);
        console.log(
          `${file}: made ${body.createdAt} by Someday ${body.appVersion} (data version ${body.schemaVersion}). It passed every check.`,
        );
        console.log(describeCounts(tables).join('\n'));
        const changes = compareSettings(getSettings(db), getSettings(staging.db));
        if (changes.length > 0) console.log(['Settings that change:', ...describeSettingChanges(changes)].join('\n'));
        if (options.dryRun) {
          console.log('Dry run: nothing was changed.');
          return 0;
        }
        const backup = await createBackup(
          db,
          options.dataDir,
          'before-import',
          new Date(),
          getSettings(db).backupsToKeep,
        );
        replaceContents(db, staging.db);
        console.log(`Imported. What was there before is in backups/${backup.name}.`);
      } finally {
        staging.dispose();
      }
    } finally {
      close();
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`import: ${error.message}`);
      console.error(USAGE);
      return 2;
    }
    if (error instanceof FolderLockedError) {
      console.error(`import: ${error.message} Nothing was changed.`);
      return 1;
    }
    if (error instanceof AppError) {
      const tail = /Nothing was changed/.test(error.message) ? '' : ' Nothing was changed.';
      console.error(`import: refused. ${error.message}${tail}`);
      return 1;
    }
    throw error;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
