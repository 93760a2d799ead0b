/**
 * `npm run seed -- --data-dir DIR [--contacts N] [--drafts N] [--interactions N] [--force]
 * [--passphrase-file FILE]`: fills a data folder with varied synthetic data (main/seed/synthetic-data.ts,
 * the benchmark's generator) through the app's own repositories, so a person or a developer can try
 * Someday at real size. The folder and its encrypted database are created when missing (the passphrase
 * from --passphrase-file or SOMEDAY_PASSPHRASE_FILE); a folder that already holds data is refused unless
 * --force, which adds to it. Exit codes: 0 seeded, 1 refused (nothing changed), 2 a usage problem.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/api-result';
import { FolderLockedError, lockDataFolder } from '../data/folder-lock';
import { restrictUmask, securePrivateFolder } from '../data/private-files';
import { EXPORT_TABLES } from '../data/table-registry';
import { DATABASE_FILE_NAME, type Db } from '../db/connection';
import { createDatabaseOwner } from '../db/database-owner';
import { unlockFolder } from '../protection/unlock';
import { generateData } from '../seed/synthetic-data';
import { writeSynthetic } from '../seed/write-synthetic';
import { passphraseFor } from './data-cli';
import { parseCommandLine, UsageError } from './usage-error';

const USAGE =
  'Usage: npm run seed -- --data-dir DIR [--contacts N] [--drafts N] [--interactions N] [--force] [--passphrase-file FILE]';
const DEFAULTS = { contacts: 200, drafts: 1_000, interactions: 2_000 };
/** Far beyond a working life of job hunting; a typo such as an extra zero is caught before any work. */
const MAX_ROWS = 10_000_000;

interface SeedOptions {
  dataDir: string;
  contacts: number;
  drafts: number;
  interactions: number;
  force: boolean;
  passphraseFile: string | undefined;
  help: boolean;
}

function count(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) > MAX_ROWS)
    throw new UsageError(
      `--${name} must be a whole number from 0 to ${MAX_ROWS.toLocaleString('en')}, not "${value}".`,
    );
  return Number(value);
}

function readSeedOptions(argv: string[]): SeedOptions {
  const parsed = parseCommandLine(argv, {
    'data-dir': { type: 'string' },
    contacts: { type: 'string' },
    drafts: { type: 'string' },
    interactions: { type: 'string' },
    force: { type: 'boolean', default: false },
    'passphrase-file': { type: 'string' },
  });
  if (parsed.positionals.length > 0) throw new UsageError(`Unexpected argument "${parsed.positionals[0]}".`);
  const values: Record<string, string | boolean | undefined> = parsed.values;
  const options: SeedOptions = {
    dataDir: typeof values['data-dir'] === 'string' ? path.resolve(values['data-dir']) : '',
    contacts: count('contacts', values.contacts as string | undefined, DEFAULTS.contacts),
    drafts: count('drafts', values.drafts as string | undefined, DEFAULTS.drafts),
    interactions: count('interactions', values.interactions as string | undefined, DEFAULTS.interactions),
    force: values.force === true,
    passphraseFile: typeof values['passphrase-file'] === 'string' ? values['passphrase-file'] : undefined,
    help: values.help === true,
  };
  if (options.help) return options;
  if (options.dataDir === '') throw new UsageError('Give the folder to fill with --data-dir DIR.');
  if (options.contacts === 0 && options.drafts + options.interactions > 0)
    throw new UsageError('Drafts and interactions belong to contacts: give --contacts of at least 1.');
  return options;
}

/** Rows already in the tables a person's data lives in (settings aside: choosing a theme is not data to protect). */
function rowsIn(db: Db): number {
  return EXPORT_TABLES.filter((table) => table.name !== 'settings').reduce(
    (sum, table) => sum + (db.prepare(`SELECT count(*) AS n FROM "${table.name}"`).get() as { n: number }).n,
    0,
  );
}

async function main(argv: string[]): Promise<number> {
  restrictUmask();
  try {
    const options = readSeedOptions(argv);
    if (options.help) {
      console.log(USAGE);
      return 0;
    }
    if (fs.existsSync(options.dataDir) && !fs.statSync(options.dataDir).isDirectory())
      throw new UsageError(`${options.dataDir} is a file, not a folder.`);
    const secret = await passphraseFor(options);
    if (!secret)
      throw new UsageError(
        `Give the passphrase for ${options.dataDir} with --passphrase-file FILE (or SOMEDAY_PASSPHRASE_FILE).`,
      );
    fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    securePrivateFolder(options.dataDir);
    const lock = lockDataFolder(options.dataDir, 'npm run seed');
    try {
      const { key, recoveryCode } = unlockFolder(options.dataDir, secret);
      if (recoveryCode)
        console.error(
          `Your data is encrypted. Your recovery code (write it down; it is shown only once): ${recoveryCode}`,
        );
      const database = createDatabaseOwner(path.join(options.dataDir, DATABASE_FILE_NAME), key);
      try {
        const db = database.open();
        const existing = rowsIn(db);
        if (existing > 0 && !options.force)
          throw new AppError(
            'conflict',
            `${options.dataDir} already holds ${existing.toLocaleString('en')} rows of data; give --force to add synthetic data to it.`,
          );
        const started = Date.now();
        const data = generateData(
          {
            contacts: options.contacts,
            drafts: options.drafts,
            interactions: options.interactions,
            reminders: options.contacts,
          },
          new Date(),
        );
        const written = writeSynthetic(db, data);
        console.log(
          `Seeded ${options.dataDir} in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
            `${written.contacts} contacts, ${written.drafts} drafts, ${written.interactions} interactions, ` +
            `${written.reminders} planned follow-ups.`,
        );
      } finally {
        database.forgetKey();
      }
    } finally {
      lock.release();
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`seed: ${error.message}`);
      console.error(USAGE);
      return 2;
    }
    if (error instanceof FolderLockedError || error instanceof AppError) {
      const tail = /Nothing was changed/.test(error.message) ? '' : ' Nothing was changed.';
      console.error(`seed: refused. ${error.message}${tail}`);
      return 1;
    }
    throw error;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
