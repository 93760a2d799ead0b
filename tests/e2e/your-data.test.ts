import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ContactPage } from '../../core/contacts';
import type { BrowserModeServer } from '../helpers/browser-mode';
import { useAppSession } from './support/session';
import { downloadPlainExport, postApi, seedContacts, seedDrafts } from './support/seed';

async function contactNames(server: BrowserModeServer): Promise<string[]> {
  const result = await postApi(server, 'contacts:list', { archived: false });
  expect(result.body.ok).toBe(true);
  return (result.body.value as ContactPage).items.map((contact) => contact.name).sort();
}

function yourData(page: Page) {
  return page.getByRole('region', { name: 'Your data', exact: true });
}

describe('your data in browser mode: export, delete all, import it back', () => {
  const session = useAppSession({
    seed: async (server) => {
      await seedContacts(server);
      await seedDrafts(server);
      await postApi(server, 'settings:update', { theme: 'dark', myName: 'Sam Carter' });
    },
  });

  it('brings everything back after deleting it all', async () => {
    const names = await contactNames(session.server);
    expect(names.length).toBeGreaterThan(2);
    const drafts = await postApi(session.server, 'drafts:list', {});
    const draftTotal = (drafts.body.value as { total: number }).total;
    expect(draftTotal).toBeGreaterThan(0);

    const app = await session.open();
    const { page } = app;
    await page.getByRole('button', { name: 'Settings' }).click();
    const section = yourData(page);
    await section.waitFor();

    await section.getByRole('button', { name: 'Export all my data' }).click();
    const exporting = page.getByRole('dialog', { name: 'Export all my data' });
    await exporting.getByLabel('Passphrase for the file').fill('an export passphrase');
    await exporting.getByLabel('The same passphrase again').fill('an export passphrase');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exporting.getByRole('button', { name: 'Export encrypted' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^someday-export-\d{4}-\d{2}-\d{2}\.jsonl\.gz\.age$/);
    const exportPath = path.join(
      session.server.dataDir,
      '..',
      `${path.basename(session.server.dataDir)}-export.jsonl.gz.age`,
    );
    await download.saveAs(exportPath);
    await section.getByText(/^Saved a copy of all your data/).waitFor();

    await section.getByRole('button', { name: 'Delete all my data…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete everything Someday holds?' });
    await dialog.getByLabel('Type DELETE to confirm').fill('DELETE');
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await section.getByText('All your data is deleted. Someday is empty again.').waitFor();
    expect(await contactNames(session.server)).toEqual([]);
    // Left: the fresh database, the key file (the wrapped key the fresh one is encrypted with) and the lock.
    const kept = ['someday.keys.json', 'someday.lock', 'someday.lock.json'];
    expect(
      fs
        .readdirSync(session.server.dataDir)
        .filter((name) => !name.startsWith('someday.sqlite') && !kept.includes(name)),
    ).toEqual([]);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).not.toBe('dark');

    await section.getByTestId('import-file').setInputFiles(exportPath);
    const preview = page.getByRole('alertdialog', { name: /^Import .*\.age\?$/ });
    await preview.getByLabel('Passphrase of the file').fill('an export passphrase');
    await preview.getByRole('button', { name: 'Open the file' }).click();
    const contactsRow = preview.getByRole('row', {
      name: new RegExp(`^Contacts ${names.length} ${names.length} 0 0$`),
    });
    await contactsRow.waitFor();
    await preview.getByRole('button', { name: 'Replace my data with this file' }).click();
    await section.getByText(/^Imported: Someday now holds \d+ contacts? and \d+ drafts?\./).waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    expect(await contactNames(session.server)).toEqual(names);
    const after = await postApi(session.server, 'drafts:list', {});
    expect((after.body.value as { total: number }).total).toBe(draftTotal);
    await section
      .getByRole('list', { name: 'Backups' })
      .getByText(/Before an import/)
      .waitFor();

    await page.getByRole('button', { name: 'Contacts' }).click();
    await page
      .locator('.contact-list')
      .getByRole('button', { name: new RegExp(names[0]!) })
      .waitFor();
    fs.rmSync(exportPath, { force: true });
  });

  it('refuses a damaged file and changes nothing', async () => {
    const before = await contactNames(session.server);
    const content = zlib.gunzipSync(await downloadPlainExport(session.server)).toString('utf8');
    const damaged = content.replace('"Priya', '"Pryia');
    expect(damaged).not.toBe(content);
    const app = await session.open();
    const { page } = app;
    await page.getByRole('button', { name: 'Settings' }).click();
    await yourData(page)
      .getByTestId('import-file')
      .setInputFiles({ name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from(damaged) });
    const preview = page.getByRole('alertdialog', { name: 'Import damaged.json?' });
    await preview
      .getByRole('alert')
      .getByText(/damaged/)
      .waitFor();
    expect(await preview.getByRole('button', { name: /Replace/ }).count()).toBe(0);
    await preview.getByRole('button', { name: 'Close' }).click();
    expect(await contactNames(session.server)).toEqual(before);
    // The refusal is an HTTP 400 answer, which Chromium logs; it is the expected one, and the only one.
    const refusals = app.problems.list.filter((problem) => /status of 400/.test(problem));
    expect(refusals).toHaveLength(1);
    app.problems.list.splice(app.problems.list.indexOf(refusals[0]!), 1);
  });
});
