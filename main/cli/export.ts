/**
 * `npm run export -- [--data-dir DIR] --out FILE`: writes everything in a Someday data folder to one
 * export file (see docs/EXPORT-FORMAT.md). Plain Node, no Electron; safe while the app is open (it
 * reads one consistent snapshot). The file is written under a temporary name and renamed, and an
 * existing file is never overwritten. Exit codes: 0 written, 2 a usage or folder problem.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildExport, serializeExport } from '../data/export-file';
import { restrictUmask } from '../data/private-files';
import { AppError } from '../../core/api-result';
import { appVersion, findAppRoot } from '../paths';
import { openExisting, passphraseFor, readOptions } from './data-cli';
import { UsageError } from './usage-error';

const USAGE = 'Usage: npm run export -- [--data-dir DIR] [--passphrase-file FILE] --out FILE';

async function main(argv: string[]): Promise<number> {
  restrictUmask();
  try {
    const options = readOptions(argv, { out: true });
    if (options.help) {
      console.log(USAGE);
      return 0;
    }
    if (options.files.length > 0) throw new UsageError(`Unexpected argument "${options.files[0]}"; use --out FILE.`);
    if (!options.out) throw new UsageError('Say where to write the export with --out FILE.');
    const out = path.resolve(options.out);
    if (fs.existsSync(out)) throw new UsageError(`${out} already exists; choose a new file name.`);
    if (!fs.existsSync(path.dirname(out))) throw new UsageError(`The folder ${path.dirname(out)} does not exist.`);
    const { db, close } = openExisting(options.dataDir, await passphraseFor(options));
    try {
      const document = db.transaction(() => buildExport(db, appVersion(findAppRoot()), new Date()))();
      const text = serializeExport(document);
      const partial = `${out}.partial`;
      fs.writeFileSync(partial, text, { encoding: 'utf8', flag: 'wx', mode: 0o600 });
      fs.renameSync(partial, out);
      const rows = Object.values(document.body.manifest).reduce((sum, entry) => sum + entry.rows, 0);
      console.log(`Exported ${rows} rows from ${options.dataDir} to ${out} (${Buffer.byteLength(text)} bytes).`);
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
