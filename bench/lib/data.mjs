// Synthetic data for the benchmark: the same rows go into the app's SQLite file (through the app's own
// migrations, then bulk-inserted with raw statements so seeding stays quick) and into a JSON file in the
// shape a JSON-file store would keep. The rows come from the app's own generator
// (main/seed/synthetic-data.ts, built to dist/node, which `npm run seed` uses too), so two runs with the
// same sizes hold the same data and every list (statuses, kinds, outcomes, steps) is the app's.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const GENERATOR = path.join(ROOT, 'dist/node/main/seed/synthetic-data.js');
if (!fs.existsSync(GENERATOR)) throw new Error(`${GENERATOR} is missing; build first (npx tsc -p tsconfig.node.json)`);
const generator = createRequire(import.meta.url)(GENERATOR);

export const {
  FULL_SIZES,
  QUICK_SIZES,
  SEARCH_QUERY,
  SEARCH_SHARE,
  BENCH_NOW,
  BENCH_TIME_ZONE,
  makeRandom,
  generateData,
  addFixedDraft,
} = generator;

function insertAll(db, table, rows) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const statement = db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
  );
  for (const row of rows) statement.run(row);
}

/**
 * Fills a database that the app has already created and migrated (every migration, 003-radar's
 * interactions and reminders included), in one transaction.
 */
export function seedDatabase(db, data) {
  db.transaction(() => {
    insertAll(db, 'contacts', data.contacts);
    insertAll(db, 'drafts', data.drafts);
    insertAll(db, 'draft_revisions', data.revisions);
    insertAll(db, 'interactions', data.interactions);
    insertAll(db, 'reminders', data.reminders);
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
}

function camel(row) {
  const out = {};
  for (const [key, value] of Object.entries(row)) out[key.replace(/_([a-z])/g, (_, c) => c.toUpperCase())] = value;
  return out;
}

/** The same data as one JSON document, the way an electron-store or lowdb app keeps it (camelCase). */
export function writeJsonStore(file, data) {
  const document = {
    version: 1,
    settings: {},
    contacts: data.contacts.map(camel),
    drafts: data.drafts.map(camel),
    revisions: data.revisions.map(camel),
    userTemplates: [],
    interactions: data.interactions.map(camel),
    reminders: data.reminders.map(camel),
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(document));
  return fs.statSync(file).size;
}
