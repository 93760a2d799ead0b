import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DraftPage } from '../../core/drafts';
import { useAppSession } from './support/session';
import { postApi, SAMPLE_PROFILE } from './support/seed';

const HIGHLIGHT = 'the pairing session on the flaky checkout test';
const ADDED = 'P.S. I still think about the whiteboard session.';

async function fillProfile(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const details = page.getByRole('form', { name: 'My details' });
  await details.getByLabel('Your name').fill(SAMPLE_PROFILE.myName);
  await details.getByLabel('Your phone').fill(SAMPLE_PROFILE.myPhone);
  await details.getByLabel('Your email').fill(SAMPLE_PROFILE.myEmail);
  await details.getByLabel('Your email').press('Tab');
  await page.getByRole('region', { name: 'My details' }).getByRole('status').getByText('Saved').waitFor();
}

async function createPriya(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Contacts' }).click();
  await page.getByRole('button', { name: 'New contact' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Priya Raman');
  await page.getByLabel('Company').fill('Northwind Labs');
  await page.getByLabel('Email').fill('priya@northwind.example');
  await page.getByLabel('Position applied for').fill('Senior Frontend Engineer');
  await page.getByLabel('Interview highlight').fill(HIGHLIGHT);
  await page.getByRole('button', { name: 'Save contact' }).click();
  await page.getByRole('region', { name: 'Drafts' }).getByText('No drafts yet.', { exact: false }).waitFor();
}

function body(page: Page) {
  return page.getByRole('textbox', { name: 'Message' });
}

/** The message box's text: CodeMirror draws each line as a .cm-line (a short draft is drawn whole). */
function bodyText(page: Page): Promise<string> {
  return body(page).evaluate((content) =>
    [...content.querySelectorAll('.cm-line')].map((line) => line.textContent).join('\n'),
  );
}

async function openOnlyDraft(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Drafts' }).click();
  await page.getByRole('list', { name: 'Drafts' }).getByRole('button', { name }).click();
  await body(page)
    .or(page.getByRole('textbox', { name: 'Voicemail script' }))
    .waitFor();
}

async function expectSaved(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.save-indicator').textContent()).toBe('Saved');
}

describe('drafts in browser mode', () => {
  const session = useAppSession();

  it('writes a thank-you from the template, autosaves it across a reload, finds it, restores, sends and saves it', async () => {
    const app = await session.open();
    const { page } = app;
    await fillProfile(page);
    await createPriya(page);

    await page.getByRole('region', { name: 'Drafts' }).getByRole('button', { name: 'New draft' }).click();
    const dialog = page.getByRole('dialog', { name: 'New draft' });
    await expect.poll(() => dialog.getByRole('combobox', { name: 'To' }).inputValue()).not.toBe('');
    await dialog.getByRole('radio', { name: 'Email', exact: true }).check();
    await dialog.getByRole('radio', { name: 'Thank-you email after the decision' }).check();
    await dialog.getByRole('button', { name: 'Create draft' }).click();

    await page.getByRole('heading', { level: 1, name: 'Email to Priya Raman' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Subject' }).inputValue()).toBe('Thank you, Priya');
    const filled = await bodyText(page);
    expect(filled.startsWith('Hi Priya,')).toBe(true);
    expect(filled).toContain('Senior Frontend Engineer');
    expect(filled).toContain('Northwind Labs');
    expect(filled).toContain(HIGHLIGHT);
    expect(filled).toContain(SAMPLE_PROFILE.myName);
    expect(filled).not.toContain('{{');
    expect(await page.getByText('Still to fill:').count()).toBe(0);
    await expect.poll(() => page.locator('.coach-summary').textContent()).toMatch(/^3 of 3 parts/);

    const summaryBefore = await page.locator('.coach-summary').textContent();
    await body(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`\n\n${ADDED}`);
    await expectSaved(page);
    // The coach (on its own thread here) follows the typing: the word count in its summary moves on.
    await expect.poll(() => page.locator('.coach-summary').textContent()).not.toBe(summaryBefore);
    const typed = await bodyText(page);
    expect(typed.endsWith(ADDED)).toBe(true);

    await page.reload();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await openOnlyDraft(page, /Thank-you email after the decision/);
    expect(await bodyText(page)).toBe(typed);

    await page.getByRole('button', { name: 'All drafts' }).click();
    await page.getByLabel('Search drafts').fill('whiteboard');
    const matches = page.getByRole('list', { name: 'Matching drafts' }).getByRole('listitem');
    await expect.poll(() => matches.count()).toBe(1);
    expect(await matches.first().locator('mark').allTextContents()).toEqual(['whiteboard']);
    await page.getByLabel('Search drafts').fill('zeppelin');
    await page.getByRole('heading', { name: 'No drafts match' }).waitFor();
    await page.getByLabel('Search drafts').fill('whiteboard');
    await matches.first().getByRole('button').click();

    await page.getByRole('tab', { name: 'History' }).click();
    const history = page.getByRole('tabpanel', { name: 'History' });
    const restoreButtons = history.getByRole('button', { name: /^Restore the version from/ });
    await expect.poll(() => restoreButtons.count()).toBeGreaterThan(0);
    await restoreButtons.last().click();
    await expect.poll(() => bodyText(page)).toBe(filled);
    await expectSaved(page);
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await bodyText(page)).toBe(typed);
    await page.getByRole('button', { name: 'Redo' }).click();
    expect(await bodyText(page)).toBe(filled);
    await expectSaved(page);

    await page.getByRole('group', { name: 'Status' }).getByRole('radio', { name: 'Sent or said' }).click();
    const sent = page.getByRole('dialog', { name: 'When did you send it?' });
    await sent.getByRole('button', { name: 'Mark as sent' }).click();
    await page.locator('.status-sent-on').waitFor();
    const listed = await postApi(session.server, 'drafts:list', { status: 'sent' });
    expect((listed.body.value as DraftPage).items.map((item) => item.title)).toEqual([
      'Thank-you email after the decision for Priya Raman',
    ]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as .txt' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Thank-you email after the decision for Priya Raman.txt');
    const text = fs.readFileSync(await download.path(), 'utf8');
    expect(text).toBe(`Subject: Thank you, Priya\n\n${filled.trimEnd()}\n`);
  });

  it('shows a voicemail’s cue card, and prints only the card', async () => {
    const app = await session.open();
    const { page } = app;
    await page.getByRole('button', { name: /Priya Raman/ }).click();
    await page.getByRole('region', { name: 'Drafts' }).getByRole('button', { name: 'New draft' }).click();
    const dialog = page.getByRole('dialog', { name: 'New draft' });
    await dialog.getByRole('radio', { name: 'Voicemail', exact: true }).check();
    await dialog.getByRole('radio', { name: 'Voicemail after the decision' }).check();
    await dialog.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Voicemail to Priya Raman' }).waitFor();

    await page.getByRole('button', { name: 'Cue card' }).click();
    const card = page.getByRole('dialog', { name: 'Priya Raman' });
    await card.getByText('Voicemail cue card').waitFor();
    await card.getByText(HIGHLIGHT).waitFor();
    await card.getByText('Say your number twice, slowly').waitFor();
    await card.getByText(`Your number: ${SAMPLE_PROFILE.myPhone}`).waitFor();
    const cues = await card.getByRole('list', { name: 'What to say' }).locator('.cue-text').allTextContents();
    expect(cues).toHaveLength(3);
    for (const cue of cues) expect(cue.replace(/…/g, ' ').split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(8);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app').isVisible()).toBe(false);
    expect(await page.locator('.cue-card').isVisible()).toBe(true);
    expect(await card.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await card.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(true);
  });
});
