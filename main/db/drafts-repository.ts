import type { z } from 'zod';
import { AppError } from '../../core/api-result';
import {
  DRAFT_CHANNELS,
  DRAFT_STATUSES,
  type Draft,
  type DraftChannel,
  type DraftListQuerySchema,
  type DraftPage,
  type DraftRevision,
  type DraftStatus,
  type DraftSummary,
} from '../../core/drafts';
import type { Db } from './connection';
import { toFtsQuery } from './fts';
import { known } from './row-check';
import { statement } from './statements';

/**
 * Drafts and their revision history. Autosave writes the draft in place; a revision snapshot is taken
 * when asked (blur, close, restore) or when the newest one is older than REVISION_INTERVAL_MS, and
 * only if the text changed, so history holds meaningful steps rather than every keystroke.
 */
export const REVISION_INTERVAL_MS = 2 * 60 * 1000;
export const MAX_REVISIONS_PER_DRAFT = 100;

export interface DraftRow {
  id: number;
  contact_id: number;
  channel: string;
  title: string;
  subject: string;
  body: string;
  template_id: string | null;
  status: string;
  sent_on: string | null;
  created_at: string;
  updated_at: string;
}

interface DraftSummaryRow extends Omit<DraftRow, 'body'> {
  contact_name: string;
  company: string;
  excerpt: string;
  snippet: string | null;
}

interface RevisionRow {
  id: number;
  draft_id: number;
  subject: string;
  body: string;
  created_at: string;
}

