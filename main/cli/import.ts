/**
 * `npm run import -- [--data-dir DIR] [--dry-run] FILE`: reads an export file (format 2 as a stream,
 * encrypted or plain, or an old format 1 file) completely into a staging copy, prints what it would
 * add, replace and remove per table, and (unless --dry-run) takes a backup and replaces the folder's
 * data with the file's in one transaction. A folder that does not exist yet or is empty is a restore
 * onto a new computer: it is created, encrypted with the passphrase from --passphrase-file (or asked
 * twice), and removed again if the file is refused. An encrypted file is opened with the data's
 * passphrase, or the one in --file-passphrase-file, or one asked on the terminal. Close Someday first:
 * the app would keep showing what it had loaded. Exit codes: 0 imported or checked, 1 the file was
 * refused (nothing changed), 2 a usage or folder problem.
 */
import fs from 'node:fs';
import { AppError } from '../../core/api-result';
import { createBackup } from '../data/backups';
import { stageExportFile, WRONG_PASSPHRASE } from '../data/export-layers';
import { FolderLockedError } from '../data/folder-lock';
import { restrictUmask } from '../data/private-files';
import { compareContents, replaceContents, type OpenFile } from '../data/staging';
import { getSettings } from '../db/settings-repository';
import { compareSettings } from '../data/setting-changes';
import { PassphraseInputError, promptHidden, readPassphraseFile } from '../protection/passphrase-input';
import type { Secret } from '../protection/unlock';
import {
  cancelOnInterrupt,
  createForRestore,
  describeCounts,
  describeSettingChanges,
  isNewFolder,
  newFolderPassphrase,
  openExistingForWriting,
  passphraseFor,
  progressPrinter,
  readOptions,
  type DataCliOptions,
} from './data-cli';
import { UsageError } from './usage-error';

const USAGE =
  'Usage: npm run import -- [--data-dir DIR] [--passphrase-file FILE] [--file-passphrase-file FILE] [--dry-run] FILE';

function checkFile(file: string): void {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(file);
  } catch {
    throw new UsageError(`No such file: ${file}`);
  }
  if (!stats.isFile()) throw new UsageError(`${file} is not a file.`);
}

function filePassphrases(options: DataCliOptions, secret: Secret | null): string[] {
  const list: string[] = [];
  try {
    if (options.filePassphraseFile !== undefined) list.push(readPassphraseFile(options.filePassphraseFile));
  } catch (error) {
    if (error instanceof PassphraseInputError) throw new UsageError(error.message);
    throw error;
  }
  if (secret && 'passphrase' in secret) list.push(secret.passphrase);
  return list;
}

/** Stages the file; an encrypted file neither passphrase opens gets one more try from the terminal. */
async function stage(file: string, passphrases: string[], dataDir: string, open: OpenFile) {
  const options = { signal: cancelOnInterrupt(), onProgress: progressPrinter('Reading') };
  try {
    return await stageExportFile(file, passphrases, dataDir, open, options);
  } catch (error) {
    const retry = error instanceof AppError && (error.message === WRONG_PASSPHRASE || error.code === 'locked');
    if (!retry) throw error;
    const asked = await promptHidden(`Passphrase for ${file}: `);
    if (asked === null) {
      if (error.code === 'locked') {
        throw new AppError(
          'invalid-input',
          'The file is encrypted: give its passphrase with --file-passphrase-file FILE, or run this in a terminal to be asked.',
        );
      }
      throw error;
    }
    return stageExportFile(file, [asked], dataDir, open, options);
  }
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
    checkFile(file);
    const restore = isNewFolder(options.dataDir);
    const secret = restore ? await newFolderPassphrase(options) : await passphraseFor(options);
    const passphrases = filePassphrases(options, secret);
    const opened = restore
      ? createForRestore(options.dataDir, 'npm run import', secret!)
      : { ...openExistingForWriting(options.dataDir, 'npm run import', secret), discard: null, recoveryCode: null };
    const { db, close, open, discard } = opened;
    let kept = false;
    try {
      const { info, staging } = await stage(file, passphrases, options.dataDir, open);
      try {
        const tables = compareContents(db, staging.db);
        console.log(
          `${file}: made ${info.createdAt} by Someday ${info.appVersion} (data version ${info.schemaVersion}). It passed every check.`,
        );
        console.log(describeCounts(tables).join('\n'));
        const changes = compareSettings(getSettings(db), getSettings(staging.db));
        if (changes.length > 0) console.log(['Settings that change:', ...describeSettingChanges(changes)].join('\n'));
        if (options.dryRun) {
          console.log('Dry run: nothing was changed.');
          return 0;
        }
        if (restore) {
          replaceContents(db, staging.db);
          kept = true;
          console.log(`Restored into ${options.dataDir}. Open it with the passphrase you gave.`);
          if (opened.recoveryCode) {
            console.error(
              `Your recovery code for this data (write it down; it is shown only once): ${opened.recoveryCode}`,
            );
          }
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
      if (discard && !kept) discard();
      else close();
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
