/**
 * What `npm run export` and `npm run import` share: reading their options, opening the data folder's
 * database (never creating one where there is none), and printing counts in plain words.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SettingChange, TableCounts } from '../../core/data';
import { defaultDataDir } from '../data-dir';
import { lockDataFolder } from '../data/folder-lock';
import { makePrivateDir, securePrivateFolder } from '../data/private-files';
import { AppError } from '../../core/api-result';
import type { Progress } from '../data/export-stream';
import type { OpenFile } from '../data/staging';
import { closeDatabase, DATABASE_FILE_NAME, openDatabase, type Db } from '../db/connection';
import { createDatabaseOwner } from '../db/database-owner';
import { readKeyFile, unlockWithPassphrase, unlockWithRecoveryCode } from '../protection/keyring';
import {
  obtainPassphrase,
  PassphraseInputError,
  passphraseFileFrom,
  promptHidden,
  readPassphraseFile,
} from '../protection/passphrase-input';
import { isProtected, NEEDS_PASSPHRASE, unlockFolder, type Secret } from '../protection/unlock';
import { parseCommandLine, UsageError } from './usage-error';

export interface DataCliOptions {
  dataDir: string;
  out: string | undefined;
  dryRun: boolean;
  files: string[];
  help: boolean;
  /** --passphrase-file FILE (or SOMEDAY_PASSPHRASE_FILE); never the passphrase itself. */
  passphraseFile: string | undefined;
  /** --file-passphrase-file FILE: the export file's passphrase when it is not the data's. */
  filePassphraseFile: string | undefined;
  /** --plain: an unencrypted export, chosen explicitly. */
  plain: boolean;
}

export function readOptions(
  argv: string[],
  allowed: { out?: boolean; dryRun?: boolean; plain?: boolean },
): DataCliOptions {
  const parsed = parseCommandLine(argv, {
    'data-dir': { type: 'string' },
    'passphrase-file': { type: 'string' },
    'file-passphrase-file': { type: 'string' },
    ...(allowed.plain ? { plain: { type: 'boolean' as const, default: false } } : {}),
    ...(allowed.out ? { out: { type: 'string' as const } } : {}),
    ...(allowed.dryRun ? { 'dry-run': { type: 'boolean' as const, default: false } } : {}),
  });
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const dataDir = typeof values['data-dir'] === 'string' ? values['data-dir'] : defaultDataDir();
  return {
    dataDir: path.resolve(dataDir),
    out: typeof values.out === 'string' ? values.out : undefined,
    dryRun: values['dry-run'] === true,
    files: parsed.positionals,
    help: values.help === true,
    passphraseFile: typeof values['passphrase-file'] === 'string' ? values['passphrase-file'] : undefined,
    filePassphraseFile: typeof values['file-passphrase-file'] === 'string' ? values['file-passphrase-file'] : undefined,
    plain: values.plain === true,
  };
}

function requireData(dataDir: string): string {
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  if (!fs.existsSync(file)) throw new UsageError(`There is no Someday data in ${dataDir} (no ${DATABASE_FILE_NAME}).`);
  return file;
}

/** The folder's passphrase for a command: from --passphrase-file, SOMEDAY_PASSPHRASE_FILE or a hidden prompt. */
export async function passphraseFor(
  options: Pick<DataCliOptions, 'dataDir' | 'passphraseFile'>,
): Promise<Secret | null> {
  if (!isProtected(options.dataDir) && passphraseFileFrom(options.passphraseFile) === undefined) return null;
  try {
    const passphrase = await obtainPassphrase(options.passphraseFile, `Passphrase for ${options.dataDir}: `);
    if (passphrase === null) {
      throw new UsageError(
        `The data in ${options.dataDir} is encrypted: give --passphrase-file FILE (or SOMEDAY_PASSPHRASE_FILE), or run this in a terminal to be asked.`,
      );
    }
    return { passphrase };
  } catch (error) {
    if (error instanceof PassphraseInputError) throw new UsageError(error.message);
    throw error;
  }
}

export interface OpenedData {
  db: Db;
  open: OpenFile;
  close: () => void;
}

/** Opens the data folder's database; a folder without one is a mistake to report, not a file to create. */
export function openExisting(dataDir: string, secret: Secret | null): OpenedData {
  const file = requireData(dataDir);
  const keys = readKeyFile(dataDir);
  let key: Buffer | null = null;
  if (keys) {
    if (!secret) throw new AppError('locked', NEEDS_PASSPHRASE);
    key =
      'dataKey' in secret
        ? secret.dataKey
        : 'passphrase' in secret
          ? unlockWithPassphrase(keys, secret.passphrase)
          : unlockWithRecoveryCode(keys, secret.recoveryCode);
  }
  const db = openDatabase(file, { key });
  return { db, open: (other, options) => openDatabase(other, { ...options, key }), close: () => closeDatabase(db) };
}

