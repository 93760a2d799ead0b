import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  recordCspViolations,
  watchPageProblems,
  type BrowserModeServer,
  type PageProblems,
} from '../../helpers/browser-mode';

export interface AppPage {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}

/** Opens the app on Today, its home screen, then (by default) goes to Contacts, where most tests start. */
export async function openApp(
  browser: Browser,
  server: BrowserModeServer,
  start: 'contacts' | 'today' = 'contacts',
): Promise<AppPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = watchPageProblems(page);
  await recordCspViolations(page);
  await page.goto(server.url);
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  if (start === 'contacts') {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Contacts' }).click();
    await page.getByRole('heading', { name: 'Contacts', level: 1 }).waitFor();
  }
  return { context, page, problems };
}

/** Types into a contact picker (renderer/ui/contact-picker.tsx) and chooses the person, as someone would. */
export async function pickContact(page: Page, label: string, typed: string, option: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(typed);
  await page.getByRole('listbox', { name: label }).getByRole('option', { name: option }).click();
  await expect.poll(() => box.inputValue()).toBe(option);
}
