/** Export files for tests: a format 1 document (still read), and the format 2 file `data:export` writes. */
import type { ApiResult } from '../../core/api-result';
import type { ExportResult } from '../../core/data';
import type { AppContext } from '../../main/app-context';
import { buildExport, serializeExport, type ExportedTable } from '../../main/data/export-file';

type App = Pick<AppContext, 'db' | 'call' | 'ctx'>;

/** A format 1 export of the app's data, the layout the import checks were first written against. */
export function formatOneText(app: Pick<AppContext, 'db'>, now = new Date('2026-11-26T09:00:00Z')): string {
  return serializeExport(app.db.transaction(() => buildExport(app.db, '0.0.0-test', now))());
}

/** Runs `data:export` (browser mode: main writes the file and holds it for download) and gives its path. */
export async function exportThroughApp(
  app: App,
  passphrase: string | null = null,
): Promise<{ result: ExportResult; file: string }> {
  const settled = (await app.call('data:export', { passphrase })) as ApiResult<ExportResult>;
  if (!settled.ok) throw new Error(settled.error.message);
  const result = settled.value;
  if (result.download === null) throw new Error('data:export held no file for download');
  return { result, file: app.ctx.data.transfers.find(result.download).file };
}

/** Hands a file to an app as if the person had chosen it; the id goes to data:import-preview and -apply. */
export function chooseFile(app: Pick<AppContext, 'ctx'>, file: string): string {
  return app.ctx.data.transfers.hold(file, 'export', false);
}

/** The contacts columns later migrations added (002 the highlight, 005 the plan's next step and proposal). */
const ADDED_AFTER_VERSION_ONE = new Set(['highlight', 'next_step', 'plan_proposed']);

/** A contacts table of a current export as data version 1 held it: without the columns added since. */
export function asVersionOne(contacts: ExportedTable): ExportedTable {
  const kept = contacts.columns.map((column) => !ADDED_AFTER_VERSION_ONE.has(column));
  return {
    columns: contacts.columns.filter((_, i) => kept[i]),
    rows: contacts.rows.map((row) => row.filter((_, i) => kept[i])),
  };
}
