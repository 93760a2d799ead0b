import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppSession } from './support/session';
import { blockingAxeFindings } from './support/window-checks';
import { DELETE_ALL_WORD } from '../../core/data';
import { downloadPlainExport, ensureContacts, postApi, seedDrafts, seedFollowups } from './support/seed';

describe.each(['light', 'dark'] as const)('accessibility in the %s theme (axe)', (theme) => {
  const session = useAppSession({ seed: (server) => postApi(server, 'settings:update', { theme }) });

  async function openThemedApp(start: 'contacts' | 'today' = 'contacts'): Promise<Page> {
    const { page } = await session.open(start);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    return page;
  }

  it('empty contacts list', async () => {
    // Whatever ran before: start from no data at all (delete-all also resets the theme, so pin it again).
    expect((await postApi(session.server, 'data:delete-all', { confirmation: DELETE_ALL_WORD })).body.ok).toBe(true);
    await postApi(session.server, 'settings:update', { theme });
    const page = await openThemedApp();
    await page.getByRole('heading', { name: 'No contacts yet' }).waitFor();
    expect(await blockingAxeFindings(page, { screen: `empty list, ${theme}` })).toEqual([]);
  });

  it('contact list with the form showing validation errors', async () => {
    await ensureContacts(session.server);
    const page = await openThemedApp();
    await page.getByRole('button', { name: /Priya Raman/ }).waitFor();
    await page.getByRole('button', { name: 'New contact' }).click();
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page.getByText('Name is required').waitFor();
    await page.getByText('Email must look like name@example.com').waitFor();
    expect(await blockingAxeFindings(page, { screen: `form errors, ${theme}` })).toEqual([]);
  });

  it('delete confirmation dialog', async () => {
    await ensureContacts(session.server);
    const page = await openThemedApp();
    await page.getByRole('button', { name: /Priya Raman/ }).click();
    await page.getByRole('button', { name: 'Delete…' }).click();
    await page.getByRole('alertdialog', { name: 'Delete Priya Raman?' }).waitFor();
    expect(await blockingAxeFindings(page, { screen: `delete dialog, ${theme}` })).toEqual([]);
  });

  it('settings', async () => {
    const page = await openThemedApp();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByText('Database file').waitFor();
    expect(await blockingAxeFindings(page, { screen: `settings, ${theme}` })).toEqual([]);
  });

  it('drafts list, with a search that marks its matches', async () => {
    await seedDrafts(session.server);
    const page = await openThemedApp();
    await page.getByRole('button', { name: 'Drafts' }).click();
    await page.getByRole('list', { name: 'Drafts' }).waitFor();
    expect(await blockingAxeFindings(page, { screen: `drafts list, ${theme}` })).toEqual([]);
    await page.getByLabel('Search drafts').fill('radar');
    await page.getByRole('list', { name: 'Matching drafts' }).locator('mark').first().waitFor();
    expect(await blockingAxeFindings(page, { screen: `drafts search, ${theme}` })).toEqual([]);
  });

  it('editor with the coach panel, a placeholder to fill and the history tab', async () => {
    await seedDrafts(session.server);
    const page = await openThemedApp();
    await page.getByRole('button', { name: 'Drafts' }).click();
    await page.getByRole('button', { name: /Thank-you email after the decision/ }).click();
    await page.getByText('Still to fill:').waitFor();
    await page.locator('.coach-summary').waitFor();
    await page.locator('.coach-quote').first().hover();
    expect(await blockingAxeFindings(page, { screen: `editor and coach, ${theme}` })).toEqual([]);
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('tabpanel', { name: 'History' }).getByRole('listitem').first().waitFor();
    expect(await blockingAxeFindings(page, { screen: `editor history, ${theme}` })).toEqual([]);
  });

  it('new draft dialog', async () => {
    await seedDrafts(session.server);
    const page = await openThemedApp();
    await page.getByRole('button', { name: /Priya Raman/ }).click();
    await page.getByRole('region', { name: 'Drafts' }).getByRole('button', { name: 'New draft' }).click();
    const dialog = page.getByRole('dialog', { name: 'New draft' });
    await dialog.getByRole('radio', { name: 'Blank' }).waitFor();
    await dialog.getByRole('radio', { name: 'Thank-you email after the decision' }).waitFor();
    expect(await blockingAxeFindings(page, { screen: `new draft dialog, ${theme}` })).toEqual([]);
  });

  it('cue card', async () => {
    await seedDrafts(session.server);
    const page = await openThemedApp();
    await page.getByRole('button', { name: 'Drafts' }).click();
    await page.getByRole('button', { name: /Voicemail after the decision/ }).click();
    await page.getByRole('button', { name: 'Cue card' }).click();
    await page.getByRole('dialog', { name: 'Marcus Oyelaran' }).getByText('Say your number twice, slowly').waitFor();
    expect(await blockingAxeFindings(page, { screen: `cue card, ${theme}` })).toEqual([]);
  });
  it('rehearse: setup with the readiness card, a call in progress, and the review', async () => {
    await seedDrafts(session.server);
    const page = await openThemedApp();
    await page.getByRole('button', { name: 'Rehearse' }).click();
    await page.getByRole('region', { name: 'Ready?' }).waitFor();
    expect(await blockingAxeFindings(page, { screen: `rehearse setup, ${theme}` })).toEqual([]);
    await page.getByRole('radio', { name: /A warm pickup/ }).check();
    await page.getByRole('button', { name: 'Start the call' }).click();
    await page.getByRole('timer').waitFor();
    expect(await blockingAxeFindings(page, { screen: `rehearse call, ${theme}` })).toEqual([]);
    for (const answer of [
      'Hi, is this a good time?',
      'Thank you for your time. I am still keen on the team.',
      'Could we stay in touch?',
    ]) {
      await page.getByLabel('Your answer').fill(answer);
      await page.getByRole('button', { name: 'Send answer' }).click();
      await page.getByRole('list', { name: 'The call so far' }).getByText(answer).waitFor();
    }
    await page.getByRole('button', { name: 'See your review' }).click();
    await page.getByRole('heading', { name: 'Answer by answer' }).waitFor();
    expect(await blockingAxeFindings(page, { screen: `rehearse review, ${theme}` })).toEqual([]);
  });

  it('your data: import preview, restore and delete-all dialogs', async () => {
    await ensureContacts(session.server);
    await postApi(session.server, 'backups:create', {});
    const content = await downloadPlainExport(session.server);
    const page = await openThemedApp();
    await page.getByRole('button', { name: 'Settings' }).click();
    const section = page.getByRole('region', { name: 'Your data', exact: true });
    await section.getByRole('list', { name: 'Backups' }).waitFor();
    expect(await blockingAxeFindings(page, { screen: `your data, ${theme}` })).toEqual([]);

    await section
      .getByTestId('import-file')
      .setInputFiles({ name: 'export.jsonl.gz', mimeType: 'application/gzip', buffer: content });
    const preview = page.getByRole('alertdialog', { name: 'Import export.jsonl.gz?' });
    await preview.getByRole('table').waitFor();
    expect(await blockingAxeFindings(page, { screen: `import preview, ${theme}` })).toEqual([]);
    await preview.getByRole('button', { name: 'Cancel' }).click();

    await section
      .getByRole('button', { name: /^Restore the backup from / })
      .first()
      .click();
    const restore = page.getByRole('alertdialog', { name: /^Go back to the backup from / });
    await restore.waitFor();
    expect(await blockingAxeFindings(page, { screen: `restore dialog, ${theme}` })).toEqual([]);
    await restore.getByRole('button', { name: 'Cancel' }).click();

    await section.getByRole('button', { name: 'Delete all my data…' }).click();
    const remove = page.getByRole('alertdialog', { name: 'Delete everything Someday holds?' });
    await remove.getByRole('button', { name: 'Delete everything' }).click();
    await remove.getByRole('alert').waitFor();
    expect(await blockingAxeFindings(page, { screen: `delete-all dialog, ${theme}` })).toEqual([]);
    await remove.getByRole('button', { name: 'Keep my data' }).click();
  });

  it('Today with due follow-ups and outcomes, and its done and snooze dialogs', async () => {
    await seedFollowups(session.server);
    const page = await openThemedApp('today');
    await page.getByRole('list', { name: 'Due follow-ups' }).getByRole('listitem').first().waitFor();
    await page.getByRole('table', { name: 'Follow-ups and replies by channel' }).waitFor();
    expect(await blockingAxeFindings(page, { screen: `today, ${theme}` })).toEqual([]);
    await page
      .getByRole('button', { name: /^Done… with/ })
      .first()
      .click();
    await page
      .getByRole('dialog', { name: /^Done:/ })
      .getByText('Before you go ahead')
      .waitFor();
    expect(await blockingAxeFindings(page, { screen: `done dialog, ${theme}` })).toEqual([]);
    await page.keyboard.press('Escape');
    await page
      .getByRole('button', { name: /^Snooze…/ })
      .first()
      .click();
    const snooze = page.getByRole('dialog', { name: /^Snooze:/ });
    await snooze.getByRole('radio', { name: 'Until a day I choose' }).check();
    await snooze.getByLabel('Snooze until').waitFor();
    expect(await blockingAxeFindings(page, { screen: `snooze dialog, ${theme}` })).toEqual([]);
  });

  it('a contact’s follow-up plan, timeline and log form, and the rhythm settings', async () => {
    await seedFollowups(session.server);
    const page = await openThemedApp();
    await page
      .locator('.contact-list')
      .getByRole('button', { name: /Radar Person/ })
      .first()
      .click();
    await page.getByRole('list', { name: 'Timeline' }).waitFor();
    await page.getByRole('button', { name: 'Plan follow-ups…' }).click();
    await page.getByRole('list', { name: 'Proposed follow-ups' }).waitFor();
    await page.getByRole('button', { name: 'Log', exact: true }).click();
    await page.getByRole('form', { name: 'Log an interaction' }).waitFor();
    expect(await blockingAxeFindings(page, { screen: `contact radar, ${theme}` })).toEqual([]);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Follow-up rhythm' }).waitFor();
    expect(await blockingAxeFindings(page, { screen: `rhythm settings, ${theme}` })).toEqual([]);
  });
});
