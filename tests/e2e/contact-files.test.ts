import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../core/contacts';
import { useAppSession } from './support/session';
import { blockingAxeFindings } from './support/window-checks';
import { postApi } from './support/seed';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'contacts');

describe('contacts from other programs’ files, end to end', () => {
  const session = useAppSession();

  it('imports a French Outlook file in Windows-1252: says how it read it, what it kept, and imports on confirm', async () => {
    const app = await session.open('today');
    const { page } = app;
    await page
      .getByLabel('Contacts file to import')
      .setInputFiles(path.join(FIXTURES, 'written/outlook-fr-cp1252.csv'));
    const dialog = page.getByRole('dialog', { name: 'Import contacts' });
    await dialog.getByText(/not UTF-8, so it was read as Windows-1252/).waitFor();
    await dialog.getByText('Recognised layout: Outlook (French).').waitFor();
    const rows = dialog.getByRole('list', { name: 'Rows to import' });
    await expect
      .poll(() => rows.textContent())
      .toContain('Row 2: Hélène Lefèvre. Kept: Name, Job title, Company, Email, Phone, Notes.');
    expect(await dialog.getByLabel('Titre', { exact: true }).inputValue()).toBe('');
    expect(await dialog.getByLabel('Titre (2)').inputValue()).toBe('jobTitle');
    expect(await blockingAxeFindings(page, { include: '[role="dialog"]' })).toEqual([]);
    await dialog.getByRole('button', { name: 'Import 2 contacts' }).click();
    await dialog.waitFor({ state: 'detached' });
    const listed = await postApi(session.server, 'contacts:list', {});
    const items = (listed.body.value as { items: Contact[] }).items;
    expect(items.find((c) => c.name === 'Hélène Lefèvre')).toMatchObject({
      company: 'Société Générale des Données',
      jobTitle: 'Responsable du recrutement',
    });
  });

  it('names a file that is not contacts and opens no dialog', async () => {
    const app = await session.open('today');
    const { page } = app;
    await page.getByLabel('Contacts file to import').setInputFiles({
      name: 'contacts.vcf',
      mimeType: 'text/vcard',
      buffer: Buffer.from('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n'),
    });
    await page.getByText('contacts.vcf: This is a calendar file (.ics), not a list of contacts.').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
  });
});
