// Operations whose app side is being built on other branches: the Today query and "export everything"
// (and the interactions and reminders they read, from migration 003-radar). The raw floor and the
// JSON-store side are written here against the shape below; they stay out of the run until the app's
// channels exist. bench/README.md ("Wiring Today, export and interactions") says exactly what to change.
//
// Expected shape (snake_case columns, as the other tables):
//   interactions (id INTEGER PRIMARY KEY, contact_id → contacts.id, kind TEXT, occurred_at TEXT (ISO),
//                 summary TEXT, outcome TEXT, draft_id → drafts.id NULL)
//   reminders    (id INTEGER PRIMARY KEY, contact_id → contacts.id, due_at TEXT (YYYY-MM-DD),
//                 channel TEXT, status TEXT: 'pending' | 'done' | 'dismissed')
// Today, as assumed here: pending reminders due today or earlier for unarchived contacts (overdue
// first), plus unarchived contacts whose next step is due, each with the date of the latest interaction.
import fs from 'node:fs';
import * as jsonStore from './json-store.mjs';

/** Used only by `--check-pending` to try this code on a copy; the real tables come from 003-radar. */
export const STAND_IN_SCHEMA = `
  CREATE TABLE interactions (
    id INTEGER PRIMARY KEY, contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    kind TEXT NOT NULL, occurred_at TEXT NOT NULL, summary TEXT NOT NULL DEFAULT '', outcome TEXT,
    draft_id INTEGER REFERENCES drafts (id) ON DELETE SET NULL
  ) STRICT;
  CREATE INDEX interactions_by_contact ON interactions (contact_id, occurred_at DESC);
  CREATE TABLE reminders (
    id INTEGER PRIMARY KEY, contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    due_at TEXT NOT NULL, channel TEXT NOT NULL, status TEXT NOT NULL
  ) STRICT;
  CREATE INDEX reminders_by_due ON reminders (status, due_at);
`;

export const TODAY_LIMIT = 100;

export function prepareToday(db) {
  const latest = '(SELECT max(i.occurred_at) FROM interactions i WHERE i.contact_id = c.id) AS last_contact_at';
  const reminders = db.prepare(
    `SELECT r.id, r.contact_id, r.due_at, r.channel, r.status, c.name, c.company, ${latest}
     FROM reminders r JOIN contacts c ON c.id = r.contact_id
     WHERE r.status = 'pending' AND r.due_at <= @today AND c.archived_at IS NULL
     ORDER BY r.due_at, r.id LIMIT ${TODAY_LIMIT}`,
  );
  const nextSteps = db.prepare(
    `SELECT c.id, c.name, c.company, c.status, c.next_step_at, ${latest}
     FROM contacts c
     WHERE c.archived_at IS NULL AND c.next_step_at IS NOT NULL AND c.next_step_at <= @today
       AND c.status <> 'do-not-contact'
     ORDER BY c.next_step_at, c.name COLLATE NOCASE, c.id LIMIT ${TODAY_LIMIT}`,
  );
  return (today) => ({ reminders: reminders.all({ today }), nextSteps: nextSteps.all({ today }) });
}

export function jsonToday(file, today) {
  const store = jsonStore.readStore(file);
  const contacts = new Map(store.contacts.map((c) => [c.id, c]));
  const lastContact = new Map();
  for (const i of store.interactions) {
    const seen = lastContact.get(i.contactId);
    if (!seen || i.occurredAt > seen) lastContact.set(i.contactId, i.occurredAt);
  }
  const reminders = store.reminders
    .filter((r) => r.status === 'pending' && r.dueAt <= today && contacts.get(r.contactId)?.archivedAt === null)
    .sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.id - b.id))
    .slice(0, TODAY_LIMIT)
    .map((r) => ({ ...r, name: contacts.get(r.contactId).name, lastContactAt: lastContact.get(r.contactId) ?? null }));
  const nextSteps = store.contacts
    .filter(
      (c) => c.archivedAt === null && c.nextStepAt !== null && c.nextStepAt <= today && c.status !== 'do-not-contact',
    )
    .sort((a, b) => {
      if (a.nextStepAt !== b.nextStepAt) return a.nextStepAt < b.nextStepAt ? -1 : 1;
      const x = a.name.toLowerCase();
      const y = b.name.toLowerCase();
      return x < y ? -1 : x > y ? 1 : a.id - b.id;
    })
    .slice(0, TODAY_LIMIT)
    .map((c) => ({ ...c, lastContactAt: lastContact.get(c.id) ?? null }));
  return { reminders, nextSteps };
}

