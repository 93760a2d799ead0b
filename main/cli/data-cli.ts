/**
 * What `npm run export` and `npm run import` share: reading their options, opening the data folder's
 * database (never creating one where there is none), and printing counts in plain words.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SettingChange, TableCounts } from '../../core/data';
import { defaultDataDir } from '../data-dir';
import { DATABASE_FILE_NAME, openDatabase, type Db } from '../db/connection';

export class UsageError extends Error {}

export interface DataCliOptions {
  dataDir: string;
  out: string | undefined;
  dryRun: boolean;
  files: string[];
  help: boolean;
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
  };
}

/** Opens the data folder's database; a folder without one is a mistake to report, not a file to create. */
export function openExisting(dataDir: string): Db {
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  if (!fs.existsSync(file)) throw new UsageError(`There is no Someday data in ${dataDir} (no ${DATABASE_FILE_NAME}).`);
  return openDatabase(file);
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