export function rowToDraft(row: DraftRow): Draft {
  return {
    id: row.id,
    contactId: row.contact_id,
    channel: known(DRAFT_CHANNELS, row.channel, 'drafts', 'channel'),
    title: row.title,
    subject: row.subject,
    body: row.body,
    templateId: row.template_id,
    status: known(DRAFT_STATUSES, row.status, 'drafts', 'status'),
    sentOn: row.sent_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function rowToSummary(row: DraftSummaryRow): DraftSummary {
  return {
    id: row.id,
    contactId: row.contact_id,
    channel: known(DRAFT_CHANNELS, row.channel, 'drafts', 'channel'),
    title: row.title,
    subject: row.subject,
    templateId: row.template_id,
    status: known(DRAFT_STATUSES, row.status, 'drafts', 'status'),
    sentOn: row.sent_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    contactName: row.contact_name,
    company: row.company,
    excerpt: row.excerpt.replace(/\s+/g, ' ').trim(),
    snippet: row.snippet,
  };
}

function rowToRevision(row: RevisionRow): DraftRevision {
  return { id: row.id, draftId: row.draft_id, subject: row.subject, body: row.body, createdAt: row.created_at };
}

function notFound(id: number): AppError {
  return new AppError('not-found', `No draft with id ${id}. It may have been deleted.`);
}

export function getDraft(db: Db, id: number): Draft {
  const row = statement(db, 'SELECT * FROM drafts WHERE id = ?').get(id) as DraftRow | undefined;
  if (!row) throw notFound(id);
  return rowToDraft(row);
}

export interface NewDraft {
  contactId: number;
  channel: DraftChannel;
  title: string;
  subject: string;
  body: string;
  templateId: string | null;
}

export function createDraft(db: Db, draft: NewDraft, now: string): Draft {
  const info = statement(
    db,
    `INSERT INTO drafts (contact_id, channel, title, subject, body, template_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(draft.contactId, draft.channel, draft.title, draft.subject, draft.body, draft.templateId, now, now);
  const id = Number(info.lastInsertRowid);
  addRevision(db, id, draft.subject, draft.body, now);
  return getDraft(db, id);
}

export interface DraftText {
  title?: string | undefined;
  subject: string;
  body: string;
  checkpoint: boolean;
}

export function saveDraftText(db: Db, id: number, text: DraftText, now: Date): Draft {
  const stamp = now.toISOString();
  const info = statement(
    db,
    'UPDATE drafts SET title = coalesce(?, title), subject = ?, body = ?, updated_at = ? WHERE id = ?',
  ).run(text.title ?? null, text.subject, text.body, stamp, id);
  if (info.changes === 0) throw notFound(id);
  const latest = latestRevision(db, id);
  const changed = !latest || latest.subject !== text.subject || latest.body !== text.body;
  const due = !latest || now.getTime() - Date.parse(latest.createdAt) >= REVISION_INTERVAL_MS;
  if (changed && (text.checkpoint || due)) addRevision(db, id, text.subject, text.body, stamp);
  return getDraft(db, id);
}

export function setDraftStatus(db: Db, id: number, status: DraftStatus, sentOn: string | null, now: string): Draft {
  const info = statement(db, 'UPDATE drafts SET status = ?, sent_on = ?, updated_at = ? WHERE id = ?').run(
    status,
    status === 'sent' ? (sentOn ?? now.slice(0, 10)) : null,
    now,
    id,
  );
  if (info.changes === 0) throw notFound(id);
  return getDraft(db, id);
}

export function deleteDraft(db: Db, id: number): void {
  if (statement(db, 'DELETE FROM drafts WHERE id = ?').run(id).changes === 0) throw notFound(id);
}

function latestRevision(db: Db, draftId: number): DraftRevision | null {
  const row = statement(db, 'SELECT * FROM draft_revisions WHERE draft_id = ? ORDER BY id DESC LIMIT 1').get(
    draftId,
  ) as RevisionRow | undefined;
  return row ? rowToRevision(row) : null;
}

function addRevision(db: Db, draftId: number, subject: string, body: string, now: string): void {
  statement(db, 'INSERT INTO draft_revisions (draft_id, subject, body, created_at) VALUES (?, ?, ?, ?)').run(
    draftId,
    subject,
    body,
    now,
  );
  statement(
    db,
    `DELETE FROM draft_revisions WHERE draft_id = ? AND id NOT IN
       (SELECT id FROM draft_revisions WHERE draft_id = ? ORDER BY id DESC LIMIT ?)`,
  ).run(draftId, draftId, MAX_REVISIONS_PER_DRAFT);
}

export function listRevisions(db: Db, draftId: number): DraftRevision[] {
  getDraft(db, draftId);
  const rows = statement(db, 'SELECT * FROM draft_revisions WHERE draft_id = ? ORDER BY id DESC').all(
    draftId,
  ) as RevisionRow[];
  return rows.map(rowToRevision);
}

/** Puts an earlier revision back, after keeping the current text as a revision of its own. */
export function restoreRevision(db: Db, draftId: number, revisionId: number, now: Date): Draft {
  const current = getDraft(db, draftId);
  const row = statement(db, 'SELECT * FROM draft_revisions WHERE id = ? AND draft_id = ?').get(revisionId, draftId) as
    RevisionRow | undefined;
  if (!row) throw new AppError('not-found', `That revision is no longer in this draft's history.`);
  saveDraftText(db, draftId, { subject: current.subject, body: current.body, checkpoint: true }, now);
  return saveDraftText(db, draftId, { subject: row.subject, body: row.body, checkpoint: true }, now);
}

export type DraftListFilter = z.output<typeof DraftListQuerySchema>;

const SUMMARY_COLUMNS = `d.id, d.contact_id, d.channel, d.title, d.subject, d.template_id, d.status, d.sent_on,
  d.created_at, d.updated_at, c.name AS contact_name, c.company AS company, substr(d.body, 1, 160) AS excerpt`;

export function listDrafts(db: Db, filter: DraftListFilter): DraftPage {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: filter.limit, offset: filter.offset };
  const fts = toFtsQuery(filter.search);
  if (!fts && filter.search !== '') return { items: [], total: 0 };
  if (fts) {
    where.push('drafts_fts MATCH @fts');
    params.fts = fts;
  }
  if (filter.contactId !== null) {
    where.push('d.contact_id = @contactId');
    params.contactId = filter.contactId;
  }
  if (filter.status !== null) {
    where.push('d.status = @status');
    params.status = filter.status;
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  if (fts) return searchDrafts(db, clause, params, where.length === 1);
  const from = 'drafts d JOIN contacts c ON c.id = d.contact_id';
  const total = (statement(db, `SELECT count(*) AS n FROM ${from} ${clause}`).get(params) as { n: number }).n;
  const rows = statement(
    db,
    `SELECT ${SUMMARY_COLUMNS}, NULL AS snippet
       FROM ${from} ${clause} ORDER BY d.updated_at DESC, d.id DESC LIMIT @limit OFFSET @offset`,
  ).all(params) as DraftSummaryRow[];
  return { items: rows.map(rowToSummary), total };
}

/**
 * A search in two steps, so the costly snippet() runs only for the page shown rather than for every
 * match (with 100,000 drafts a common word matches thousands): first the page's ids in rank order
 * (bm25, then the newest), then those drafts with their snippets. `+f.rowid` keeps the id list a
 * filter on the one full-text scan; without the `+`, FTS5 would rerun the query once per id. The
 * ranking and the count leave out the contacts join: every draft has a contact (NOT NULL, foreign keys
 * on, ON DELETE CASCADE), so the join drops no row, yet it cost one contacts lookup per match (a
 * decrypted page each; 2,000 matches took about 100 ms); only the page shown joins them. With no
 * filter but the search, the total comes from the full-text index alone: every indexed draft exists
 * (triggers keep the index in step) and has a contact (NOT NULL, ON DELETE CASCADE).
 */
/**
 * The page's ids for a search with no other filter, in the same order as `ORDER BY bm25, updated_at
 * DESC`: the scores come from the full-text index alone, the score of the page's last row is the cut,
 * and only the matches scoring at or under it (the page, its ties, and the pages before it) are
 * joined to their drafts for the newest-first tie-break. A common search no longer reads every
 * match's draft row. Each row also carries the number of matches (counted from the same scan, so the
 * index is not searched a second time for the total; 0.5 ms of 7 at full size).
 */
export const RANK_SEARCH_ONLY = `
  WITH m AS MATERIALIZED (SELECT rowid AS id, bm25(drafts_fts) AS score FROM drafts_fts WHERE drafts_fts MATCH @fts),
    cut AS (SELECT score FROM m ORDER BY score LIMIT 1 OFFSET @limit + @offset - 1)
  SELECT m.id, (SELECT count(*) FROM m) AS total FROM m JOIN drafts d ON d.id = m.id
   WHERE m.score <= coalesce((SELECT score FROM cut), 1e308)
   ORDER BY m.score, d.updated_at DESC LIMIT @limit OFFSET @offset`;

function searchDrafts(db: Db, clause: string, params: Record<string, unknown>, searchOnly: boolean): DraftPage {
  const matched = 'drafts_fts f JOIN drafts d ON d.id = f.rowid';
  const ranked = (
    searchOnly
      ? statement(db, RANK_SEARCH_ONLY).all({ fts: params.fts, limit: params.limit, offset: params.offset })
      : statement(
          db,
          `SELECT d.id FROM ${matched} ${clause} ORDER BY bm25(drafts_fts), d.updated_at DESC LIMIT @limit OFFSET @offset`,
        ).all(params)
  ) as { id: number; total?: number }[];
  // The ranking counted the matches, unless it returned no row (a page past the end) or had a filter.
  const total =
    ranked[0]?.total ??
    (
      (searchOnly
        ? statement(db, 'SELECT count(*) AS n FROM drafts_fts WHERE drafts_fts MATCH @fts').get({ fts: params.fts })
        : statement(db, `SELECT count(*) AS n FROM ${matched} ${clause}`).get(params)) as { n: number }
    ).n;
  const ids = ranked.map((row) => row.id);
  if (ids.length === 0) return { items: [], total };
  const rows = statement(
    db,
    `SELECT ${SUMMARY_COLUMNS}, snippet(drafts_fts, 2, '[[', ']]', '…', 12) AS snippet
       FROM ${matched} JOIN contacts c ON c.id = d.contact_id
      WHERE drafts_fts MATCH @fts AND +f.rowid IN (SELECT value FROM json_each(@ids))`,
  ).all({ fts: params.fts, ids: JSON.stringify(ids) }) as DraftSummaryRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [rowToSummary(row)] : [];
  });
  return { items, total };
}
