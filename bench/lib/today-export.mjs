// The raw floor and the JSON-store side of two operations that read the radar tables (migration
// 003-radar: interactions, reminders): the Today list and "export everything".
//
// Today (main/db/reminders-repository.ts `listToday`, channel `reminders:today`): pending reminders due
// on or before the local day, for contacts neither archived nor "do not contact", ordered by
// due_day, due_at, id (at most 500), and the next 5 planned after that day. The raw floor runs the same
// two statements, prepared once, with the day given.
//
// Export (main/data/export-file.ts `buildExport`, channel `data:export`): every table of the export
// registry, its columns in order as arrays, ordered by its key; a manifest of rows and SHA-256 of
// JSON.stringify(rows) per table; the SHA-256 of JSON.stringify(body); the document as one JSON line.
// All three variants write their file the same way (temporary file, fsync, rename).
import { createHash } from 'node:crypto';
import * as jsonStore from './json-store.mjs';

export const TODAY_LIMIT = 500;
export const TODAY_UPCOMING = 5;

// The same columns listToday reads, named as it names them (it reads them in their final shape).
const TODAY_SELECT = `SELECT r.id, r.contact_id AS contactId, r.step, r.channel, r.template_id AS templateId,
    r.due_at AS dueAt, r.due_day AS dueDay, r.time_zone AS timeZone, r.state, r.created_at AS createdAt,
    c.name AS contactName, c.company, c.status AS contactStatus, 0 AS overdue
  FROM reminders r JOIN contacts c ON c.id = r.contact_id`;
const VISIBLE = `r.state = 'pending' AND c.archived_at IS NULL AND c.status != 'do-not-contact'`;

/** The floor for Today: listToday's two statements, prepared once. */
export function prepareToday(db) {
  const due = db.prepare(
    `${TODAY_SELECT} WHERE r.due_day <= ? AND ${VISIBLE} ORDER BY r.due_day, r.due_at, r.id LIMIT ?`,
  );
  const upcoming = db.prepare(
    `${TODAY_SELECT} WHERE r.due_day > ? AND ${VISIBLE} ORDER BY r.due_day, r.due_at, r.id LIMIT ?`,
  );
  return (today) => ({
    today,
    items: due.all(today, TODAY_LIMIT),
    upcoming: upcoming.all(today, TODAY_UPCOMING),
  });
}

const byDue = (a, b) =>
  a.dueDay !== b.dueDay
    ? a.dueDay < b.dueDay
      ? -1
      : 1
    : a.dueAt !== b.dueAt
      ? a.dueAt < b.dueAt
        ? -1
        : 1
      : a.id - b.id;

/** Today on a JSON store: read the whole file, filter, sort, join the contact. */
export function jsonToday(file, today) {
  const store = jsonStore.readStore(file);
  const contacts = new Map(store.contacts.map((c) => [c.id, c]));
  const visible = store.reminders.filter((r) => {
    if (r.state !== 'pending') return false;
    const contact = contacts.get(r.contactId);
    return contact !== undefined && contact.archivedAt === null && contact.status !== 'do-not-contact';
  });
  const withContact = (r) => {
    const contact = contacts.get(r.contactId);
    return { ...r, contactName: contact.name, company: contact.company, contactStatus: contact.status };
  };
  const items = visible
    .filter((r) => r.dueDay <= today)
    .sort(byDue)
    .slice(0, TODAY_LIMIT)
    .map(withContact);
  const upcoming = visible
    .filter((r) => r.dueDay > today)
    .sort(byDue)
    .slice(0, TODAY_UPCOMING)
    .map(withContact);
  return { today, items, upcoming };
}

export function sha256(text) {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The floor for the export: the same SELECTs (every registered table, its columns, by its key, rows as
 * arrays), the same manifest and hashes, the same serialisation; the caller writes it as the app does.
 * `tables` is the app's own export registry (main/data/table-registry.ts EXPORT_TABLES).
 */
export function prepareExport(db, tables) {
  const statements = tables.map((table) => {
    const list = table.columns.map((column) => `"${column}"`).join(', ');
    const sql = `SELECT ${list} FROM "${table.name}" ORDER BY "${table.key}"`;
    return { name: table.name, columns: [...table.columns], statement: db.prepare(sql).raw() };
  });
  const version = db.prepare('PRAGMA user_version').pluck();
  return (now) => {
    const exported = {};
    const manifest = {};
    for (const { name, columns, statement } of statements) {
      const rows = statement.all();
      exported[name] = { columns, rows };
      manifest[name] = { rows: rows.length, sha256: sha256(JSON.stringify(rows)) };
    }
    const body = {
      appVersion: 'bench',
      schemaVersion: version.get(),
      createdAt: now.toISOString(),
      manifest,
      tables: exported,
    };
    const document = { format: 'someday-export', formatVersion: 1, sha256: sha256(JSON.stringify(body)), body };
    return { manifest, content: `${JSON.stringify(document)}\n` };
  };
}

/** A JSON-store app's export: read its whole file and write it out again (atomically) as the export. */
export function jsonExport(file, target) {
  const store = jsonStore.readStore(file);
  const content = JSON.stringify({ format: 'someday-export', version: 1, ...store });
  jsonStore.writeText(target, content);
  return { store, bytes: Buffer.byteLength(content, 'utf8') };
}

/** Row counts per table in each variant, under the JSON store's names for the tables. */
export const JSON_STORE_TABLES = {
  contacts: 'contacts',
  drafts: 'drafts',
  draft_revisions: 'revisions',
  interactions: 'interactions',
  reminders: 'reminders',
  user_templates: 'userTemplates',
};
