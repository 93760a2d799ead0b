import type { z } from 'zod';
import { AppError } from '../../core/api-result';
import type { DraftChannel } from '../../core/drafts';
import { defaultTarget, type MessageTemplate, type UserTemplateSaveSchema } from '../../core/templates';
import type { Db } from './connection';
import { statement } from './statements';

/** A person's own templates. Built-in ones live in templates/ and are never written here. */
interface UserTemplateRow {
  id: number;
  channel: string;
  title: string;
  purpose: string;
  subject: string;
  body: string;
  created_at: string;
  updated_at: string;
}

export function userTemplateId(id: number): string {
  return `user:${id}`;
}

function rowToTemplate(row: UserTemplateRow): MessageTemplate {
  const channel = row.channel as DraftChannel;
  return {
    id: userTemplateId(row.id),
    source: 'user',
    channel,
    title: row.title,
    purpose: row.purpose,
    subject: row.subject,
    body: row.body,
    target: defaultTarget(channel),
  };
}

export function listUserTemplates(db: Db): MessageTemplate[] {
  const rows = statement(
    db,
    'SELECT * FROM user_templates ORDER BY title COLLATE NOCASE, id',
  ).all() as UserTemplateRow[];
  return rows.map(rowToTemplate);
}

export function getUserTemplate(db: Db, id: number): MessageTemplate {
  const row = statement(db, 'SELECT * FROM user_templates WHERE id = ?').get(id) as UserTemplateRow | undefined;
  if (!row) throw new AppError('not-found', `No template with id user:${id}. It may have been deleted.`);
  return rowToTemplate(row);
}

export function saveUserTemplate(db: Db, input: z.output<typeof UserTemplateSaveSchema>, now: string): MessageTemplate {
  if (input.id === null) {
    const info = statement(
      db,
      `INSERT INTO user_templates (channel, title, purpose, subject, body, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(input.channel, input.title, input.purpose, input.subject, input.body, now, now);
    return getUserTemplate(db, Number(info.lastInsertRowid));
  }
  const info = statement(
    db,
    'UPDATE user_templates SET channel = ?, title = ?, purpose = ?, subject = ?, body = ?, updated_at = ? WHERE id = ?',
  ).run(input.channel, input.title, input.purpose, input.subject, input.body, now, input.id);
  if (info.changes === 0)
    throw new AppError('not-found', `No template with id user:${input.id}. It may have been deleted.`);
  return getUserTemplate(db, input.id);
}

export function deleteUserTemplate(db: Db, id: number): void {
  if (statement(db, 'DELETE FROM user_templates WHERE id = ?').run(id).changes === 0) {
    throw new AppError('not-found', `No template with id user:${id}. It may have been deleted.`);
  }
}
