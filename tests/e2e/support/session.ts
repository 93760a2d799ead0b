import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import {
  launchChromium,
  makeDataDir,
  removeDataDir,
  startBrowserMode,
  type BrowserModeServer,
} from '../../helpers/browser-mode';
import { openApp, type AppPage } from './app-page';

export interface AppSessionOptions {
  /** Keeps the data in a folder of this name inside the fresh temporary one, as a real data folder is named. */
  folderName?: string;
  /** Starts the server (default: browser mode on a fresh data folder). */
  start?: () => Promise<BrowserModeServer>;
  /** Fills the data before the first test, through the server's API. */
  seed?: (server: BrowserModeServer) => Promise<unknown>;
  /** Starts the browser (default: Debian's Chromium as launchChromium starts it), after the seed. */
  launch?: (server: BrowserModeServer) => Promise<Browser>;
  /** What to remove at the end (default: the server's data folder). */
  cleanUp?: (server: BrowserModeServer) => void;
}

function freshDataDir(folderName: string | undefined): string {
  if (!folderName) return makeDataDir();
  const dataDir = path.join(makeDataDir(), folderName);
  fs.mkdirSync(dataDir);
  return dataDir;
}

function topFolder(dataDir: string, folderName: string | undefined): string {
  return folderName ? path.dirname(dataDir) : dataDir;
}

/** One browser-mode server and one Chromium for a describe block, and the page each test opens. */
export interface AppSession {
  readonly server: BrowserModeServer;
  readonly browser: Browser;
  /**
   * Opens the app as openApp does (as often as the test needs). After the test each window is closed, and anything the page logged as
   * a problem (a console error, a failed request, a CSP violation) fails the test.
   */
  open(start?: 'contacts' | 'today'): Promise<AppPage>;
  /** Stops the server and starts it again on the same data folder, as quitting and relaunching does; the stop's exit code. */
  restart(): Promise<number | null>;
}

/**
 * Registers the describe block's hooks: start the server, seed it and start the browser before the first
 * test, check and close the test's window after each, stop everything and remove the data at the end.
 */
export function useAppSession(options: AppSessionOptions = {}): AppSession {
  let server: BrowserModeServer | undefined;
  let browser: Browser | undefined;
  let opened: AppPage[] = [];

  beforeAll(async () => {
    server = await (options.start ?? (() => startBrowserMode(freshDataDir(options.folderName))))();
    await options.seed?.(server);
    browser = await (options.launch ?? launchChromium)(server);
  });

  afterEach(async () => {
    const problems = opened.flatMap((app) => app.problems.list);
    for (const app of opened) await app.context.close();
    opened = [];
    expect(problems).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server)
      (options.cleanUp ?? ((started) => removeDataDir(topFolder(started.dataDir, options.folderName))))(server);
  });

  return {
    get server() {
      if (!server) throw new Error('The browser-mode server starts in beforeAll; read it inside a test or hook.');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('Chromium starts in beforeAll; read it inside a test or hook.');
      return browser;
    },
    async open(start) {
      const app = await openApp(this.browser, this.server, start);
      opened.push(app);
      return app;
    },
    async restart() {
      const { dataDir } = this.server;
      const code = await this.server.stop();
      server = await startBrowserMode(dataDir);
      return code;
    },
  };
}
