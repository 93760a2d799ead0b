import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Contact, ContactPage } from '../../core/contacts';
import type { BrowserModeServer } from '../helpers/browser-mode';
import { useAppSession } from './support/session';
import { postApi } from './support/seed';

async function listAll(server: BrowserModeServer, archived = false): Promise<Contact[]> {
  const result = await postApi(server, 'contacts:list', { archived });
  expect(result.body.ok).toBe(true);
  return (result.body.value as ContactPage).items;
}

function rowButton(page: Page, name: string) {
  return page.locator('.contact-list').getByRole('button', { name: new RegExp(name) });
}

async function expectStatus(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.getByRole('status').textContent()).toBe(text);
}

async function expectRowCount(page: Page, name: string, count: number): Promise<void> {
  await expect.poll(() => rowButton(page, name).count()).toBe(count);
}

describe('contacts in browser mode', () => {
  const session = useAppSession();

  it('creates, edits, finds, archives, unarchives and deletes a contact', async () => {
    const app = await session.open();
    const { page } = app;
    expect(page.url()).not.toContain('token=');
    await page.getByRole('heading', { name: 'No contacts yet' }).waitFor();

    await page.getByRole('button', { name: 'New contact' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('contact-name');
    await page.getByLabel('Name', { exact: true }).fill('Priya Raman');
    await page.getByLabel('Job title').fill('Engineering Manager');
    await page.getByLabel('Company').fill('Northwind Labs');
    await page.getByLabel('Relationship').selectOption({ label: 'Hiring manager' });
    await page.getByLabel('Email').fill('priya@northwind.example');
    await page.getByLabel('Position applied for').fill('Senior Frontend Engineer');
    await page.getByLabel('Interview date').fill('2026-01-10');
    await page.getByLabel('Decision date').fill('2026-01-20');
    await page.getByRole('form', { name: 'New contact' }).getByLabel('Status').selectOption({ label: 'Thanked' });
    await page.getByLabel('Notes').fill('Mentioned a platform team opening after the summer.');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await expectStatus(page, 'Saved');
    await expectRowCount(page, 'Priya Raman', 1);

    const [created] = await listAll(session.server);
    expect(created).toMatchObject({
      name: 'Priya Raman',
      jobTitle: 'Engineering Manager',
      company: 'Northwind Labs',
      email: 'priya@northwind.example',
      interviewDate: '2026-01-10',
      decisionDate: '2026-01-20',
      status: 'thanked',
      relationship: 'hiring-manager',
    });
    expect(created?.nextStep).toEqual({ state: 'none', step: null, label: 'Nothing planned', due: null });

    await page.getByLabel('Job title').fill('Director of Engineering');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await expect.poll(async () => (await listAll(session.server))[0]?.jobTitle).toBe('Director of Engineering');
    await expectRowCount(page, 'Director of Engineering at Northwind Labs', 1);

    await postApi(session.server, 'contacts:create', { name: 'Elena Fischer', company: 'Brightline Health' });
    const search = page.getByLabel('Search contacts');
    await search.fill('north');
    await expectRowCount(page, 'Priya Raman', 1);
    await expectRowCount(page, 'Elena Fischer', 0);
    await search.fill('brightl');
    await expectRowCount(page, 'Elena Fischer', 1);
    await expectRowCount(page, 'Priya Raman', 0);
    await search.fill('nobody-by-this-name');
    await page.getByRole('heading', { name: 'No one matches' }).waitFor();
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expectRowCount(page, 'Elena Fischer', 1);

    await rowButton(page, 'Priya Raman').click();
    await page.getByRole('button', { name: 'Archive', exact: true }).click();
    await expectStatus(page, 'Archived');
    await expectRowCount(page, 'Priya Raman', 0);
    await page.getByLabel('Show archived').check();
    await expectRowCount(page, 'Priya Raman', 1);
    await expectRowCount(page, 'Elena Fischer', 0);
    await page.getByRole('button', { name: 'Unarchive' }).click();
    await expectStatus(page, 'Unarchived');
    await expectRowCount(page, 'Priya Raman', 0);
    await page.getByLabel('Show archived').uncheck();
    await expectRowCount(page, 'Priya Raman', 1);

    await page.getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete Priya Raman?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Keep' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Delete…');
    expect((await listAll(session.server)).map((contact) => contact.name)).toContain('Priya Raman');

    await page.getByRole('button', { name: 'Delete…' }).click();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expectStatus(page, 'Deleted');
    await expectRowCount(page, 'Priya Raman', 0);
    expect((await listAll(session.server)).map((contact) => contact.name)).toEqual(['Elena Fischer']);
  });

  it('answers the keyboard: Ctrl+F searches, Ctrl+N starts a contact, Escape cancels', async () => {
    const app = await session.open();
    const { page } = app;
    await expectRowCount(page, 'Elena Fischer', 1);
    await page.keyboard.press('Control+f');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('contact-search');
    await page.keyboard.press('Control+n');
    await page.getByRole('heading', { name: 'New contact', level: 2 }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('contact-name');
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'New contact', level: 2 }).waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('New contact');
  });

  it('refuses invalid input in the form and creates nothing', async () => {
    const app = await session.open();
    const { page } = app;
    const before = await listAll(session.server);
    await page.getByRole('button', { name: 'New contact' }).click();
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByLabel('LinkedIn URL').fill('http://example.com/me');
    await page.getByRole('button', { name: 'Save contact' }).click();

    const name = page.getByLabel('Name', { exact: true });
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Name is required').waitFor();
    await page.getByText('Email must look like name@example.com').waitFor();
    await page.getByText('LinkedIn URL must be an https://…linkedin.com address').waitFor();
    expect(await page.getByLabel('Email').getAttribute('aria-describedby')).toContain('contact-email-error');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('contact-name');
    expect(await listAll(session.server)).toEqual(before);
  });

  it('keeps contacts after the server stops and starts again on the same data folder', async () => {
    const app = await session.open();
    const { page } = app;
    await page.getByRole('button', { name: 'New contact' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Marcus Oyelaran');
    await page.getByLabel('Company').fill('Quarry Systems');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await expectStatus(page, 'Saved');
    await page.getByRole('list', { name: 'Proposed follow-ups' }).waitFor();

    expect(await session.restart()).toBe(0);
    await page.goto(session.server.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Contacts' }).click();
    await expectRowCount(page, 'Marcus Oyelaran', 1);
    await expectRowCount(page, 'Elena Fischer', 1);
  });
});
