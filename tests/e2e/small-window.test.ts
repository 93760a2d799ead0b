/**
 * Every screen at 800×600, the smallest window Someday supports: nothing in the main area runs past the
 * window's right edge, and the controls a person needs are on screen and not covered by anything
 * (document.elementFromPoint at their centre finds them).
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchPageProblems } from '../helpers/browser-mode';
import { pickContact } from './support/app-page';
import { useAppSession } from './support/session';
import { seedDrafts } from './support/seed';
import { expectUsable as expectUsableIn, overflowing as overflowingIn } from './support/window-checks';

const VIEWPORT = { width: 800, height: 600 };
const overflowing = (page: Page) => overflowingIn(page, VIEWPORT.width);
const expectUsable = (control: Locator, name: string) => expectUsableIn(control, name, VIEWPORT.width);

describe('a small window (800×600)', () => {
  const session = useAppSession({ folderName: 'Someday', seed: seedDrafts });

  it('fits every screen in the window with its key controls on screen and uncovered', async () => {
    const context = await session.browser.newContext({
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const problems = watchPageProblems(page);
    await page.goto(session.server.url);
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });

    // The sidebar starts as an icon rail here; its button widens it and the choice is kept on reload.
    const toggle = page.getByRole('button', { name: 'Sidebar' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect((await nav.boundingBox())!.width).toBeLessThan(80);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.reload();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: 'Sidebar' }).getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('button', { name: 'Sidebar' }).click();
    expect(await page.getByRole('button', { name: 'Sidebar' }).getAttribute('aria-expanded')).toBe('false');
    expect(await overflowing(page)).toEqual([]);

    await nav.getByRole('button', { name: 'Contacts' }).click();
    await page.getByRole('heading', { name: 'Contacts', level: 1 }).waitFor();
    const row = page.getByRole('button', { name: /Priya Raman/ });
    await expectUsable(row, 'the contact row');
    // The name has its own line: the status badge never cuts it short.
    const name = row.locator('.contact-row-name');
    expect(await name.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await row.click();
    await page.getByRole('heading', { name: 'Priya Raman', level: 2 }).waitFor();
    await expectUsable(page.getByRole('button', { name: 'New contact' }), 'New contact');
    await expectUsable(page.getByRole('button', { name: 'Save contact' }), 'Save contact');
    expect(await overflowing(page)).toEqual([]);

    await nav.getByRole('button', { name: 'Templates' }).click();
    await page.getByRole('heading', { name: 'Templates', level: 1 }).waitFor();
    await page.getByRole('button', { name: /Thank-you email after the decision/ }).click();
    const title = page.getByRole('heading', { name: 'Thank-you email after the decision', level: 2 });
    await title.waitFor();
    // Readable: a few words a line, not a letter a line.
    expect((await title.boundingBox())!.width).toBeGreaterThan(200);
    await expectUsable(page.getByRole('button', { name: 'Duplicate to edit' }), 'Duplicate to edit');
    expect(await overflowing(page)).toEqual([]);

    await nav.getByRole('button', { name: 'Drafts' }).click();
    await page.getByRole('list', { name: 'Drafts' }).waitFor();
    await expectUsable(page.getByRole('button', { name: /Thank-you email after the decision/ }), 'a draft');
    expect(await overflowing(page)).toEqual([]);

    await nav.getByRole('button', { name: 'Rehearse' }).click();
    await pickContact(page, 'Who are you calling?', 'Priya', 'Priya Raman (Northwind Labs)');
    await expectUsable(page.getByRole('combobox', { name: 'Who are you calling?' }), 'Who are you calling?');
    await expectUsable(page.getByRole('button', { name: 'Start the call' }), 'Start the call');
    expect(await overflowing(page)).toEqual([]);

    await nav.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    const pace = page.getByLabel('Words per minute');
    await expectUsable(pace, 'Words per minute');
    await pace.fill('140');
    await pace.press('Tab');
    // The quiet "Saved" sits beside the section's title; no toast covers a field or a button.
    await page.getByRole('region', { name: 'Speaking pace' }).getByRole('status').getByText('Saved').waitFor();
    await expectUsable(page.getByLabel('Remind me at'), 'Remind me at');
    await expectUsable(page.getByRole('button', { name: 'Back up now' }), 'Back up now');
    expect(await overflowing(page)).toEqual([]);

    // A message shown after an action sits in its own strip and covers nothing.
    await nav.getByRole('button', { name: 'Contacts' }).click();
    await page.getByRole('button', { name: /Priya Raman/ }).click();
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.locator('.status-line').getByText('Archived').waitFor();
    await expectUsable(page.getByRole('button', { name: 'Save contact' }), 'Save contact under a message');
    await expectUsable(page.getByRole('button', { name: 'New contact' }), 'New contact under a message');

    await context.close();
    expect(problems.list).toEqual([]);
  });
});
