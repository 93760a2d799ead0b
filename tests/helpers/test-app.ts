import type { ApiResult } from '../../core/api-result';
import { createAppContext, type AppContext } from '../../main/app-context';
import path from 'node:path';
import type { DesktopServices } from '../../main/handlers/handler-types';
import { findAppRoot } from '../../main/paths';
import { makeTempDir } from './temp-dir';

/** The passphrase of every test folder, and a cheap scrypt cost so hundreds of test apps start quickly. */
export const TEST_PASSPHRASE = 'correct horse battery staple';
export const TEST_KDF = { N: 2 ** 10, r: 8, p: 1 };
/** What createAppContext needs to open (or set up) a test folder. */
export const TEST_UNLOCK = { secret: { passphrase: TEST_PASSPHRASE }, kdf: TEST_KDF };

export interface TestAppOptions {
  /** A clock read on every call (the context is immutable, so tests move time through this). */
  clock?: () => Date;
  desktop?: DesktopServices;
}

/** An app context on a temporary data folder, with a fixed clock (or the one given). */
export function createTestApp(
  now = new Date('2026-11-26T09:00:00Z'),
  options: TestAppOptions = {},
): AppContext & { dataDir: string; ok: <T>(channel: string, input?: unknown) => Promise<T>; dispose: () => void } {
  const temp = makeTempDir();
  const app = createAppContext({
    dataDir: temp.dir,
    mode: 'browser',
    version: '0.0.0-test',
    now: options.clock ?? (() => now),
    templatesDir: path.join(findAppRoot(), 'templates'),
    ...(options.desktop ? { desktop: options.desktop } : {}),
    secret: { passphrase: TEST_PASSPHRASE },
    kdf: TEST_KDF,
  });
  const testApp = {
    database: app.database,
    handlers: app.handlers,
    ctx: app.ctx,
    call: app.call,
    close: app.close,
    recoveryCode: app.recoveryCode,
    converted: app.converted,
    dataDir: temp.dir,
    /** Calls a channel and gives its value; a refusal throws, naming the channel and the message. */
    ok: async <T>(channel: string, input?: unknown): Promise<T> => {
      const result = (await app.call(channel, input)) as ApiResult<T>;
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value;
    },
    dispose: () => {
      app.close();
      temp.cleanup();
    },
  };
  // Not enumerable, so a spread of the test app does not read the connection (it may be closed by then).
  return Object.defineProperty(testApp, 'db', { get: () => app.db, enumerable: false }) as typeof testApp & {
    readonly db: AppContext['db'];
  };
}
