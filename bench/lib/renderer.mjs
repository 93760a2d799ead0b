// Renderer figures: Debian's Chromium driven by playwright-core against browser mode (the real CLI
// from dist/, the same way tests/helpers/browser-mode.ts starts it), on the benchmark's data folder.
/* global window, document, requestAnimationFrame, MessageChannel, MutationObserver, performance */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { setTimeout as sleep } from 'node:timers/promises';
import { clearTimeout } from 'node:timers';
import { chromium } from 'playwright-core';
import { percentile, round } from './stats.mjs';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const URL_LINE = /^Someday browser mode: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/;

/**
 * The JavaScript a first load needs: the entry chunk named in index.html, every modulepreload link,
 * and (following `import … from "./x.js"`) every chunk they import statically. Lazy chunks
 * (`import("./x.js")`) are left out. Each file is gzipped at level 9 and the sizes are added up.
 */
export function initialJavaScript(rendererDir) {
  const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const queue = [];
  for (const match of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) queue.push(match[1]);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) queue.push(match[1]);
  if (queue.length === 0) throw new Error('No module script in dist/renderer/index.html');
  const seen = new Map();
  while (queue.length > 0) {
    const href = queue.shift();
    const file = path.join(rendererDir, href.replace(/^\.?\//, ''));
    if (seen.has(file)) continue;
    const code = fs.readFileSync(file);
    seen.set(file, zlib.gzipSync(code, { level: 9 }).length);
    const text = code.toString('utf8');
    for (const match of text.matchAll(
      /(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.\.?\/[^"']+\.js)["']/g,
    )) {
      queue.push(path.posix.join(path.posix.dirname(href.replace(/^\//, '')), match[1]));
    }
  }
  const bytes = [...seen.values()].reduce((sum, size) => sum + size, 0);
  return { kb: round(bytes / 1024, 1), files: [...seen.keys()].map((file) => path.relative(rendererDir, file)) };
}

export function startBrowserMode(cliPath, dataDir, passphraseFile) {
  const child = spawn(
    process.execPath,
    [cliPath, '--data-dir', dataDir, '--port', '0', '--passphrase-file', passphraseFile],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise((resolve) => child.once('close', resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`browser mode did not start within 60 s: ${stderr}`));
    }, 60_000);
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const match = URL_LINE.exec(line);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1],
        pid: child.pid,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited (${code}) before it started: ${stderr}`));
    });
  });
}

/** Resident memory of a process, from /proc: the current figure and the peak, in MB. */
export function residentMemory(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss_mb: round(kb('VmRSS') / 1024, 1), peak_mb: round(kb('VmHWM') / 1024, 1) };
}

export function launchChromium() {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is missing at ${CHROMIUM_PATH}`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Runs in the page before any of its scripts: notes when the first contact row has been painted. */
function watchFirstRow() {
  const observer = new MutationObserver(() => {
    const row = document.querySelector('.contact-list [data-index="0"] .contact-row');
    if (!row || window.__benchRow) return;
    window.__benchRow = { setSize: Number(row.closest('li')?.getAttribute('aria-setsize') ?? 0) };
    observer.disconnect();
    // The row is in the DOM; the next animation frame paints it, and a message posted from that
    // frame's callback is handled once the frame is done.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        window.__benchRow.paintedAt = performance.now();
      };
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** The click on Contacts (the page loaded on Today) to the first contact row painted, in a fresh context each time. */
export async function contactsPaint(browser, url, { warmUp, runs, expectedRows }) {
  const times = [];
  const steps = [];
  for (let i = 0; i < warmUp + runs; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.addInitScript(watchFirstRow);
      await page.goto(url);
      // The home screen is Today: once the sidebar is there, click Contacts from inside the page, so
      // the start time and the click are the same moment on the page's own clock.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Contacts' }).waitFor();
      await page.evaluate(() => {
        const button = [...document.querySelectorAll('nav .nav-item')].find(
          (item) => item.textContent.trim() === 'Contacts',
        );
        window.__benchClickAt = performance.now();
        button.click();
      });
      await page.waitForFunction(() => window.__benchRow?.paintedAt !== undefined, null, { timeout: 120_000 });
      const row = await page.evaluate(() => {
        const start = window.__benchClickAt;
        const navigation = performance.getEntriesByType('navigation')[0];
        const list = performance
          .getEntriesByType('resource')
          .find((entry) => /\/api\/contacts(:|%3A)list$/i.test(entry.name) && entry.startTime >= start);
        return {
          setSize: window.__benchRow.setSize,
          paintedAt: window.__benchRow.paintedAt - start,
          clickedAt: start,
          domContentLoaded: navigation?.domContentLoadedEventEnd ?? 0,
          listRequested: list ? list.startTime - start : 0,
          listReceived: list ? list.responseEnd - start : 0,
        };
      });
      if (row.setSize !== expectedRows)
        throw new Error(`The contacts list showed ${row.setSize} contacts, not ${expectedRows}`);
      if (i >= warmUp) {
        times.push(row.paintedAt);
        steps.push(row);
      }
    } finally {
      await context.close();
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = (key) =>
    round(
      percentile(
        [...steps.map((step) => step[key])].sort((a, b) => a - b),
        0.5,
      ),
      1,
    );
  return {
    median_ms: round(percentile(sorted, 0.5), 1),
    p95_ms: round(percentile(sorted, 0.95), 1),
    runs,
    // Where the time goes (medians): the page loaded on Today (dom_content_loaded and the click, ms
    // from navigation start); then, in ms from the click on Contacts, the contacts:list request was sent
    // and its answer fully received, and React rendered and the browser painted.
    steps: {
      dom_content_loaded_ms: median('domContentLoaded'),
      clicked_contacts_ms: median('clickedAt'),
      list_requested_ms: median('listRequested'),
      list_received_ms: median('listReceived'),
      painted_ms: median('paintedAt'),
    },
  };
}

/**
 * Records, for each keydown, the time from the event to the end of the next frame, split into: the
 * key's handlers (until the input event's listeners on window have run, after React's own), the wait
 * until the frame starts (other tasks, such as the deferred coach render), and the frame itself
 * (style, layout and paint, from the animation-frame callback to the message posted from it).
 */
function watchKeyFrames() {
  window.__benchFrames = [];
  let current = null;
  window.addEventListener('input', () => {
    if (current && current.input === undefined) current.input = performance.now();
  });
  document.addEventListener(
    'keydown',
    (event) => {
      const entry = { start: event.timeStamp };
      current = entry;
      requestAnimationFrame(() => {
        entry.frame = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const end = performance.now();
          const input = entry.input ?? entry.frame;
          window.__benchFrames.push({
            total: end - entry.start,
            handlers: input - entry.start,
            wait: entry.frame - input,
            frame: end - entry.frame,
          });
        };
        channel.port2.postMessage(0);
      });
    },
    true,
  );
}

/**
 * Opens the draft titled `draftTitle` in the editor (the coach runs on every change) and types at the
 * end of its text, one key every `gapMs` like brisk typing; returns the keypress-to-frame times
 * (with `keepTotals`, every press's time too).
 */
/**
 * Opens the draft called `draftTitle` from the Drafts list, puts the cursor at the end of its message and
 * lets the first coach report settle, ready to type (the keypress figure and bench/editor-trace.mjs).
 * Returns the message box.
 */
export async function openDraftToType(page, url, draftTitle) {
  await page.goto(url);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Drafts' })
    .click({ timeout: 120_000 });
  await page
    .getByRole('list', { name: 'Drafts' })
    .getByRole('button', { name: draftTitle })
    .click({ timeout: 120_000 });
  const body = page.getByRole('textbox', { name: 'Message' });
  await body.waitFor({ timeout: 120_000 });
  await body.focus();
  await page.keyboard.press('Control+End');
  // Let the first coach report settle before typing.
  await sleep(1000);
  return body;
}

export async function keypressFrames(browser, url, { draftTitle, warmUp, presses, gapMs, keepTotals = false }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const body = await openDraftToType(page, url, draftTitle);
    await page.evaluate(watchKeyFrames);
    const keys = 'abcdefghijklmnopqrstuvwxyz ';
    for (let i = 0; i < warmUp + presses; i += 1) {
      await page.keyboard.press(keys[i % keys.length]);
      await page.waitForFunction((count) => window.__benchFrames.length >= count, i + 1, { timeout: 30_000 });
      await sleep(gapMs);
    }
    const frames = (await page.evaluate(() => window.__benchFrames)).slice(warmUp);
    // The message box is a CodeMirror view (its lines are .cm-line elements; the end of the text is
    // in view); builds from before it used a textarea.
    const typed = await body.evaluate((box) =>
      'value' in box ? box.value : [...box.querySelectorAll('.cm-line')].map((line) => line.textContent).join('\n'),
    );
    if (!typed.includes('abcde')) throw new Error('The keys typed in the benchmark did not reach the editor');
    const stat = (key, share) =>
      round(
        percentile(
          [...frames.map((f) => f[key])].sort((a, b) => a - b),
          share,
        ),
        1,
      );
    return {
      p95_ms: stat('total', 0.95),
      median_ms: stat('total', 0.5),
      max_ms: stat('total', 1),
      presses: frames.length,
      // Medians and p95 of the three parts (they need not add up: each is its own percentile).
      parts: Object.fromEntries(
        ['handlers', 'wait', 'frame'].map((key) => [key, { median_ms: stat(key, 0.5), p95_ms: stat(key, 0.95) }]),
      ),
      ...(keepTotals ? { totals: frames.map((f) => f.total) } : {}),
    };
  } finally {
    await context.close();
  }
}
