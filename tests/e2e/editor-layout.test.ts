import { describe, expect, it } from 'vitest';
import { recordCspViolations, watchPageProblems } from '../helpers/browser-mode';
import { postApi } from './support/seed';
import { useAppSession } from './support/session';
import { blockingAxeFindings, checkBox } from './support/window-checks';

/** Long enough that the text runs past the bottom of every window size tried. */
const LONG_BODY = Array.from(
  { length: 30 },
  (_, index) =>
    `Paragraph ${index + 1}: thank you for letting me know, and for the time the team gave me. ` +
    'I would love to be considered if a role opens up again.',
).join('\n\n');

describe('the message box in small and large windows', () => {
  const session = useAppSession({
    seed: async (server) => {
      const contact = await postApi(server, 'contacts:create', { name: 'Priya Raman', company: 'Northwind Labs' });
      const contactId = (contact.body.value as { id: number }).id;
      const draft = await postApi(server, 'drafts:create', { contactId, channel: 'email' });
      const created = draft.body.value as { id: number; title: string; subject: string };
      const { id, title, subject } = created;
      const saved = await postApi(server, 'drafts:save', {
        id,
        title,
        subject,
        body: LONG_BODY,
        checkpoint: false,
      });
      expect(saved.body.ok).toBe(true);
    },
  });

  for (const [width, height] of [
    [800, 600],
    [1280, 800],
    [1440, 900],
  ] as const) {
    it(`is at least 300 px wide at ${width}×${height}, nothing lies over it, a click on it lands, and axe finds nothing serious`, async () => {
      const context = await session.browser.newContext({ viewport: { width, height } });
      try {
        const page = await context.newPage();
        const problems = watchPageProblems(page);
        await recordCspViolations(page);
        await page.goto(session.server.url);
        await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Drafts' }).click();
        await page
          .getByRole('list', { name: 'Drafts' })
          .getByRole('button', { name: /Priya Raman/ })
          .click();
        const message = page.getByRole('textbox', { name: 'Message' });
        await message.waitFor();
        await message.scrollIntoViewIfNeeded();

        // As the screen opens, then with the end of the box scrolled into view (where a sticky
        // footer would lie over it).
        for (const step of ['top', 'end'] as const) {
          if (step === 'end') {
            await page.evaluate(() => {
              const box = document.querySelector('.body-field .cm-editor')!;
              box.scrollIntoView({ block: 'end' });
            });
          }
          const check = await checkBox(page);
          expect(check.width, `${step}: the box's width`).toBeGreaterThanOrEqual(300);
          expect(check.covered, `${step}: points of the box under something else`).toEqual([]);
          expect(check.footerOverlaps, `${step}: the footer lies over the box`).toBe(false);
          expect(check.probe, `${step}: some of the box is in view`).not.toBeNull();
          await page.mouse.click(check.probe!.x, check.probe!.y);
          expect(await message.evaluate((content) => content.contains(document.activeElement))).toBe(true);
          await page.keyboard.press('Escape');
        }
        expect(await blockingAxeFindings(page)).toEqual([]);
        expect(problems.list).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
