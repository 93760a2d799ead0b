/**
 * Starts the real browser-mode CLI from dist/ on a free port and drives it with Debian's Chromium
 * through playwright-core. The e2e tests assume `npm run build` has run (npm test builds first).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { chromium, type Browser, type Page } from 'playwright-core';

export const APP_ROOT = path.resolve(__dirname, '..', '..');
export const CLI_PATH = path.join(APP_ROOT, 'dist', 'node', 'main', 'web', 'cli.js');
export const RENDERER_INDEX = path.join(APP_ROOT, 'dist', 'renderer', 'index.html');
export const CHROMIUM_PATH = '/usr/bin/chromium';
const STARTUP_TIMEOUT_MS = 15_000;
const URL_LINE = /^Someday browser mode: (http:\/\/127\.0\.0\.1:(\d+)\/)#token=(\S+)$/;

export interface BrowserModeServer {
  url: string;
  token: string;
  origin: string;
  port: number;
  dataDir: string;
  process: ChildProcess;
  stdoutLines: string[];
  stderr: () => string;
  stop: () => Promise<number | null>;
}

export function assertBuilt(): void {
  const missing = [CLI_PATH, RENDERER_INDEX].filter((file) => !fs.existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `The app is not built (missing ${missing.map((file) => path.relative(APP_ROOT, file)).join(', ')}). ` +
        'Run `npm run build` before the e2e tests.',
    );
  }
}

export function makeDataDir(prefix = 'someday-e2e-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The passphrase every e2e folder is protected with (browser mode reads it from a file, never an argument). */
export const E2E_PASSPHRASE = 'correct horse battery staple';
let passphraseFile: string | undefined;
export function e2ePassphraseFile(): string {
  if (!passphraseFile) {
    passphraseFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'someday-pass-')), 'passphrase.txt');
    fs.writeFileSync(passphraseFile, `${E2E_PASSPHRASE}\n`, { mode: 0o600 });
  }
  return passphraseFile;
}

/** `passphraseFile: false` starts without one: the page opens on the lock screen (or the set-up screen). */
export function startBrowserMode(
  dataDir: string = makeDataDir(),
  options: { passphraseFile?: boolean } = {},
): Promise<BrowserModeServer> {
  assertBuilt();
  const env: NodeJS.ProcessEnv = { ...process.env, SOMEDAY_DATA_DIR: dataDir };
  if (options.passphraseFile === false) delete env.SOMEDAY_PASSPHRASE_FILE;
  else env.SOMEDAY_PASSPHRASE_FILE = e2ePassphraseFile();
  const child = spawn(process.execPath, [CLI_PATH, '--data-dir', dataDir, '--port', '0'], {
    cwd: APP_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  const stdoutLines: string[] = [];
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));

  const stop = async (): Promise<number | null> => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    child.kill('SIGTERM');
    return exited;
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Browser mode did not print its address within ${STARTUP_TIMEOUT_MS} ms. stderr: ${stderr}`));
    }, STARTUP_TIMEOUT_MS);
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      stdoutLines.push(line);
      const match = URL_LINE.exec(line);
      if (!match || stdoutLines.length > 1) return;
      clearTimeout(timer);
      const [, origin, port, token] = match as unknown as [string, string, string, string];
      resolve({
        url: line.slice('Someday browser mode: '.length),
        token,
        origin: origin.replace(/\/$/, ''),
        port: Number(port),
        dataDir,
        process: child,
        stdoutLines,
        stderr: () => stderr,
        stop,
      });
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Browser mode exited with code ${code} before printing its address. stderr: ${stderr}`));
    });
  });
}

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH))
    throw new Error(`Chromium is missing at ${CHROMIUM_PATH} (apt-get install chromium).`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface PageProblems {
  list: string[];
}

/** Collects console errors, uncaught exceptions and CSP violations so a test can assert there were none. */
export function watchPageProblems(page: Page): PageProblems {
  const problems: PageProblems = { list: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.list.push(`console error: ${message.text()}`);
    else if (/Content Security Policy/i.test(message.text())) problems.list.push(`CSP: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.list.push(`page error: ${error.message}`));
  return problems;
}

/** CSP violations also fire a DOM event, which catches any the console misses. */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` : '';
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline content'}${where}`,
      );
    });
  });
}

export function removeDataDir(dataDir: string): void {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