const EXPORT_TABLES = [
  'contacts',
  'drafts',
  'draft_revisions',
  'interactions',
  'reminders',
  'user_templates',
  'settings',
];

/** The floor for "export everything": every row of every table into one JSON file, written atomically. */
export function prepareExport(db) {
  const statements = EXPORT_TABLES.map((table) => [table, db.prepare(`SELECT * FROM ${table}`)]);
  return (file) => {
    const document = { format: 'someday-export', version: 1 };
    for (const [table, statement] of statements) document[table] = statement.all();
    jsonStore.writeStore(file, document);
    return fs.statSync(file).size;
  };
}

/** A JSON-store app's export: read its file and write it out again in the export format. */
export function jsonExport(file, target) {
  const store = jsonStore.readStore(file);
  jsonStore.writeStore(target, { format: 'someday-export', version: 1, ...store });
  return fs.statSync(target).size;
}

/**
 * The entries to add to the operation list once the app has the channels (see bench/README.md).
 * `app` is left out on purpose: only the lead, at merge, knows the real channel names and inputs.
 */
export function pendingOperations({ rawDb, jsonFile, exportDir, today }) {
  const rawToday = prepareToday(rawDb);
  const rawExport = prepareExport(rawDb);
  return [
    {
      name: 'today',
      what: 'the Today query: pending reminders due by today and next steps due, with the latest interaction',
      waitingFor: 'migration 003-radar (interactions, reminders) and the Today channel',
      raw: () => rawToday(today),
      json: () => jsonToday(jsonFile, today),
    },
    {
      name: 'export_all',
      what: 'export everything to one JSON file (atomic write)',
      waitingFor: 'the export channel',
      raw: (i) => rawExport(`${exportDir}/raw-${i % 2}.json`),
      json: (i) => jsonExport(jsonFile, `${exportDir}/json-${i % 2}.json`),
    },
  ];
}

/**
 * `--quick` tries the pending code once, so it cannot rot before it is wired: on a copy of the data
 * file with the stand-in tables above, and a JSON store that holds the same interactions and
 * reminders, Today and the export must agree between raw and JSON. No figure comes out of it.
 */
export function checkPending({ Database, databaseFile, data, workDir, writeJsonStore, seedRows, today }) {
  const file = `${workDir}/pending-check.sqlite`;
  const source = new Database(databaseFile, { readonly: true });
  source.prepare('VACUUM INTO ?').run(file);
  source.close();
  const db = new Database(file);
  try {
    db.exec(STAND_IN_SCHEMA);
    seedRows(db, data);
    const jsonFile = `${workDir}/pending-check.json`;
    writeJsonStore(jsonFile, data, { withRadar: true });
    const raw = prepareToday(db)(today);
    const json = jsonToday(jsonFile, today);
    const ids = (result) => [result.reminders.map((r) => r.id), result.nextSteps.map((c) => c.id)];
    if (JSON.stringify(ids(raw)) !== JSON.stringify(ids(json)))
      throw new Error('pending check: Today differs between raw and JSON');
    const lastContact = (rows) => rows.map((r) => r.last_contact_at ?? r.lastContactAt);
    if (JSON.stringify(lastContact(raw.reminders)) !== JSON.stringify(lastContact(json.reminders)))
      throw new Error('pending check: latest interaction differs between raw and JSON');
    prepareExport(db)(`${workDir}/pending-export-raw.json`);
    jsonExport(jsonFile, `${workDir}/pending-export-json.json`);
    const counts = (document) => [document.contacts.length, document.drafts.length, document.interactions.length];
    const rawCounts = counts(jsonStore.readStore(`${workDir}/pending-export-raw.json`));
    const jsonCounts = counts(jsonStore.readStore(`${workDir}/pending-export-json.json`));
    if (JSON.stringify(rawCounts) !== JSON.stringify(jsonCounts)) throw new Error('pending check: exports differ');
    return { today_reminders: raw.reminders.length, today_next_steps: raw.nextSteps.length, exported_rows: rawCounts };
  } finally {
    db.close();
  }
}