/** Whether `dataDir` is a folder to restore into: it does not exist yet, or it is empty. */
export function isNewFolder(dataDir: string): boolean {
  try {
    return fs.readdirSync(dataDir).length === 0;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/** The passphrase of a new data folder: from the passphrase file, or asked twice on a terminal. */
export async function newFolderPassphrase(options: DataCliOptions): Promise<Secret> {
  try {
    const file = passphraseFileFrom(options.passphraseFile);
    if (file !== undefined) return { passphrase: readPassphraseFile(file) };
    const first = await promptHidden(`Choose a passphrase for the new data in ${options.dataDir}: `);
    if (first === null) {
      throw new UsageError(
        `${options.dataDir} is new: give the passphrase for its data with --passphrase-file FILE (or SOMEDAY_PASSPHRASE_FILE), or run this in a terminal to be asked.`,
      );
    }
    if (first.length === 0) throw new UsageError('The passphrase is empty.');
    if ((await promptHidden('The same passphrase again: ')) !== first)
      throw new UsageError('The two passphrases differ.');
    return { passphrase: first };
  } catch (error) {
    if (error instanceof PassphraseInputError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * Opens a new data folder (missing or empty) for a restore: creates it owner-only with an encrypted
 * database and its key file. `discard` removes everything made here again, for a refused file.
 */
export function createForRestore(
  dataDir: string,
  holder: string,
  secret: Secret,
): OpenedData & { discard: () => void; recoveryCode: string | null } {
  const existed = fs.existsSync(dataDir);
  makePrivateDir(dataDir);
  const discardFolder = () => {
    if (existed) for (const name of fs.readdirSync(dataDir)) fs.rmSync(path.join(dataDir, name), { recursive: true });
    else fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const lock = lockDataFolder(dataDir, holder);
  try {
    const { key, recoveryCode } = unlockFolder(dataDir, secret);
    const database = createDatabaseOwner(path.join(dataDir, DATABASE_FILE_NAME), key);
    const db = database.open();
    const close = () => {
      database.forgetKey();
      lock.release();
    };
    return {
      db,
      open: database.openFile,
      close,
      recoveryCode,
      discard: () => {
        close();
        discardFolder();
      },
    };
  } catch (error) {
    lock.release();
    discardFolder();
    throw error;
  }
}

/**
 * The same for a command that writes: it holds the folder's lock until `close` (FolderLockedError if
 * taken), and a plaintext folder is encrypted first, as the app does on its first start.
 */
export function openExistingForWriting(dataDir: string, holder: string, secret: Secret | null): OpenedData {
  requireData(dataDir);
  securePrivateFolder(dataDir);
  const lock = lockDataFolder(dataDir, holder);
  try {
    const { key, recoveryCode } = unlockFolder(dataDir, secret);
    if (recoveryCode) {
      console.error(
        `Your data is now encrypted. Your recovery code (write it down; it is shown only once): ${recoveryCode}`,
      );
    }
    const database = createDatabaseOwner(path.join(dataDir, DATABASE_FILE_NAME), key);
    const db = database.open();
    return {
      db,
      open: database.openFile,
      close: () => {
        database.forgetKey();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

export function describeCounts(tables: readonly TableCounts[]): string[] {
  const width = Math.max(...tables.map((table) => table.label.length));
  return tables.map(
    (t) =>
      `  ${t.label.padEnd(width)}  ${String(t.incoming).padStart(6)} in the file, ${t.current} now: ` +
      `${t.added} added, ${t.replaced} replaced, ${t.removed} removed`,
  );
}

export function describeSettingChanges(changes: readonly SettingChange[]): string[] {
  return changes.map(
    (change) => `  ${change.label}: ${change.now} now, ${change.incoming} after the import. ${change.effect}`,
  );
}

/** Progress on stderr for an operation that takes over a second: one line a second, a percentage. */
export function progressPrinter(label: string, started = Date.now()): (progress: Progress) => void {
  let shown = 0;
  return ({ done, total }) => {
    const now = Date.now();
    if (now - started < 1000 || now - shown < 1000 || total <= 0) return;
    shown = now;
    const percent = Math.min(100, Math.floor((done / total) * 100));
    process.stderr.write(`${label}: ${percent}%${process.stderr.isTTY ? '\r' : '\n'}`);
  };
}

/** An AbortSignal that Ctrl+C (SIGINT) or SIGTERM fires, so a long command stops cleanly. */
export function cancelOnInterrupt(): AbortSignal {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return controller.signal;
}
