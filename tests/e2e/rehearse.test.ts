import { describe, expect, it } from 'vitest';
import { pickContact } from './support/app-page';
import { useAppSession } from './support/session';
import { postApi, seedDrafts } from './support/seed';

describe('rehearse the call in browser mode', () => {
  const session = useAppSession({ seed: seedDrafts });

  it('picks a contact, script and scenario, answers by typing through the warm pickup, sees the review, and finds it in history after a reload', async () => {
    const app = await session.open();
    const { page } = app;
    await page.getByRole('button', { name: 'Rehearse' }).click();
    await page.getByRole('heading', { name: 'Rehearse', level: 1 }).waitFor();
    await pickContact(page, 'Who are you calling?', 'Marcus', 'Marcus Oyelaran (Northwind Labs)');
    await expect.poll(() => page.getByLabel('Your script').locator('option').count()).toBe(2);
    await page.getByLabel('Your script').selectOption({ index: 1 });
    await page.getByRole('radio', { name: /A warm pickup/ }).check();
    await page.getByRole('region', { name: 'Ready?' }).getByText('Marcus Oyelaran').waitFor();
    await page.getByRole('button', { name: 'Start the call' }).click();

    const answers = [
      'Hi Marcus, it is Sam. Is this a good time for a quick chat?',
      'Thank you for your time in the interviews. I am still very keen on the team and the work you do.',
      'Could I stay on your radar if something similar opens up?',
    ];
    await page.getByText('Hello, Marcus speaking.').waitFor();
    await page.getByRole('timer').waitFor();
    // Headless Chromium has no system voice, so the line is spoken by Flite (WebAssembly, served locally).
    await page.getByRole('button', { name: 'Hear their line' }).click();
    await page.locator('[data-voice-state="played"]').waitFor({ timeout: 30_000 });
    for (const answer of answers) {
      await page.getByLabel('Your answer').fill(answer);
      await page.getByRole('button', { name: 'Send answer' }).click();
      await page.getByRole('list', { name: 'The call so far' }).getByText(answer).waitFor();
    }
    await page.getByText(/I'd be glad to\. I'll keep your details/).waitFor();
    await page.getByRole('button', { name: 'See your review' }).click();
    await page.getByRole('heading', { name: 'Review: A warm pickup with Marcus Oyelaran' }).waitFor();
    const parts = page.getByRole('list', { name: 'The three parts' });
    await parts.getByText('thanks: said').waitFor();
    await parts.getByText('still keen: said').waitFor();
    await parts.getByText('stay in touch: said').waitFor();
    await expect.poll(() => page.locator('.review-tips li').count()).toBe(3);
    await page.getByRole('heading', { name: 'Answer by answer' }).waitFor();

    // After the real call: one click logs how it went on the contact's timeline.
    await page.getByLabel('A note (optional)').fill('Marcus picked up; he will keep me in mind.');
    await page
      .getByRole('group', { name: 'How the real call went' })
      .getByRole('button', { name: 'Reached them' })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Logged “Reached them” on Marcus Oyelaran’s timeline.' })
      .waitFor();
    const rehearsalsNow = (await postApi(session.server, 'rehearsals:list', {})).body.value as { contactId: number }[];
    const logged = (await postApi(session.server, 'interactions:list', { contactId: rehearsalsNow[0]?.contactId })).body
      .value as { kind: string; outcome: string; summary: string }[];
    expect(logged).toEqual([
      expect.objectContaining({
        kind: 'call',
        outcome: 'reached',
        summary: 'Marcus picked up; he will keep me in mind.',
      }),
    ]);

    await page.reload();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Rehearse' }).click();
    const history = page.getByRole('table', { name: /Progress across rehearsals/ });
    await history.getByRole('cell', { name: 'A warm pickup', exact: true }).waitFor();
    await history.getByRole('cell', { name: '100%', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Open the review of A warm pickup with Marcus Oyelaran' }).click();
    await page.getByRole('heading', { name: 'Review: A warm pickup with Marcus Oyelaran' }).waitFor();

    const stored = (await postApi(session.server, 'rehearsals:list', {})).body.value as { status: string }[];
    expect(stored.map((r) => r.status)).toEqual(['finished']);
  });
});
