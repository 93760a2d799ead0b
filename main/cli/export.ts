/**
 * `npm run export -- [--data-dir DIR] [--out FILE] [--plain]`: writes everything in a Someday data
 * folder to one export file (format 2, docs/EXPORT-FORMAT.md), streamed, so any amount of data fits in
 * bounded memory. Encrypted with age by default, with the data's passphrase (or the one in
 * --file-passphrase-file); `--plain` writes it unencrypted, with a warning. Plain Node, no Electron;
 * safe while the app is open (it reads one consistent snapshot). The file is written under a temporary
 * name, flushed and renamed, so a full disk or Ctrl+C leaves no partial file, and an existing file is
 * never overwritten. Exit codes: 0 written, 1 not written, 2 a usage or folder problem.
 */
import fs from 'node:fs';
import path from 'node:path';
import { exportFileNameFor, exportToFile } from '../data/export-layers';
import { restrictUmask } from '../data/private-files';
import { AppError } from '../../core/api-result';
import { appVersion, findAppRoot } from '../paths';
import { PassphraseInputError, promptHidden, readPassphraseFile } from '../protection/passphrase-input';
import { cancelOnInterrupt, openExisting, passphraseFor, progressPrinter, readOptions } from './data-cli';
import type { DataCliOptions } from './data-cli';
import { UsageError } from './usage-error';

const USAGE =
  'Usage: npm run export -- [--data-dir DIR] [--passphrase-file FILE] [--file-passphrase-file FILE | --plain] [--out FILE]';

export const PLAIN_WARNING =
  'Warning: --plain writes your data unencrypted. Anyone who gets the file can read everything in it.';

/** The passphrase the export is encrypted with: its own file, else the data's, else asked twice. */
async function exportPassphrase(options: DataCliOptions, dataPassphrase: string | null): Promise<string> {
  try {
    if (options.filePassphraseFile !== undefined) return readPassphraseFile(options.filePassphraseFile);
  } catch (error) {
    if (error instanceof PassphraseInputError) throw new UsageError(error.message);
    throw error;
  }
  if (dataPassphrase) return dataPassphrase;
  const first = await promptHidden('Choose a passphrase for the export file: ');
  if (first === null) {
    throw new UsageError('Give the export a passphrase with --file-passphrase-file FILE, or choose --plain.');
  }
  if (first.length === 0) throw new UsageError('The passphrase is empty.');
  if ((await promptHidden('The same passphrase again: ')) !== first)
    throw new UsageError('The two passphrases differ.');
  return first;
}

async function main(argv: string[]): Promise<number> {
  restrictUmask();
  try {
    const options = readOptions(argv, { out: true, plain: true });
    if (options.help) {
      console.log(USAGE);
      return 0;
    }
    if (options.files.length > 0) throw new UsageError(`Unexpected argument "${options.files[0]}"; use --out FILE.`);
    if (options.plain && options.filePassphraseFile !== undefined) {
      throw new UsageError('Choose either --plain or --file-passphrase-file, not both.');
    }
    const now = new Date();
    const out = path.resolve(options.out ?? exportFileNameFor(now, !options.plain));
    if (fs.existsSync(out)) throw new UsageError(`${out} already exists; choose a new file name.`);
    if (!fs.existsSync(path.dirname(out))) throw new UsageError(`The folder ${path.dirname(out)} does not exist.`);
    const secret = await passphraseFor(options);
    const passphrase = options.plain
      ? null
      : await exportPassphrase(options, secret && 'passphrase' in secret ? secret.passphrase : null);
    if (options.plain) console.error(PLAIN_WARNING);
    const { db, close } = openExisting(options.dataDir, secret);
    try {
      // One read transaction: the file is one consistent snapshot even while the app writes.
      db.exec('BEGIN');
      const written = await exportToFile(db, out, {
        appVersion: appVersion(findAppRoot()),
        now,
        passphrase,
        signal: cancelOnInterrupt(),
        onProgress: progressPrinter('Exporting'),
      });
      db.exec('COMMIT');
      const how = passphrase === null ? 'unencrypted' : 'encrypted with age';
      console.log(`Exported ${written.rows} rows from ${options.dataDir} to ${out} (${written.bytes} bytes, ${how}).`);
    } finally {
      close();
    }
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`export: ${error.message}`);
      return 1;
    }
    if (!(error instanceof UsageError)) throw error;
    console.error(`export: ${error.message}`);
    console.error(USAGE);
    return 2;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
