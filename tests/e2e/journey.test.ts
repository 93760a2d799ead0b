/**
 * The whole journey a person makes on the smallest window Someday supports (800×600), from an empty
 * folder: add the person who just said no, confirm the plan, write the thank-you, rehearse the call,
 * then Settings. It fails if any screen shows a raw `{{…}}`, if the message box is narrower than 300 px
 * or anything lies over it, if a screen runs past the window, if Escape drops an edit without asking,
 * or if axe finds anything serious.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordCspViolations, watchPageProblems } from '../helpers/browser-mode';
import { pickContact } from './support/app-page';
import { useAppSession } from './support/session';
import { blockingAxeFindings, checkBox, expectUsable, overflowing } from './support/window-checks';

const VIEWPORT = { width: 800, height: 600 };

/** What every screen of the journey must be: no raw placeholder, nothing past the window, nothing serious for axe. */
async function expectClean(page: Page, screen: string): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text.match(/.{0,40}\{\{.{0,40}/g), `${screen}: raw placeholders on screen`).toBeNull();
  expect(await overflowing(page, VIEWPORT.width), `${screen}: past the window's edge`).toEqual([]);
  expect(await blockingAxeFindings(page), `${screen}: axe`).toEqual([]);
}

describe('the journey at 800×600', () => {
  const session = useAppSession();

  it('adds the person, confirms the plan, writes the thank-you, rehearses, and reaches Settings', async () => {
    const context = await session.browser.newContext({
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
    });
    try {
      const page = await context.newPage();
      const problems = watchPageProblems(page);
      await recordCspViolations(page);
      await page.goto(session.server.url);
      await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Main' });

      // First run: the person's own name, for the call's greeting and the drafts' sign-off.
      await page.getByLabel('Your name (optional)').fill('Sam Carter');
      await page.getByRole('button', { name: 'Start fresh' }).click();
      await page.getByRole('button', { name: 'Add the person who just called' }).click();

      // Add the person who said no.
      const form = page.getByRole('form', { name: 'New contact' });
      await form.getByLabel('Name', { exact: true }).fill('Priya Raman');
      await form.getByLabel('Company').fill('Northwind Labs');
      await form.getByLabel('Email').fill('priya@northwind.example');
      await form.getByLabel('Position applied for').fill('Platform Engineer');
      await form.getByLabel('Interview highlight').fill('the tour of the build lab');
      await form.getByLabel('Status').selectOption('rejected');
      await expectUsable(form.getByRole('button', { name: 'Save contact' }), 'Save contact', VIEWPORT.width);
      await form.getByRole('button', { name: 'Save contact' }).click();

      // Confirm the plan it proposes.
      const plan = page.getByRole('region', { name: 'Stay on Priya Raman’s radar' });
      await plan.getByRole('list', { name: 'Proposed follow-ups' }).waitFor();
      await expectClean(page, 'the proposed plan');
      await expectUsable(plan.getByRole('button', { name: 'Confirm plan' }), 'Confirm plan', VIEWPORT.width);
      await plan.getByRole('button', { name: 'Confirm plan' }).click();
      await page.getByRole('list', { name: 'Planned follow-ups' }).getByRole('listitem').first().waitFor();

      // Escape never drops an edit without asking: not the contact's form, not the Log form.
      const contactForm = page.getByRole('form', { name: 'Priya Raman' });
      await contactForm.getByLabel('Job title').fill('Engineering Manager');
      await page.keyboard.press('Escape');
      let ask = page.getByRole('alertdialog', { name: 'Discard changes to Priya Raman?' });
      await ask.getByRole('button', { name: 'Keep editing' }).click();
      expect(await contactForm.getByLabel('Job title').inputValue()).toBe('Engineering Manager');
      await contactForm.getByRole('button', { name: 'Save contact' }).click();
      // Saved, so the only unsaved thing left below is the Log entry.
      await page.locator('.status-line').getByText('Saved').waitFor();
      await page.getByRole('button', { name: 'Log', exact: true }).click();
      const log = page.getByRole('form', { name: 'Log an interaction' });
      await log.getByLabel('A few words (optional)').fill('She called to say no, kindly');
      await page.keyboard.press('Escape');
      ask = page.getByRole('alertdialog', { name: 'Discard changes to the entry you were logging for Priya Raman?' });
      await ask.getByRole('button', { name: 'Keep editing' }).click();
      expect(await log.getByLabel('A few words (optional)').inputValue()).toBe('She called to say no, kindly');
      await log.getByRole('button', { name: 'Cancel' }).click();
      await expectClean(page, 'the contact');

      // Write the thank-you: the dialog starts on her and on the thank-you the plan has next.
      await page.getByRole('region', { name: 'Drafts' }).getByRole('button', { name: 'New draft' }).click();
      const dialog = page.getByRole('dialog', { name: 'New draft' });
      const to = dialog.getByRole('combobox', { name: 'To' });
      await expect.poll(() => to.inputValue()).toBe('Priya Raman (Northwind Labs)');
      expect(await dialog.getByRole('radio', { name: /Thank-you email/ }).isChecked()).toBe(true);
      await expectClean(page, 'New draft');
      await to.fill('Pri');
      await dialog.getByRole('listbox', { name: 'To' }).getByRole('option').first().waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => to.getAttribute('aria-expanded')).toBe('false');
      expect(await dialog.isVisible()).toBe(true);
      await dialog.getByRole('button', { name: 'Create draft' }).click();
      const message = page.getByRole('textbox', { name: 'Message' });
      await message.waitFor();
      await message.scrollIntoViewIfNeeded();
      const box = await checkBox(page);
      expect(box.width, "the message box's width").toBeGreaterThanOrEqual(300);
      expect(box.covered, 'points of the message box under something else').toEqual([]);
      expect(box.footerOverlaps, 'the footer lies over the message box').toBe(false);
      await page.mouse.click(box.probe!.x, box.probe!.y);
      await page.keyboard.press('Control+End');
      await page.keyboard.type('\nIt was a pleasure to meet the team.');
      await page.getByText('Saved', { exact: true }).first().waitFor();
      await expectClean(page, 'the editor');

      // Rehearse the call.
      await nav.getByRole('button', { name: 'Rehearse' }).click();
      await page.getByRole('heading', { name: 'Rehearse', level: 1 }).waitFor();
      await pickContact(page, 'Who are you calling?', 'Priya', 'Priya Raman (Northwind Labs)');
      await expectClean(page, 'Rehearse set-up');
      await expectUsable(page.getByRole('button', { name: 'Start the call' }), 'Start the call', VIEWPORT.width);
      await page.getByRole('button', { name: 'Start the call' }).click();
      await page.getByLabel('Your answer').fill('Hi Priya, it is Sam Carter. Is now a good time?');
      await page.getByRole('button', { name: 'Send answer' }).click();
      await page.getByRole('list', { name: 'The call so far' }).getByText('Is now a good time?').waitFor();
      await expectClean(page, 'the call');

      // Settings, where the name from the first run is kept.
      await nav.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
      expect(await page.getByLabel('Your name').inputValue()).toBe('Sam Carter');
      await expectClean(page, 'Settings');
      expect(problems.list).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
