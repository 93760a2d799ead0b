// The benchmark's operations, one small entry each. Every entry can time up to four variants:
//   app     the real call through the handler dispatch (`ctx.call`: zod parse, transaction, repository,
//           row mapping), as the renderer reaches it through IPC or browser mode;
//   direct  the app's repository function called straight, so `app - direct` is the dispatch overhead;
//   raw     the floor: the same SQL as better-sqlite3 statements prepared once, rows as SQLite gives them;
//   json    the same work on a JSON-file store (bench/lib/json-store.mjs);
//   previous  where this branch changed a query: the shape the app used before, as raw statements, so the
//           gain is measured in the same run (`previous_median_ms`).
// `check` runs once before timing and throws if the variants disagree, so they really do the same work.
import fs from 'node:fs';
import path from 'node:path';
import * as jsonStore from './json-store.mjs';
import { BENCH_NOW, BENCH_TIME_ZONE, SEARCH_QUERY } from './data.mjs';
import { JSON_STORE_TABLES, jsonExport, jsonToday, prepareExport, prepareToday } from './today-export.mjs';

const CONTACT_PAGE = { status: 'thanked', sort: 'next-step', limit: 50, offset: 0 };
/** The contacts screen's first window (renderer/contacts/use-contact-list.ts): 200 by name, and the true total. */
const CONTACT_WINDOW = { limit: 200, offset: 0 };

function expectEqual(label, values) {
  const first = JSON.stringify(values[0]);
  for (const value of values.slice(1)) {
    if (JSON.stringify(value) !== first)
      throw new Error(`${label}: variants disagree (${values.map((v) => JSON.stringify(v)).join(' vs ')})`);
  }
}

