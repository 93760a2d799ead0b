import { AppError } from '../../core/api-result';
import type { TurnReview } from '../../core/rehearsal/engine';
import type { SessionReview } from '../../core/rehearsal/review';
import type {
  PracticeRung,
  RecordingType,
  Rehearsal,
  RehearsalDetail,
  RehearsalStatus,
  RehearsalTurn,
} from '../../core/rehearsals';
import type { Db } from './connection';
import { statement } from './statements';

/** Rehearsals and their turns. Reviews are stored as JSON written by the engine in main, never by a caller. */
interface RehearsalRow {
  id: number;
  contact_id: number;
  contact_name: string;
  draft_id: number | null;
  scenario_id: string;
  scenario_title: string;
  rung: string;
  status: string;
  current_step: string;
  review: string | null;
  turn_count: number;
  created_at: string;
  finished_at: string | null;
}

interface TurnRow {
  id: number;
  rehearsal_id: number;
  position: number;
  step_id: string;
  line: string;
  review: string;
  recording_type: string | null;
  recording_bytes: number | null;
  created_at: string;
}

const SELECT_REHEARSAL = `
  SELECT r.*, c.name AS contact_name,
         (SELECT count(*) FROM rehearsal_turns t WHERE t.rehearsal_id = r.id) AS turn_count
  FROM rehearsals r JOIN contacts c ON c.id = r.contact_id`;

function parseJson<T>(text: string | null): T | null {
  if (text === null) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

export function rowToRehearsal(row: RehearsalRow): Rehearsal {
  return {
    id: row.id,
    contactId: row.contact_id,
    contactName: row.contact_name,
    draftId: row.draft_id,
    scenarioId: row.scenario_id,
    scenarioTitle: row.scenario_title,
    rung: row.rung as PracticeRung,
    status: row.status as RehearsalStatus,
    currentStep: row.current_step,
    turnCount: row.turn_count,
    review: parseJson<SessionReview>(row.review),
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

export function rowToTurn(row: TurnRow): RehearsalTurn {
  return {
    id: row.id,
    rehearsalId: row.rehearsal_id,
    position: row.position,
    stepId: row.step_id,
    line: row.line,
    review: parseJson<TurnReview>(row.review)!,
    recording:
      row.recording_type && row.recording_bytes
        ? { mimeType: row.recording_type as RecordingType, bytes: row.recording_bytes }
        : null,
    createdAt: row.created_at,
  };
}

export interface NewRehearsal {
  contactId: number;
  draftId: number | null;
  scenarioId: string;
  scenarioTitle: string;
  rung: PracticeRung;
  startStep: string;
}

export function createRehearsal(db: Db, input: NewRehearsal, now: string): Rehearsal {
  const info = statement(
    db,
    `INSERT INTO rehearsals (contact_id, draft_id, scenario_id, scenario_title, rung, current_step, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(input.contactId, input.draftId, input.scenarioId, input.scenarioTitle, input.rung, input.startStep, now);
  return getRehearsal(db, Number(info.lastInsertRowid));
}

export function getRehearsal(db: Db, id: number): Rehearsal {
  const row = statement(db, `${SELECT_REHEARSAL} WHERE r.id = ?`).get(id) as RehearsalRow | undefined;
  if (!row) throw new AppError('not-found', `No rehearsal with id ${id}. It may have been deleted.`);
  return rowToRehearsal(row);
}

export function listRehearsals(db: Db, contactId: number | null): Rehearsal[] {
  const rows = (
    contactId === null
      ? statement(db, `${SELECT_REHEARSAL} ORDER BY r.created_at DESC, r.id DESC LIMIT 500`).all()
      : statement(db, `${SELECT_REHEARSAL} WHERE r.contact_id = ? ORDER BY r.created_at DESC, r.id DESC LIMIT 500`).all(
          contactId,
        )
  ) as RehearsalRow[];
  return rows.map(rowToRehearsal);
}

export function listTurns(db: Db, rehearsalId: number): RehearsalTurn[] {
  const rows = statement(db, 'SELECT * FROM rehearsal_turns WHERE rehearsal_id = ? ORDER BY position').all(
    rehearsalId,
  ) as TurnRow[];
  return rows.map(rowToTurn);
}

export function getRehearsalDetail(db: Db, id: number): RehearsalDetail {
  return { rehearsal: getRehearsal(db, id), turns: listTurns(db, id) };
}

export interface NewTurn {
  rehearsalId: number;
  stepId: string;
  line: string;
  review: TurnReview;
  nextStep: string;
}

/** Adds the answer to the step the rehearsal is waiting on, and moves it to the next step. */
export function addTurn(db: Db, turn: NewTurn, now: string): RehearsalTurn {
  const position =
    (
      statement(db, 'SELECT coalesce(max(position), 0) AS n FROM rehearsal_turns WHERE rehearsal_id = ?').get(
        turn.rehearsalId,
      ) as {
        n: number;
      }
    ).n + 1;
  const info = statement(
    db,
    `INSERT INTO rehearsal_turns (rehearsal_id, position, step_id, line, answer, mode, talk_seconds, review, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    turn.rehearsalId,
    position,
    turn.stepId,
    turn.line,
    turn.review.text,
    turn.review.mode,
    turn.review.talkSeconds,
    JSON.stringify(turn.review),
    now,
  );
  statement(db, 'UPDATE rehearsals SET current_step = ? WHERE id = ?').run(turn.nextStep, turn.rehearsalId);
  return getTurn(db, Number(info.lastInsertRowid));
}

export function finishRehearsal(db: Db, id: number, review: SessionReview, now: string): Rehearsal {
  statement(
    db,
    `UPDATE rehearsals SET status = 'finished', coverage = ?, talk_seconds = ?, words_per_minute = ?, review = ?,
       finished_at = ? WHERE id = ?`,
  ).run(review.coverage, review.talkSeconds, review.wordsPerMinute, JSON.stringify(review), now, id);
  return getRehearsal(db, id);
}

export function deleteRehearsal(db: Db, id: number): void {
  const info = statement(db, 'DELETE FROM rehearsals WHERE id = ?').run(id);
  if (info.changes === 0) throw new AppError('not-found', `No rehearsal with id ${id}. It may have been deleted.`);
}

export function getTurn(db: Db, id: number): RehearsalTurn {
  const row = statement(db, 'SELECT * FROM rehearsal_turns WHERE id = ?').get(id) as TurnRow | undefined;
  if (!row) throw new AppError('not-found', `No rehearsal answer with id ${id}. It may have been deleted.`);
  return rowToTurn(row);
}

export function setTurnRecording(
  db: Db,
  id: number,
  recording: { mimeType: RecordingType; bytes: number } | null,
): void {
  statement(db, 'UPDATE rehearsal_turns SET recording_type = ?, recording_bytes = ? WHERE id = ?').run(
    recording?.mimeType ?? null,
    recording?.bytes ?? null,
    id,
  );
}

/** Turns holding a recording, oldest first, for the retention sweep. */
export function listRecordedTurns(db: Db): { id: number; createdAt: string; mimeType: RecordingType }[] {
  return (
    statement(
      db,
      'SELECT id, created_at, recording_type FROM rehearsal_turns WHERE recording_type IS NOT NULL ORDER BY created_at',
    ).all() as { id: number; created_at: string; recording_type: string }[]
  ).map((row) => ({ id: row.id, createdAt: row.created_at, mimeType: row.recording_type as RecordingType }));
}
