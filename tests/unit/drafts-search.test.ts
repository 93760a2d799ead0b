import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Draft, DraftPage } from '../../core/drafts';
import { createTestApp } from '../helpers/test-app';

/**
 * drafts:list with a search picks the page's ids first and builds snippets for that page only (see
 * searchDrafts in main/db/drafts-repository.ts). These tests hold it to the one-query form it replaced:
 * the same drafts, in the same order (best match, then the newest), with the same snippets and totals.
 */

let clock: Date;
let app: ReturnType<typeof createTestApp>;

beforeEach(() => {
  clock = new Date('2026-11-26T09:00:00Z');
  app = createTestApp(undefined, { clock: () => clock });
});
afterEach(() => app.dispose());

/** The single query drafts:list used before, as the reference. */
function reference(fts: string, status: string | null, limit: number, offset: number) {
  const filter = status ? 'AND d.status = @status' : '';
  const from = 'drafts_fts f JOIN drafts d ON d.id = f.rowid JOIN contacts c ON c.id = d.contact_id';
  const rows = app.db
    .prepare(
      `SELECT d.id, snippet(drafts_fts, 2, '[[', ']]', '…', 12) AS snippet FROM ${from}
       WHERE drafts_fts MATCH @fts ${filter} ORDER BY bm25(drafts_fts), d.updated_at DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ fts, status, limit, offset }) as { id: number; snippet: string }[];
  const total = (
    app.db.prepare(`SELECT count(*) AS n FROM ${from} WHERE drafts_fts MATCH @fts ${filter}`).get({ fts, status }) as {
      n: number;
    }
  ).n;
  return { rows, total };
}

describe('drafts search', () => {
  it('pages through matches in rank order, newest first among equals, with the same snippets and totals', async () => {
    const contactId = (await app.ok<{ id: number }>('contacts:create', { name: 'Amara Okafor' })).id;
    const bodies = [
      'The roadmap workshop was the best hour of the week.',
      'Thank you again for the roadmap workshop and the tour of the studio afterwards, it was kind.',
      'I keep thinking about the roadmap.',
      'Nothing to see in this one.',
    ];
    const ids: number[] = [];
    for (let i = 0; i < 24; i += 1) {
      const draft = await app.ok<Draft>('drafts:create', { contactId, channel: 'email' });
      // Many drafts share a body, so their bm25 scores tie and the newest must come first.
      await app.ok('drafts:save', { id: draft.id, subject: `Note ${i}`, body: bodies[i % bodies.length] });
      if (i % 3 === 0) await app.ok('drafts:set-status', { id: draft.id, status: 'sent', sentOn: '2026-11-20' });
      ids.push(draft.id);
      clock = new Date(clock.getTime() + (i % 2 === 0 ? 60_000 : -30_000));
    }

    for (const [search, fts] of [
      ['roadmap workshop', '"roadmap"* "workshop"*'],
      ['roadm', '"roadm"*'],
    ] as const) {
      for (const status of [null, 'sent'] as const) {
        const pages: DraftPage[] = [];
        for (const offset of [0, 5, 10, 15]) {
          pages.push(await app.ok<DraftPage>('drafts:list', { search, status, limit: 5, offset }));
        }
        const expected = reference(fts, status, 100, 0);
        expect(expected.rows.length).toBeGreaterThan(3);
        for (const page of pages) expect(page.total).toBe(expected.total);
        const items = pages.flatMap((page) => page.items);
        expect(items.map((item) => item.id)).toEqual(expected.rows.map((row) => row.id));
        expect(items.map((item) => item.snippet)).toEqual(expected.rows.map((row) => row.snippet));
        expect(items.every((item) => item.snippet?.includes('[[roadm'))).toBe(true);
        expect(items[0]).toMatchObject({ contactName: 'Amara Okafor', contactId });
      }
    }
    expect(ids).toHaveLength(24);
    expect(await app.ok<DraftPage>('drafts:list', { search: 'roadmap', limit: 5, offset: 500 })).toEqual({
      items: [],
      total: 18,
    });
  });
});
