/**
 * Takes the screenshots in docs/screenshots. Under `npm test` they go to a temporary folder and are
 * only checked; to refresh the docs run:
 *   SOMEDAY_SCREENSHOT_DIR=docs/screenshots npx vitest run --project e2e tests/e2e/screenshots.test.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDataDir, removeDataDir, watchPageProblems, type BrowserModeServer } from '../helpers/browser-mode';
import { pickContact } from './support/app-page';
import { useAppSession } from './support/session';
import { postApi, seedDrafts } from './support/seed';
import { blockingAxeFindings } from './support/window-checks';

/** The README's size (files without a suffix), the smallest window Someday supports, and a large one. */
const VIEWPORTS = [
  { width: 1280, height: 800, suffix: '' },
  { width: 800, height: 600, suffix: '-800x600' },
  { width: 1440, height: 900, suffix: '-1440x900' },
] as const;
const requestedDir = process.env.SOMEDAY_SCREENSHOT_DIR;

function readPngSize(file: string): { width: number; height: number } {
  const header = fs.readFileSync(file).subarray(0, 24);
  expect(header.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

/** Relative luminance (0 black … 1 white) of a CSS `rgb()`/`rgba()`/`color(srgb …)` colour. */
function luminance(color: string): number {
  const numbers = (color.match(/[\d.]+/g) ?? []).map(Number);
  const scale = color.startsWith('color(') ? 1 : 255;
  const [r, g, b] = numbers.slice(0, 3).map((value) => {
    const c = value / scale;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  if (r === undefined || g === undefined || b === undefined) throw new Error(`Not a colour: ${color}`);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Due follow-ups and a few logged interactions for the seeded people, so Today has something to show. */
async function seedFollowUps(server: BrowserModeServer): Promise<void> {
  const page = (await postApi(server, 'contacts:list', {})).body.value as { items: { id: number; name: string }[] };
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const localDay = (offset: number) => {
    const date = new Date(Date.now() + offset * 86_400_000);
    return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  };
  const plans = [
    [{ step: 'thank-you', channel: 'email', templateId: 'builtin:thank-you-email', dueDay: localDay(-1) }],
    [{ step: 'check-in', channel: 'call', templateId: 'builtin:call-script', dueDay: localDay(0) }],
    [{ step: 'quarterly', channel: 'linkedin', templateId: null, dueDay: localDay(9) }],
  ] as const;
  for (const [index, steps] of plans.entries()) {
    const contact = page.items[index];
    if (!contact) throw new Error('The screenshot seed needs three contacts.');
    const confirmed = await postApi(server, 'reminders:confirm-plan', { contactId: contact.id, timeZone, steps });
    if (!confirmed.body.ok) throw new Error(`Seeding a plan failed: ${JSON.stringify(confirmed.body)}`);
    const when = new Date(Date.now() - (index + 2) * 86_400_000).toISOString();
    await postApi(server, 'interactions:create', {
      contactId: contact.id,
      kind: index === 1 ? 'call' : 'email',
      outcome: index === 1 ? 'reached' : 'replied',
      occurredAt: when,
      summary: '',
    });
  }
}

describe('screenshots', () => {
  const session = useAppSession({
    folderName: 'Someday',
    seed: async (server) => {
      await seedDrafts(server);
      await seedFollowUps(server);
    },
  });
  let outputDir: string;

  beforeAll(() => {
    outputDir = requestedDir ? path.resolve(requestedDir) : makeDataDir('someday-screenshots-');
  });

  afterAll(() => {
    if (!requestedDir && outputDir) removeDataDir(outputDir);
  });

  for (const [theme, { suffix, ...VIEWPORT }] of (['light', 'dark'] as const).flatMap((t) =>
    VIEWPORTS.map((v) => [t, v] as const),
  )) {
    it(`captures the today, contacts, settings, drafts, new draft, editor and rehearse screens in the ${theme} theme at ${VIEWPORT.width}x${VIEWPORT.height}, with nothing serious for axe`, async () => {
      await postApi(session.server, 'settings:update', { theme });
      const context = await session.browser.newContext({
        viewport: VIEWPORT,
        deviceScaleFactor: 1,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      const problems = watchPageProblems(page);
      const findings: string[] = [];
      /** Takes the screenshot and asks axe about the screen as shown. */
      const capture = async (name: string): Promise<string> => {
        const file = path.join(outputDir, `${name}-${theme}${suffix}.png`);
        await page.screenshot({ path: file });
        findings.push(...(await blockingAxeFindings(page)).map((finding) => `${name}: ${finding}`));
        return file;
      };
      await page.goto(session.server.url);
      await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
      // The theme really applies (the browser itself prefers light here): the page's own background
      // is dark in the dark theme and light in the light one.
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      if (theme === 'dark') expect(luminance(background)).toBeLessThan(0.2);
      else expect(luminance(background)).toBeGreaterThan(0.8);
      await page.getByRole('list', { name: 'Due follow-ups' }).getByRole('listitem').first().waitFor();
      await page.getByRole('table', { name: 'Follow-ups and replies by channel' }).waitFor();
      await page.locator('.outcomes canvas[data-drawn="true"]').waitFor();
      await page.mouse.move(0, VIEWPORT.height - 1);
      const todayFile = await capture('today');
      // Every due card makes the same layout choice: buttons beside the text on all of them, or below on all.
      const actionEdges = await page
        .locator('.today-card .today-card-actions')
        .evaluateAll((rows) => rows.map((row) => Math.round(row.getBoundingClientRect().left)));
      expect(actionEdges.length).toBeGreaterThan(1);
      expect(new Set(actionEdges).size).toBe(1);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Contacts' }).click();
      await page.getByRole('button', { name: /Priya Raman/ }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Priya Raman', exact: true }).count()).toBe(1);
      await page.mouse.move(0, VIEWPORT.height - 1);
      const contactsFile = await capture('contacts');

      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByText('Database file').waitFor();
      const settingsFile = await capture('settings');

      await page.getByRole('button', { name: 'Drafts' }).click();
      await page.getByRole('list', { name: 'Drafts' }).waitFor();
      await page.mouse.move(0, VIEWPORT.height - 1);
      const draftsFile = await capture('drafts');

      // The New draft dialog, with the contact picker's list open on what was typed.
      await page.getByRole('button', { name: 'New draft' }).click();
      const dialog = page.getByRole('dialog', { name: 'New draft' });
      await expect.poll(() => dialog.getByRole('combobox', { name: 'To' }).inputValue()).not.toBe('');
      await dialog.getByRole('combobox', { name: 'To' }).fill('ra');
      await dialog.getByRole('listbox', { name: 'To' }).getByRole('option').first().waitFor();
      await expect.poll(() => dialog.locator('#new-draft-contact-status').textContent()).toMatch(/contact/);
      const newDraftFile = await capture('new-draft');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });

      await page.getByRole('button', { name: /Thank-you email after the decision/ }).click();
      await page.getByText('Still to fill:').waitFor();
      await expect.poll(() => page.locator('.coach-summary').textContent()).toMatch(/of 3 parts/);
      await page.mouse.move(0, VIEWPORT.height - 1);
      const editorFile = await capture('editor');

      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Rehearse' }).click();
      await pickContact(page, 'Who are you calling?', 'Priya', 'Priya Raman (Northwind Labs)');
      await page.getByRole('region', { name: 'Ready?' }).getByText('Priya Raman').waitFor();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.mouse.move(0, VIEWPORT.height - 1);
      const rehearseFile = await capture('rehearse');
      await context.close();

      for (const file of [todayFile, contactsFile, settingsFile, draftsFile, newDraftFile, editorFile, rehearseFile]) {
        expect(readPngSize(file)).toEqual(VIEWPORT);
      }
      expect(findings).toEqual([]);
      expect(problems.list).toEqual([]);
    });
  }
});