async function callOk(app, channel, input) {
  const result = await app.call(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value;
}

export function applyPragmas(db) {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/**
 * @param env {{ app, modules, rawDb, Database, dataDir, databaseFile, jsonFile, clock, fixed, sizes, runs }}
 */
export function buildOperations(env) {
  const { app, modules, rawDb, Database, databaseFile, jsonFile, clock, fixed, runs, key } = env;
  const { contract } = modules.contract;
  const parse = (channel, input) => contract[channel].input.parse(input);
  /** The parse as it was before valid zones were remembered: a new Intl.DateTimeFormat for each zone checked. */
  const parseBefore = (channel, input) => {
    if (input.timeZone !== undefined) new Intl.DateTimeFormat('en-US', { timeZone: input.timeZone });
    return parse(channel, input);
  };

  // --- the floor: statements prepared once ---
  // The same SQL the repositories run (main/db/contacts-repository.ts, drafts-repository.ts).
  const unarchived = '(c.archived_at IS NOT NULL) = 0';
  const contactsSql = (where) => ({
    count: rawDb.prepare(`SELECT count(*) AS n FROM contacts c WHERE ${where}`),
    page: rawDb.prepare(
      `SELECT c.* FROM contacts c WHERE ${where}
       ORDER BY c.next_step_at IS NULL, c.next_step_at, c.name COLLATE NOCASE, c.id LIMIT @limit OFFSET @offset`,
    ),
    all: rawDb.prepare(
      `SELECT c.* FROM contacts c WHERE ${where} ORDER BY c.name COLLATE NOCASE, c.id LIMIT @limit OFFSET @offset`,
    ),
  });
  const contactsPageSql = contactsSql(`${unarchived} AND c.status = @status`);
  const contactsAllSql = contactsSql(unarchived);
  // What the app ran before this branch (`archived_at IS NULL`, which the indexes cannot serve).
  const contactsPageBefore = contactsSql('c.archived_at IS NULL AND c.status = @status');
  const contactsAllBefore = contactsSql('c.archived_at IS NULL');
  const searchFrom = 'drafts_fts f JOIN drafts d ON d.id = f.rowid JOIN contacts c ON c.id = d.contact_id';
  const summaryColumns = `d.id, d.contact_id, d.channel, d.title, d.subject, d.template_id, d.status, d.sent_on,
    d.created_at, d.updated_at, c.name AS contact_name, c.company AS company, substr(d.body, 1, 160) AS excerpt`;
  const snippetColumn = "snippet(drafts_fts, 2, '[[', ']]', '…', 12) AS snippet";
  const searchSql = {
    count: rawDb.prepare('SELECT count(*) AS n FROM drafts_fts WHERE drafts_fts MATCH @fts'),
    // The app's own ranking statement for a search with no other filter (scores first, then the cut);
    // its rows carry the number of matches too.
    ranked: rawDb.prepare(modules.drafts.RANK_SEARCH_ONLY),
    rows: rawDb.prepare(
      `SELECT ${summaryColumns}, ${snippetColumn} FROM ${searchFrom}
       WHERE drafts_fts MATCH @fts AND +f.rowid IN (SELECT value FROM json_each(@ids))`,
    ),
  };
  // The shape the app ran before the count was folded into the ranking: the same ranking (scores
  // from the index, then the cut), and the matches counted by a search of their own.
  const searchBefore = {
    ...searchSql,
    ids: rawDb
      .prepare(
        `WITH m AS MATERIALIZED (SELECT rowid AS id, bm25(drafts_fts) AS score FROM drafts_fts WHERE drafts_fts MATCH @fts),
           cut AS (SELECT score FROM m ORDER BY score LIMIT 1 OFFSET @limit + @offset - 1)
         SELECT m.id FROM m JOIN drafts d ON d.id = m.id
          WHERE m.score <= coalesce((SELECT score FROM cut), 1e308)
          ORDER BY m.score, d.updated_at DESC LIMIT @limit OFFSET @offset`,
      )
      .pluck(),
  };
  const twoStepSearch = (sql) => {
    const params = { fts: ftsQuery, limit: 200, offset: 0 };
    const ranked = sql.ids ? sql.ids.all(params).map((id) => ({ id })) : sql.ranked.all(params);
    const ids = ranked.map((row) => row.id);
    const rows = sql.rows.all({ fts: ftsQuery, ids: JSON.stringify(ids) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const total = ranked[0]?.total ?? sql.count.get({ fts: ftsQuery }).n;
    return { total, items: ids.map((id) => byId.get(id)) };
  };
  const saveSql = {
    update: rawDb.prepare(
      'UPDATE drafts SET title = coalesce(?, title), subject = ?, body = ?, updated_at = ? WHERE id = ?',
    ),
    latest: rawDb.prepare('SELECT * FROM draft_revisions WHERE draft_id = ? ORDER BY id DESC LIMIT 1'),
    add: rawDb.prepare('INSERT INTO draft_revisions (draft_id, subject, body, created_at) VALUES (?, ?, ?, ?)'),
    prune: rawDb.prepare(
      `DELETE FROM draft_revisions WHERE draft_id = ? AND id NOT IN
         (SELECT id FROM draft_revisions WHERE draft_id = ? ORDER BY id DESC LIMIT ?)`,
    ),
    get: rawDb.prepare('SELECT * FROM drafts WHERE id = ?'),
  };
  const rawSave = rawDb.transaction((id, subject, body, now) => {
    const stamp = now.toISOString();
    saveSql.update.run(null, subject, body, stamp, id);
    const latest = saveSql.latest.get(id);
    const changed = !latest || latest.subject !== subject || latest.body !== body;
    const due = !latest || now.getTime() - Date.parse(latest.created_at) >= 120_000;
    if (changed && due) {
      saveSql.add.run(id, subject, body, stamp);
      saveSql.prune.run(id, id, 100);
    }
    return saveSql.get.get(id);
  });

  const today = BENCH_NOW.toISOString().slice(0, 10);
  const rawToday = prepareToday(rawDb);
  const rawExport = prepareExport(rawDb, modules.exportTables.EXPORT_TABLES);
  const exportFile = (variant, i) => path.join(env.scratchDir, `export-${variant}-${i % 2}.json`);
  const todayIds = (list) => [list.today, list.items.map((r) => r.id), list.upcoming.map((r) => r.id)];

  const edited = (draft, i) => `${draft.body} edit${i}`;
  const ftsQuery = modules.fts.toFtsQuery(SEARCH_QUERY);
  const analyzeInput = (draft) => ({
    channel: 'email',
    subject: draft.subject,
    body: draft.body,
    contact: { name: 'Priya Shah', company: 'Larkspur Ltd', highlight: 'the tour of the studio' },
    wordsPerMinute: 150,
  });

  return [
    {
      name: 'open_and_migrate',
      what: 'start-up: open the full data file (openDatabase: pragmas, then pending migrations, none at the latest schema)',
      runs: runs.open,
      app: () => modules.connection.openDatabase(databaseFile, { key }),
      afterApp: (db) => db.close(),
      raw: () => {
        const db = new Database(databaseFile);
        applyPragmas(db);
        db.pragma('user_version', { simple: true });
        return db;
      },
      afterRaw: (db) => db.close(),
      json: () => jsonStore.openStore(jsonFile),
    },
    {
      name: 'migrate_new_file',
      what: 'first start: create a new data file and run every migration (app only; shows what a migration costs)',
      runs: runs.open,
      app: (i) => {
        const file = path.join(env.scratchDir, `new-${i}.sqlite`);
        return { db: modules.connection.openDatabase(file, { key }), file };
      },
      afterApp: ({ db, file }) => {
        db.close();
        for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
      },
    },
    {
      name: 'contacts_page',
      what: `contacts:list, one page: status "${CONTACT_PAGE.status}", sorted by next step, ${CONTACT_PAGE.limit} rows`,
      runs: runs.data,
      app: () => callOk(app, 'contacts:list', CONTACT_PAGE),
      direct: () => modules.contacts.listContacts(app.db, parse('contacts:list', CONTACT_PAGE)),
      raw: () => ({ total: contactsPageSql.count.get(CONTACT_PAGE).n, items: contactsPageSql.page.all(CONTACT_PAGE) }),
      previous: () => ({
        total: contactsPageBefore.count.get(CONTACT_PAGE).n,
        items: contactsPageBefore.page.all(CONTACT_PAGE),
      }),
      json: () => jsonStore.listContacts(jsonFile, CONTACT_PAGE),
      check: (a, r, j) =>
        expectEqual(
          'contacts_page',
          [a, r, j].map((p) => [p.total, p.items.map((c) => c.id)]),
        ),
    },
    {
      name: 'contacts_window',
      what: `contacts:list as the contacts screen reads it: the first window of ${CONTACT_WINDOW.limit} unarchived contacts by name, and the total`,
      runs: runs.data,
      app: () => callOk(app, 'contacts:list', CONTACT_WINDOW),
      direct: () => modules.contacts.listContacts(app.db, parse('contacts:list', CONTACT_WINDOW)),
      raw: () => ({ total: contactsAllSql.count.get().n, items: contactsAllSql.all.all(CONTACT_WINDOW) }),
      json: () => jsonStore.listContacts(jsonFile, CONTACT_WINDOW),
      check: (a, r, j) =>
        expectEqual(
          'contacts_window',
          [a, r, j].map((p) => [p.total, p.items.map((c) => c.id)]),
        ),
    },
    {
      name: 'contacts_list_all',
      what: 'contacts:list with no limit: every unarchived contact, sorted by name (what a picker of every contact reads)',
      runs: runs.data,
      app: () => callOk(app, 'contacts:list', {}),
      direct: () => modules.contacts.listContacts(app.db, parse('contacts:list', {})),
      raw: () => ({ total: contactsAllSql.count.get().n, items: contactsAllSql.all.all({ limit: -1, offset: 0 }) }),
      previous: () => ({
        total: contactsAllBefore.count.get().n,
        items: contactsAllBefore.all.all({ limit: -1, offset: 0 }),
      }),
      json: () => jsonStore.listContacts(jsonFile, {}),
      check: (a, r, j) =>
        expectEqual(
          'contacts_list_all',
          [a, r, j].map((p) => [p.total, p.items.length]),
        ),
    },
    {
      name: 'drafts_search',
      what: `drafts:list with the search "${SEARCH_QUERY}" (FTS5 prefix terms, bm25 order, first 200 with snippets)`,
      runs: runs.data,
      app: () => callOk(app, 'drafts:list', { search: SEARCH_QUERY }),
      direct: () => modules.drafts.listDrafts(app.db, parse('drafts:list', { search: SEARCH_QUERY })),
      raw: () => twoStepSearch(searchSql),
      previous: () => twoStepSearch(searchBefore),
      json: () => jsonStore.searchDrafts(jsonFile, SEARCH_QUERY),
      check: (a, r, j) => {
        expectEqual(
          'drafts_search',
          [a, r, j].map((p) => [p.total, Math.min(p.total, 200) === p.items.length]),
        );
        env.searchMatches = a.total;
      },
    },
    // Today and the export come before autosave, which changes drafts and revisions differently in the
    // database and the JSON store; until then both hold exactly the same rows.
    {
      name: 'today',
      what: `reminders:today (timeZone ${BENCH_TIME_ZONE}): pending follow-ups due by today for reachable contacts, overdue first (at most 500), and the next 5`,
      runs: runs.data,
      app: () => callOk(app, 'reminders:today', { timeZone: BENCH_TIME_ZONE }),
      direct: () => modules.reminders.listToday(app.db, { now: clock.now(), timeZone: BENCH_TIME_ZONE }),
      raw: () => rawToday(today),
      // Before this branch: the zone checked with a new Intl.DateTimeFormat on every call, the local day
      // worked out with a TZDate on every call, and a transaction wrapper made per call by dispatch.
      previous: () => {
        parseBefore('reminders:today', { timeZone: BENCH_TIME_ZONE });
        modules.followupPlan.localDay(clock.now(), BENCH_TIME_ZONE);
        return app.db.transaction(() =>
          modules.reminders.listToday(app.db, { now: clock.now(), timeZone: BENCH_TIME_ZONE }),
        )();
      },
      json: () => jsonToday(jsonFile, today),
      check: (a, r, j) => {
        expectEqual('today', [a, r, j].map(todayIds));
        if (a.items.length === 0 || a.upcoming.length === 0) throw new Error('today: the list is empty');
        env.todayItems = a.items.length;
      },
    },
    {
      name: 'export_all',
      what: 'data:export: every table read from a snapshot and streamed as format 2 (JSON Lines, per-table and whole-file SHA-256, gzip) to a file (temp + fsync + rename); the floor and the JSON store write format 1',
      runs: runs.export,
      app: async () => {
        // Format 2 (JSON Lines, gzip), unencrypted: browser mode writes it to a temporary file held for download.
        const result = await callOk(app, 'data:export', { passphrase: null });
        const file = app.ctx.data.transfers.find(result.download)?.file;
        if (!file) throw new Error('export_all: the app held no file for download');
        return { file, rows: result.rows, bytes: result.bytes };
      },
      direct: (i) => {
        const document = app.db.transaction(() => modules.exportFile.buildExport(app.db, 'bench', clock.now()))();
        jsonStore.writeText(exportFile('direct', i), modules.exportFile.serializeExport(document));
      },
      raw: (i) => {
        const exported = rawDb.transaction(() => rawExport(clock.now()))();
        jsonStore.writeText(exportFile('raw', i), exported.content);
        return exported;
      },
      json: (i) => jsonExport(jsonFile, exportFile('json', i)),
      check: (a, r, j) => {
        const manifest = r.manifest;
        // The app's file holds as many rows as the floor's document; the JSON store the same counts.
        expectEqual('export_all', [a.rows, Object.values(manifest).reduce((sum, table) => sum + table.rows, 0)]);
        // With --skip-json the floor stands in for the JSON store, and has no store to count.
        if (j.store)
          expectEqual('export_all', [
            Object.keys(JSON_STORE_TABLES).map((table) => manifest[table].rows),
            Object.values(JSON_STORE_TABLES).map((key) => j.store[key].length),
          ]);
        env.exportedRows = a.rows;
        env.exportMb = Math.round((a.bytes / 1024 ** 2) * 10) / 10;
      },
    },
    {
      name: 'autosave',
      what: `drafts:save of one ${fixed.autosaveWords}-word draft (text changed each time, a revision every 2 minutes of the clock)`,
      runs: runs.data,
      before: () => clock.tick(1000),
      app: (i) =>
        callOk(app, 'drafts:save', { id: fixed.app.id, subject: fixed.app.subject, body: edited(fixed.app, i) }),
      direct: (i) =>
        modules.drafts.saveDraftText(
          app.db,
          fixed.direct.id,
          { subject: fixed.direct.subject, body: edited(fixed.direct, i), checkpoint: false },
          clock.now(),
        ),
      raw: (i) => rawSave(fixed.raw.id, fixed.raw.subject, edited(fixed.raw, i), clock.now()),
      // Before this branch: dispatch made a transaction wrapper per call.
      previous: (i) => {
        const input = parse('drafts:save', {
          id: fixed.previous.id,
          subject: fixed.previous.subject,
          body: edited(fixed.previous, i),
        });
        return app.db.transaction(() =>
          modules.drafts.saveDraftText(app.db, input.id, { ...input, checkpoint: false }, clock.now()),
        )();
      },
      json: (i) =>
        jsonStore.saveDraft(
          jsonFile,
          { id: fixed.app.id, subject: fixed.app.subject, body: edited(fixed.app, i) },
          clock.now(),
        ),
      check: (a, r, j) => {
        if (![a, r, j].every((draft) => draft.body.endsWith(' edit0')))
          throw new Error('autosave: a variant did not save');
      },
    },
    {
      name: 'coach_1000_words',
      what: 'the coach (analyzeDraft) on a 1,000-word draft, as the editor runs it on each change',
      runs: runs.coach,
      warmUp: 300,
      app: () => modules.analyze.analyzeDraft(analyzeInput(fixed.coach1000)),
    },
    {
      name: 'coach_2000_words',
      what: 'the coach on a 2,000-word draft (the editor figure below uses this draft)',
      runs: runs.coach,
      warmUp: 300,
      app: () => modules.analyze.analyzeDraft(analyzeInput(fixed.editor)),
    },
    {
      name: 'coach_100000_words',
      what: 'the coach on a 100,000-word draft (bad input: bounded, not interactive)',
      runs: runs.export,
      warmUp: 1,
      app: () => modules.analyze.analyzeDraft(analyzeInput(fixed.coach100k)),
    },
    {
      name: 'coach_model_load',
      what: "decoding the coach's model (once, when the editor first analyses a draft)",
      runs: runs.open,
      warmUp: 1,
      app: () => modules.model.decodeModel(modules.modelWeights.COACH_MODEL),
    },
  ];
}
