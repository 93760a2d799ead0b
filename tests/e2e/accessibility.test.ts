import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, removeDataDir, startBrowserMode, type BrowserModeServer } from '../helpers/browser-mode';
import { openApp, type AppPage } from './support/app-page';
import { postApi, seedContacts } from './support/seed';

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

async function findBlockingViolations(page: Page, screen: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
    .map(
      (violation) =>
        `${screen}: ${violation.id} (${violation.impact}) ${violation.help} at ` +
        violation.nodes.map((node) => node.target.join(' ')).join(', '),
    );
  if (found.length > 0) console.log(`axe violations:\n${found.join('\n')}`);
  return found;
}

describe.each(['light', 'dark'] as const)('accessibility in the %s theme (axe)', (theme) => {
  let browser: Browser;
  let server: BrowserModeServer;
  let app: AppPage | null = null;

  async function openThemedApp(): Promise<Page> {
    app = await openApp(browser, server);
    await expect.poll(() => app?.page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    return app.page;
  }

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startBrowserMode();
    await postApi(server, 'settings:update', { theme });
  });

  afterEach(async () => {
    const problems = app?.problems.list ?? [];
    await app?.context.close();
    app = null;
    expect(problems).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDataDir(server.dataDir);
  });

  it('empty contacts list', async () => {
    const page = await openThemedApp();
    await page.getByRole('heading', { name: 'No contacts yet' }).waitFor();
    expect(await findBlockingViolations(page, `empty list, ${theme}`)).toEqual([]);
  });

  it('contact list with the form showing validation errors', async () => {
    await seedContacts(server);
    const page = await openThemedApp();
    await page.getByRole('button', { name: /Priya Raman/ }).waitFor();
    await page.getByRole('button', { name: 'New contact' }).click();
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page.getByText('Name is required').waitFor();
    await page.getByText('Email must look like name@example.com').waitFor();
    expect(await findBlockingViolations(page, `form errors, ${theme}`)).toEqual([]);
  });

  it('delete confirmation dialog', async () => {
    const page = await openThemedApp();
    await page.getByRole('button', { name: /Priya Raman/ }).click();
    await page.getByRole('button', { name: 'Delete…' }).click();
    await page.getByRole('alertdialog', { name: 'Delete Priya Raman?' }).waitFor();
    expect(await findBlockingViolations(page, `delete dialog, ${theme}`)).toEqual([]);
  });

  it('settings', async () => {
    const page = await openThemedApp();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByText('Database file').waitFor();
    expect(await findBlockingViolations(page, `settings, ${theme}`)).toEqual([]);
  });
});
