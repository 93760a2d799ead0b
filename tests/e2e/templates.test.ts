import { describe, expect, it } from 'vitest';
import type { TemplateLibrary } from '../../core/templates';
import { useAppSession } from './support/session';
import { blockingAxeFindings } from './support/window-checks';
import { postApi } from './support/seed';

describe('templates in browser mode', () => {
  const session = useAppSession();

  it('lists the built-in templates, copies one to edit, and saves the copy as the person\u2019s own', async () => {
    const app = await session.open();
    const { page } = app;
    await page.getByRole('button', { name: 'Templates' }).click();
    await page.getByRole('heading', { name: 'Templates', level: 1 }).waitFor();
    await page.getByText('Voicemail after the decision').first().click();
    await page.getByRole('button', { name: 'Duplicate to edit' }).click();
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Voicemail after the decision (my copy)');
    await page.getByLabel('Title').fill('My short voicemail');
    await page.getByRole('button', { name: 'Save template' }).click();
    await expect
      .poll(async () => {
        const library = (await postApi(session.server, 'templates:list', {})).body.value as TemplateLibrary;
        return library.templates.filter((t) => t.source === 'user').map((t) => `${t.channel}:${t.title}`);
      })
      .toEqual(['voicemail:My short voicemail']);
    const library = (await postApi(session.server, 'templates:list', {})).body.value as TemplateLibrary;
    expect(library.templates.filter((t) => t.source === 'builtin').map((t) => t.title)).toContain(
      'Voicemail after the decision',
    );
    expect(await blockingAxeFindings(page)).toEqual([]);
  });
});
