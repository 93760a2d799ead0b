import { AppError } from '../../core/api-result';
import type { HistoryEntry } from '../../core/followup-plan';
import {
  INTERACTION_KINDS,
  INTERACTION_OUTCOMES,
  OUTREACH_KINDS,
  type ChannelOutcome,
  type Interaction,
  type InteractionFields,
  type InteractionKind,
  type InteractionOutcome,
  type OutreachKind,
} from '../../core/followups';
import type { Db } from './connection';
import { contactReach } from './contacts-repository';
import { getDraft, setDraftStatus } from './drafts-repository';
import { draftWasSent, outcomeMismatch } from '../../core/followup-workflow';
import { known } from './row-check';
import { statement } from './statements';

export interface InteractionRow {
  id: number;
  contact_id: number;
  kind: string;
  occurred_at: string;
  summary: string;
  outcome: string;
  draft_id: number | null;
  draft_title: string | null;
  created_at: string;
  updated_at: string;
}

export function rowToInteraction(row: InteractionRow): Interaction {
  return {
    id: row.id,
    contactId: row.contact_id,
    kind: known(INTERACTION_KINDS, row.kind, 'interactions', 'kind'),
    occurredAt: row.occurred_at,
    summary: row.summary,
    outcome: known(INTERACTION_OUTCOMES, row.outcome, 'interactions', 'outcome'),
    draftId: row.draft_id,
    draftTitle: row.draft_title,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const SELECT = `SELECT i.*, d.title AS draft_title FROM interactions i LEFT JOIN drafts d ON d.id = i.draft_id`;

function checkDraft(db: Db, contactId: number, draftId: number | null): void {
  if (draftId === null) return;
  const row = statement(db, 'SELECT contact_id FROM drafts WHERE id = ?').get(draftId) as
    { contact_id: number } | undefined;
  if (!row) throw new AppError('not-found', `No draft with id ${draftId}. It may have been deleted.`);
  if (row.contact_id !== contactId) {
    throw new AppError(
      'invalid-input',
      'That draft was written for someone else; choose one of this contact’s drafts.',
    );
  }
}

export function getInteraction(db: Db, id: number): Interaction {
  const row = statement(db, `${SELECT} WHERE i.id = ?`).get(id) as InteractionRow | undefined;
  if (!row) throw new AppError('not-found', `No interaction with id ${id}. It may have been deleted.`);
  return rowToInteraction(row);
}

export function listInteractions(db: Db, contactId: number, limit = 500): Interaction[] {
  contactReach(db, contactId);
  const rows = statement(db, `${SELECT} WHERE i.contact_id = ? ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?`).all(
    contactId,
    limit,
  ) as InteractionRow[];
  return rows.map(rowToInteraction);
}

/** Refuses an outcome that does not fit the kind, and marks the draft used as sent when it went out. */
function applyOutcome(db: Db, fields: InteractionFields, now: string): void {
  const mismatch = outcomeMismatch(fields.kind, fields.outcome);
  if (mismatch) throw new AppError('invalid-input', mismatch, [{ path: 'outcome', message: mismatch }]);
  if (fields.draftId !== null && draftWasSent(fields.kind, fields.outcome)) {
    const draft = getDraft(db, fields.draftId);
    if (draft.status !== 'sent') setDraftStatus(db, draft.id, 'sent', fields.occurredAt.slice(0, 10), now);
  }
}

export function createInteraction(db: Db, input: InteractionFields & { contactId: number }, now: string): Interaction {
  contactReach(db, input.contactId);
  checkDraft(db, input.contactId, input.draftId);
  applyOutcome(db, input, now);
  const info = statement(
    db,
    `INSERT INTO interactions (contact_id, kind, occurred_at, summary, outcome, draft_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(input.contactId, input.kind, input.occurredAt, input.summary, input.outcome, input.draftId, now, now);
  return getInteraction(db, Number(info.lastInsertRowid));
}

export function updateInteraction(db: Db, id: number, fields: InteractionFields, now: string): Interaction {
  const existing = getInteraction(db, id);
  checkDraft(db, existing.contactId, fields.draftId);
  applyOutcome(db, fields, now);
  statement(
    db,
    `UPDATE interactions SET kind = ?, occurred_at = ?, summary = ?, outcome = ?, draft_id = ?, updated_at = ?
     WHERE id = ?`,
  ).run(fields.kind, fields.occurredAt, fields.summary, fields.outcome, fields.draftId, now, id);
  return getInteraction(db, id);
}

export function deleteInteraction(db: Db, id: number): void {
  const info = statement(db, 'DELETE FROM interactions WHERE id = ?').run(id);
  if (info.changes === 0) throw new AppError('not-found', `No interaction with id ${id}. It may have been deleted.`);
}

/** The recent history the guard rails look at (the newest 20 are plenty for a streak or a gap). */
export function recentHistory(db: Db, contactId: number): HistoryEntry[] {
  return (
    statement(
      db,
      `SELECT kind, occurred_at, outcome FROM interactions WHERE contact_id = ?
         ORDER BY occurred_at DESC, id DESC LIMIT 20`,
    ).all(contactId) as { kind: InteractionKind; occurred_at: string; outcome: InteractionOutcome }[]
  ).map((row) => ({ kind: row.kind, occurredAt: row.occurred_at, outcome: row.outcome }));
}

/**
 * Outcomes by channel: each outreach counts once, and counts as a reply when its own outcome says so
 * or when a reply or re-engagement was logged for that contact after it and before the next outreach.
 */
export function outcomesByChannel(db: Db): ChannelOutcome[] {
  const rows = statement(
    db,
    `WITH outreach AS (
         SELECT id, contact_id, kind, occurred_at, outcome,
                lead(occurred_at) OVER (PARTITION BY contact_id ORDER BY occurred_at, id) AS next_at
         FROM interactions
         WHERE kind IN ('call','voicemail','email','linkedin','letter')
       )
       SELECT o.kind AS channel, count(*) AS follow_ups,
              sum(CASE WHEN o.outcome IN ('replied','re-engaged') OR EXISTS (
                    SELECT 1 FROM interactions r
                    WHERE r.contact_id = o.contact_id AND r.kind IN ('reply-received','re-engaged')
                      AND r.occurred_at >= o.occurred_at AND (o.next_at IS NULL OR r.occurred_at < o.next_at)
                  ) THEN 1 ELSE 0 END) AS replies
       FROM outreach o GROUP BY o.kind`,
  ).all() as { channel: OutreachKind; follow_ups: number; replies: number }[];
  const byChannel = new Map(rows.map((row) => [row.channel, row]));
  return OUTREACH_KINDS.map((channel) => ({
    channel,
    followUps: byChannel.get(channel)?.follow_ups ?? 0,
    replies: byChannel.get(channel)?.replies ?? 0,
  }));
}
