import { describe, expect, it } from 'vitest';
import type { Contact } from '../../core/contacts';
import type { Interaction, Reminder } from '../../core/followups';
import { useAppSession } from './support/session';
import { postApi } from './support/seed';

/** The calendar day after `day` (YYYY-MM-DD), by date arithmetic alone: no clock, no time zone. */
function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

describe('staying on the radar, end to end', () => {
  const session = useAppSession();

  it('marks a contact rejected, shows the plan, confirms it, and completes the follow-up from Today', async () => {
    // Read the clock once: the expected thank-you day follows from the decision day, so the test
    // cannot straddle midnight between two readings.
    const decisionDay = daysAgo(3);
    const created = await postApi(session.server, 'contacts:create', {
      name: 'Lena Okafor',
      company: 'Harbour Robotics',
      email: 'lena@harbour.example',
      status: 'thanked',
      decisionDate: decisionDay,
    });
    const contact = created.body.value as Contact;
    const app = await session.open();
    const { page } = app;

    await page
      .locator('.contact-list')
      .getByRole('button', { name: /Lena Okafor/ })
      .click();
    const form = page.getByRole('form', { name: 'Lena Okafor' });
    await form.getByLabel('Status').selectOption('rejected');
    await form.getByRole('button', { name: 'Save contact' }).click();

    const plan = page.getByRole('region', { name: 'Stay on Lena Okafor’s radar' });
    await plan.getByRole('list', { name: 'Proposed follow-ups' }).waitFor();
    await expect.poll(() => plan.getByLabel('Day').count()).toBe(3);
    expect(await plan.getByLabel('Day').first().inputValue()).toBe(dayAfter(decisionDay));
    await plan.getByRole('button', { name: 'Confirm plan' }).click();
    await page.getByRole('list', { name: 'Planned follow-ups' }).getByRole('listitem').nth(2).waitFor();
    const planned = await postApi(session.server, 'reminders:list', { contactId: contact.id });
    expect((planned.body.value as Reminder[]).map((r) => r.step)).toEqual(['thank-you', 'check-in', 'quarterly']);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Today' }).click();
    const due = page.getByRole('list', { name: 'Due follow-ups' });
    const card = due.getByRole('listitem', { name: /Say thank you: Lena Okafor/ });
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Overdue since/);
    await card.getByRole('button', { name: 'Done… with Lena Okafor' }).click();
    const dialog = page.getByRole('dialog', { name: 'Done: Lena Okafor' });
    await dialog.getByLabel('A few words (optional)').fill('Thanked her for the warm conversation');
    await dialog.getByRole('button', { name: /^Log it/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => due.count()).toBe(0);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Contacts' }).click();
    await page
      .locator('.contact-list')
      .getByRole('button', { name: /Lena Okafor/ })
      .click();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByText('Thanked her for the warm conversation').waitFor();
    const logged = await postApi(session.server, 'interactions:list', { contactId: contact.id });
    expect((logged.body.value as Interaction[]).map((i) => [i.kind, i.outcome])).toEqual([['email', 'sent']]);
    const after = await postApi(session.server, 'contacts:get', { id: contact.id });
    expect((after.body.value as Contact).status).toBe('thanked');
  });
});
