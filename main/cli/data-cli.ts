/**
 * What `npm run export` and `npm run import` share: reading their options, opening the data folder's
 * database (never creating one where there is none), and printing counts in plain words.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SettingChange, TableCounts } from '../../core/data';
import { defaultDataDir } from '../data-dir';
import { lockDataFolder } from '../data/folder-lock';
import { securePrivateFolder } from '../data/private-files';
import { AppError } from '../../core/api-result';
import type { OpenFile } from '../data/staging';
import { closeDatabase, DATABASE_FILE_NAME, openDatabase, type Db } from '../db/connection';
import { createDatabaseOwner } from '../db/database-owner';
import { readKeyFile, unlockWithPassphrase, unlockWithRecoveryCode } from '../protection/keyring';
import { obtainPassphrase, PassphraseInputError, passphraseFileFrom } from '../protection/passphrase-input';
import { isProtected, NEEDS_PASSPHRASE, unlockFolder, type Secret } from '../protection/unlock';
import { UsageError } from './usage-error';

export interface DataCliOptions {
  dataDir: string;
  out: string | undefined;
  dryRun: boolean;
  files: string[];
  help: boolean;
  /** --passphrase-file FILE (or SOMEDAY_PASSPHRASE_FILE); never the passphrase itself. */
  passphraseFile: string | undefined;
}

export function readOptions(argv: string[], allowed: { out?: boolean; dryRun?: boolean }): DataCliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'data-dir': { type: 'string' },
        'passphrase-file': { type: 'string' },
        ...(allowed.out ? { out: { type: 'string' as const } } : {}),
        ...(allowed.dryRun ? { 'dry-run': { type: 'boolean' as const, default: false } } : {}),
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const dataDir = typeof values['data-dir'] === 'string' ? values['data-dir'] : defaultDataDir();
  return {
    dataDir: path.resolve(dataDir),
    out: typeof values.out === 'string' ? values.out : undefined,
    dryRun: values['dry-run'] === true,
    files: parsed.positionals,
    help: values.help === true,
    passphraseFile: typeof values['passphrase-file'] === 'string' ? values['passphrase-file'] : undefined,
  };
}

function requireData(dataDir: string): string {
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  if (!fs.existsSync(file)) throw new UsageError(`There is no Someday data in ${dataDir} (no ${DATABASE_FILE_NAME}).`);
  return file;
}

/** The folder's passphrase for a command: from --passphrase-file, SOMEDAY_PASSPHRASE_FILE or a hidden prompt. */
export async function passphraseFor(options: DataCliOptions): Promise<Secret | null> {
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
