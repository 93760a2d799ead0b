/**
 * The lock in browser mode (issue 13 item 5): after Lock now, calls from the page are refused and no data
 * is in the DOM; unlocking brings it back; a wrong passphrase is refused and waits; without a passphrase
 * file the page starts on the lock screen, and a new folder is set up from the page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  E2E_PASSPHRASE,
  launchChromium,
  makeDataDir,
  recordCspViolations,
  removeDataDir,
  startBrowserMode,
  watchPageProblems,
  type BrowserModeServer,
  type PageProblems,
} from '../helpers/browser-mode';
import { postApi } from './support/seed';

const NAME = 'Zebediah Quillfeather';
const NOTE = 'MARKER-lock-4b1d';

/** Chromium logs every refused request (400 wrong passphrase, 423 locked) as a console error: those are expected here. */
function unexpected(problems: PageProblems): string[] {
  return problems.list.filter(
    (text) => !/Failed to load resource: the server responded with a status of (400|423)/.test(text),
  );
}

/** A call from the page itself, with the token it keeps, as the app would make it. */
function callFromPage(page: Page, channel: string, input: unknown) {
  return page.evaluate(
    async ([name, body]) => {
      const token = window.sessionStorage.getItem('someday.token') ?? '';
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-someday-token': token },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as { ok: boolean; error?: { code: string } } };
    },
    [channel, input] as const,
  );
}

describe('the lock, in browser mode', () => {
  let browser: Browser;
  const dirs: string[] = [];
  const servers: BrowserModeServer[] = [];
  let problems: PageProblems | null = null;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(() => {
    const list = problems ? unexpected(problems) : [];
    problems = null;
    expect(list).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    for (const server of servers) await server.stop();
    dirs.forEach(removeDataDir);
  });

  async function start(dataDir: string, passphraseFile: boolean): Promise<BrowserModeServer> {
    const server = await startBrowserMode(dataDir, { passphraseFile });
    servers.push(server);
    return server;
  }

  async function openPage(server: BrowserModeServer): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    problems = watchPageProblems(page);
    await recordCspViolations(page);
    await page.goto(server.url);
    return page;
  }

  async function showContact(page: Page): Promise<void> {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Contacts' }).click();
    await page
      .locator('.contact-list')
      .getByRole('button', { name: new RegExp(NAME) })
      .waitFor();
  }

  it('Lock now empties the page and refuses its calls; the passphrase brings everything back', async () => {
    const dataDir = makeDataDir();
    dirs.push(dataDir);
    const server = await start(dataDir, true);
    expect((await postApi(server, 'contacts:create', { name: NAME, notes: NOTE })).body.ok).toBe(true);
    const page = await openPage(server);
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await showContact(page);
    expect(await page.content()).toContain(NAME);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('heading', { name: 'Someday is locked' }).waitFor();
    const html = await page.content();
    expect(html).not.toContain(NAME);
    expect(html).not.toContain(NOTE);
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(NAME);

    for (const [channel, input] of [
      ['contacts:list', {}],
      ['contacts:get', { id: 1 }],
      ['settings:get', {}],
      ['data:export', { passphrase: null }],
    ] as const) {
      expect(await callFromPage(page, channel, input)).toMatchObject({
        status: 423,
        body: { ok: false, error: { code: 'locked' } },
      });
    }
    expect(await callFromPage(page, 'protection:status', {})).toMatchObject({ status: 200, body: { ok: true } });

    await page.getByLabel('Passphrase').fill(E2E_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await showContact(page);
    await page.context().close();
  });

  it('refuses a wrong passphrase with a plain sentence and a wait, and locks on Ctrl+L', async () => {
    const dataDir = makeDataDir();
    dirs.push(dataDir);
    const first = await start(dataDir, true);
    expect((await postApi(first, 'contacts:create', { name: NAME })).body.ok).toBe(true);
    await first.stop();
    // Without a passphrase file the page opens on the lock screen.
    const server = await start(dataDir, false);
    const page = await openPage(server);
    await page.getByRole('heading', { name: 'Someday is locked' }).waitFor();
    expect(await page.content()).not.toContain(NAME);

    await page.getByLabel('Passphrase').fill('not my passphrase');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByText('That passphrase does not unlock your data.', { exact: false }).waitFor();
    await page.getByText(/You can try again in \d seconds?\./).waitFor();
    await page.getByText(/You can try again in/).waitFor({ state: 'detached', timeout: 5000 });

    await page.getByLabel('Passphrase').fill(E2E_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await showContact(page);

    await page.keyboard.press('Control+l');
    await page.getByRole('heading', { name: 'Someday is locked' }).waitFor();
    expect(await page.content()).not.toContain(NAME);
    expect(await callFromPage(page, 'contacts:list', {})).toMatchObject({ status: 423 });
    await page.context().close();
  });

  it('sets up a new folder from the page and shows its recovery code once', async () => {
    const dataDir = makeDataDir();
    dirs.push(dataDir);
    const server = await start(dataDir, false);
    const page = await openPage(server);
    await page.getByRole('heading', { name: 'Protect your data' }).waitFor();
    await page.getByLabel('Passphrase', { exact: true }).fill('a new passphrase');
    await page.getByLabel('The same passphrase again').fill('a new passphrase');
    await page.getByRole('button', { name: 'Protect my data' }).click();
    await page.getByRole('heading', { name: 'Your recovery code' }).waitFor();
    expect(await page.getByLabel('Recovery code').textContent()).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
    await page.getByRole('button', { name: 'I have written it down' }).click();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await page.context().close();
  });
});
