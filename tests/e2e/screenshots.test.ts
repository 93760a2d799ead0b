/**
 * Takes the screenshots in docs/screenshots. Under `npm test` they go to a temporary folder and are
 * only checked; to refresh the docs run:
 *   SOMEDAY_SCREENSHOT_DIR=docs/screenshots npx vitest run --project e2e tests/e2e/screenshots.test.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  makeDataDir,
  removeDataDir,
  startBrowserMode,
  watchPageProblems,
  type BrowserModeServer,
} from '../helpers/browser-mode';
import { postApi, seedDrafts } from './support/seed';

const VIEWPORT = { width: 1280, height: 800 };
const requestedDir = process.env.SOMEDAY_SCREENSHOT_DIR;

function readPngSize(file: string): { width: number; height: number } {
  const header = fs.readFileSync(file).subarray(0, 24);
  expect(header.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

describe('screenshots', () => {
  let server: BrowserModeServer;
  let browser: Browser;
  let outputDir: string;

  beforeAll(async () => {
    outputDir = requestedDir ? path.resolve(requestedDir) : makeDataDir('someday-screenshots-');
    const dataDir = path.join(makeDataDir('someday-'), 'Someday');
    fs.mkdirSync(dataDir);
    server = await startBrowserMode(dataDir);
    await seedDrafts(server);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDataDir(path.dirname(server.dataDir));
    if (!requestedDir && outputDir) removeDataDir(outputDir);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`captures the contacts, settings, drafts and editor screens in the ${theme} theme`, async () => {
      await postApi(server, 'settings:update', { theme });
      const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const problems = watchPageProblems(page);
      await page.goto(server.url);
      await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Contacts' }).click();
      await page.getByRole('button', { name: /Priya Raman/ }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Priya Raman' }).count()).toBe(1);
      await page.mouse.move(0, VIEWPORT.height - 1);
      const contactsFile = path.join(outputDir, `contacts-${theme}.png`);
      await page.screenshot({ path: contactsFile });

      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByText('Database file').waitFor();
      const settingsFile = path.join(outputDir, `settings-${theme}.png`);
      await page.screenshot({ path: settingsFile });

      await page.getByRole('button', { name: 'Drafts' }).click();
      await page.getByRole('list', { name: 'Drafts' }).waitFor();
      await page.mouse.move(0, VIEWPORT.height - 1);
      const draftsFile = path.join(outputDir, `drafts-${theme}.png`);
      await page.screenshot({ path: draftsFile });

      await page.getByRole('button', { name: /Thank-you email after the decision/ }).click();
      await page.getByText('Still to fill:').waitFor();
      await expect.poll(() => page.locator('.coach-summary').textContent()).toMatch(/of 3 parts/);
      await page.mouse.move(0, VIEWPORT.height - 1);
      const editorFile = path.join(outputDir, `editor-${theme}.png`);
      await page.screenshot({ path: editorFile });
      await context.close();

      for (const file of [contactsFile, settingsFile, draftsFile, editorFile]) {
        expect(readPngSize(file)).toEqual(VIEWPORT);
      }
      expect(problems.list).toEqual([]);
    });
  }
});
