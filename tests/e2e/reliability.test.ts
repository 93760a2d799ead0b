/**
 * Reliability and privacy in a real browser (browser mode, Debian Chromium):
 * - reloading the page in the middle of typing loses at most the last 500 ms of keystrokes;
 * - a tour of every screen (iterating over the sidebar, so later screens are covered too) makes no
 *   request anywhere but the app's own loopback server, seen both by Playwright and by the Chrome
 *   DevTools Protocol, and the server process itself opens no outgoing connection (a preload that
 *   records and refuses every connect, DNS lookup and fetch).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDataDir, removeDataDir, startBrowserMode, type BrowserModeServer } from '../helpers/browser-mode';
import { useAppSession } from './support/session';
import { postApi, seedDrafts } from './support/seed';

/** Waits for a state, not a time: generous because the machine may be busy. */
const POLL = { timeout: 15_000, interval: 100 };
const PRELOAD = path.join(__dirname, 'support', 'no-network-preload.cjs');
const networkLog = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'someday-netlog-')), 'attempts.log');

/** Browser mode with the no-network preload: the server child inherits NODE_OPTIONS. */
async function startWithoutNetwork(): Promise<BrowserModeServer> {
  const saved = { options: process.env.NODE_OPTIONS, log: process.env.SOMEDAY_NETWORK_LOG };
  process.env.NODE_OPTIONS = `${saved.options ?? ''} --require ${PRELOAD}`.trim();
  process.env.SOMEDAY_NETWORK_LOG = networkLog;
  try {
    return await startBrowserMode(makeDataDir());
  } finally {
    if (saved.options === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = saved.options;
    if (saved.log === undefined) delete process.env.SOMEDAY_NETWORK_LOG;
    else process.env.SOMEDAY_NETWORK_LOG = saved.log;
  }
}

const session = useAppSession({
  start: startWithoutNetwork,
  seed: seedDrafts,
  cleanUp: (server) => {
    removeDataDir(server.dataDir);
    fs.rmSync(path.dirname(networkLog), { recursive: true, force: true });
  },
});

describe('reloading mid-typing', () => {
  it('loses at most the last 500 ms of typing', async () => {
    const contact = await postApi(session.server, 'contacts:create', { name: 'Reload Tester' });
    const contactId = (contact.body.value as { id: number }).id;
    const draft = await postApi(session.server, 'drafts:create', { contactId, channel: 'letter' });
    const draftId = (draft.body.value as { id: number }).id;

    const app = await session.open();
    const { page } = app;
    await page.getByRole('button', { name: 'Drafts' }).click();
    await page
      .getByRole('list', { name: 'Drafts' })
      .getByRole('button', { name: /Reload Tester/ })
      .click();
    const message = page.getByRole('textbox', { name: 'Message' });
    await message.click();

    const text = 'Thank you again for the kind call on Monday, it meant a lot.';
    const stamps: number[] = [];
    // The first half is typed, then a pause longer than the 500 ms allowance, then the rest: so the
    // first half must survive the reload whatever the typing speed (a no-op save cannot pass).
    const half = Math.floor(text.length / 2);
    for (const [index, character] of [...text].entries()) {
      if (index === half) await page.waitForTimeout(900);
      await page.keyboard.type(character);
      stamps.push(Date.now());
    }
    const reloadedAt = Date.now();
    await page.reload();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();

    const allowedLoss = stamps.filter((stamp) => stamp > reloadedAt - 500).length;
    const mustKeep = text.length - allowedLoss;
    expect(mustKeep).toBeGreaterThanOrEqual(half);
    let saved = '';
    await expect
      .poll(async () => {
        const result = await postApi(session.server, 'drafts:get', { id: draftId });
        saved = (result.body.value as { body: string }).body;
        return saved.length >= mustKeep;
      }, POLL)
      .toBe(true);
    // What was kept is exactly what was typed, in order, cut off at most 500 ms before the reload.
    expect(text.startsWith(saved)).toBe(true);
    expect(saved.length).toBeGreaterThanOrEqual(mustKeep);
    console.log(`[e2e] reload mid-typing: kept ${saved.length} of ${text.length} characters (may lose ${allowedLoss})`);
  });
});

describe('no network, provably', () => {
  it('the preload really records and refuses outgoing connections (control)', () => {
    const log = path.join(path.dirname(networkLog), 'control.log');
    const result = spawnSync(
      process.execPath,
      ['--require', PRELOAD, '-e', "require('node:net').connect(80, 'example.invalid').on('error', () => {})"],
      { encoding: 'utf8', env: { ...process.env, SOMEDAY_NETWORK_LOG: log } },
    );
    expect(result.status).not.toBe(0);
    expect(fs.readFileSync(log, 'utf8')).toContain('connect');
  });

  it('a tour of every screen requests nothing but the loopback server, and the server connects nowhere', async () => {
    const app = await session.open();
    const { page, context } = app;
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (event: { request: { url: string } }) => requests.push(event.request.url));
    cdp.on('Network.webSocketCreated', (event: { url: string }) => requests.push(event.url));

    // Start again from a fresh load so the very first requests are recorded too.
    await page.reload();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();

    const links = page.getByRole('navigation', { name: 'Main' }).getByRole('button');
    const labels = await links.allTextContents();
    expect(labels.length).toBeGreaterThanOrEqual(4);
    for (const label of labels) {
      const link = links.filter({ hasText: label }).first();
      await link.click();
      await expect.poll(() => link.getAttribute('aria-current'), POLL).toBe('page');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      // Open the first item of a list screen too, so detail views and editors load their chunks.
      const firstItem = page.locator('main').getByRole('listitem').getByRole('button').first();
      if ((await firstItem.count()) > 0) {
        await firstItem.click();
        await page.getByRole('heading', { level: 1 }).first().waitFor();
      }
    }
    await page.getByRole('button', { name: 'Contacts' }).click();
    await page.getByRole('button', { name: 'New contact' }).click();
    await page.getByLabel('Name', { exact: true }).waitFor();

    expect(requests.length).toBeGreaterThan(3);
    const foreign = requests.filter(
      (url) => !url.startsWith(`${session.server.origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    expect(foreign).toEqual([]);
    expect(fs.existsSync(networkLog) ? fs.readFileSync(networkLog, 'utf8') : '').toBe('');
    console.log(
      `[e2e] no-network tour: ${labels.length} screens, ${requests.length} requests, all to ${session.server.origin}`,
    );
  });
});

describe('the Content-Security-Policy in Chromium (checklist 7)', () => {
  // Markup an XSS would inject: inline handlers, inline and remote scripts, javascript: links and
  // srcdoc frames. (eval and new Function cannot be tried from page.evaluate, which DevTools runs
  // outside the page's CSP; the unit tests assert script-src has no 'unsafe-eval'.)
  it('runs none of the script an XSS in a contact name would try, and reports each attempt', async () => {
    const context = await session.browser.newContext();
    try {
      const page = await context.newPage();
      // Chromium announces the remote script request before CSP blocks it, so count what finished.
      const finished: string[] = [];
      context.on('requestfinished', (request) => finished.push(request.url()));
      await page.addInitScript(() => {
        (window as unknown as { violations: string[] }).violations = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          (window as unknown as { violations: string[] }).violations.push(event.violatedDirective),
        );
      });
      await page.goto(session.server.url);
      await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
      const outcome = await page.evaluate(async () => {
        const w = window as unknown as { pwned?: number; violations: string[] };
        const image = document.createElement('img');
        image.setAttribute('onerror', 'window.pwned = 1');
        image.src = '/missing.png';
        document.body.append(image);
        const inline = document.createElement('script');
        inline.textContent = 'window.pwned = 2';
        document.body.append(inline);
        const remote = document.createElement('script');
        remote.src = 'http://evil.example/x.js';
        document.body.append(remote);
        const link = document.createElement('a');
        link.href = 'javascript:window.pwned = 5';
        document.body.append(link);
        link.click();
        const frame = document.createElement('iframe');
        frame.srcdoc = '<script>parent.pwned = 6</script>';
        document.body.append(frame);
        await new Promise((resolve) => setTimeout(resolve, 50));
        return { pwned: w.pwned ?? null };
      });
      expect(outcome.pwned).toBeNull();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { violations: string[] }).violations.length), POLL)
        .toBeGreaterThanOrEqual(4);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned ?? null)).toBeNull();
      expect(finished.filter((url) => !url.startsWith(`${session.server.origin}/`))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
