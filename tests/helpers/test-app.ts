import { createAppContext, type AppContext } from '../../main/app-context';
import path from 'node:path';
import { findAppRoot } from '../../main/paths';
import { makeTempDir } from './temp-dir';

/** An app context on a temporary data folder, with a fixed clock. */
export function createTestApp(
  now = new Date('2026-11-26T09:00:00Z'),
): AppContext & { dataDir: string; dispose: () => void } {
  const temp = makeTempDir();
  const app = createAppContext({
    dataDir: temp.dir,
    mode: 'browser',
    version: '0.0.0-test',
    now: () => now,
    templatesDir: path.join(findAppRoot(), 'templates'),
  });
  // Object.assign keeps `db` a getter (delete-all swaps in a fresh connection); a spread would freeze it.
  return Object.assign(app, {
    dataDir: temp.dir,
    dispose: () => {
      app.close();
      temp.cleanup();
    },
  });
}
