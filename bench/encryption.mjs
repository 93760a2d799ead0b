// The encrypted database side by side with a plain one, in one run (issue 13, Performance): every data
// operation through the app's own dispatch on two copies of the same data, one keyed, one not, and the
// ratio; then unlock (scrypt at the app's cost + open + first read). Run: `npm run bench:encryption`
// (compiles first). Options: --contacts N (default 2000), --runs N (default 200).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const dist = path.resolve(import.meta.dirname, '..', 'dist', 'node', 'main');
const { openDatabase, closeDatabase } = require(`${dist}/db/connection.js`);
const { createDatabaseOwner } = require(`${dist}/db/database-owner.js`);
const { dispatch } = require(`${dist}/handlers/dispatch.js`);
const { buildHandlers } = require(`${dist}/handlers/registry.js`);
const { createKeys, unlockWithPassphrase, DEFAULT_KDF } = require(`${dist}/protection/keyring.js`);

const { values } = parseArgs({ options: { contacts: { type: 'string' }, runs: { type: 'string' } } });
const CONTACTS = Number(values.contacts ?? 2000);
const RUNS = Number(values.runs ?? 200);
const handlers = buildHandlers();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'someday-bench-enc-'));
const key = createKeys(null, { N: 1024, r: 8, p: 1 }).dataKey;

function context(file, dataKey) {
  const database = createDatabaseOwner(file, dataKey);
  database.open();
  return {
    database,
    ctx: {
      get db() {
        return database.current();
      },
      database,
      now: () => new Date('2026-12-06T10:00:00Z'),
      info: { version: 'bench', mode: 'browser', dataDir: path.dirname(file), databaseFile: file },
      templatesDir: path.resolve(import.meta.dirname, '..', 'templates'),
      desktop: null,
      data: null,
      protection: { isUnlocked: () => true },
    },
  };
}

async function call(ctx, channel, input) {
  const result = await dispatch(handlers, ctx, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

async function seed(ctx) {
  for (let i = 0; i < CONTACTS; i += 1) {
    const contact = await call(ctx, 'contacts:create', {
      name: `Person ${i} ${['Lee', 'Okafor', 'Nguyen', 'Schmidt'][i % 4]}`,
      company: `Company ${i % 97}`,
      notes: 'Talked about the team and the roadmap. '.repeat(4),
    });
    if (i % 2 === 0) await call(ctx, 'drafts:create', { contactId: contact.id, channel: 'email' });
  }
}

const OPERATIONS = [
  ['contacts:list (all)', () => ['contacts:list', {}]],
  ['contacts:list (search)', () => ['contacts:list', { search: 'okafor' }]],
  ['contacts:get', (i) => ['contacts:get', { id: (i % CONTACTS) + 1 }]],
  ['contacts:create', (i) => ['contacts:create', { name: `New ${i}` }]],
  [
    'contacts:update',
    (i) => ['contacts:update', { id: (i % CONTACTS) + 1, contact: { name: `Person ${i}`, notes: `edited ${i}` } }],
  ],
  ['drafts:list', () => ['drafts:list', {}]],
  ['drafts:get', (i) => ['drafts:get', { id: (i % (CONTACTS / 2)) + 1 }]],
  [
    'drafts:save (autosave)',
    (i) => ['drafts:save', { id: 1, subject: 'Thank you', body: `Dear Person, thank you. ${i}` }],
  ],
  ['reminders:today', () => ['reminders:today', { timeZone: 'Europe/London' }]],
  ['outcomes:by-channel', () => ['outcomes:by-channel', {}]],
];

async function time(ctx, make) {
  const samples = [];
  for (let i = 0; i < RUNS; i += 1) {
    const [channel, input] = make(i);
    const started = performance.now();
    await call(ctx, channel, input);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const plain = context(path.join(work, 'plain', 'someday.sqlite'), null);
const encrypted = context(path.join(work, 'encrypted', 'someday.sqlite'), key);
console.log(`seeding ${CONTACTS} contacts and ${CONTACTS / 2} drafts into each database…`);
await seed(plain.ctx);
await seed(encrypted.ctx);

const rows = [];
for (const [name, make] of OPERATIONS) {
  // Alternated, so a busy moment of the shared machine hits both.
  const p = await time(plain.ctx, make);
  const e = await time(encrypted.ctx, make);
  rows.push({ operation: name, plain_ms: +p.toFixed(3), encrypted_ms: +e.toFixed(3), ratio: +(e / p).toFixed(2) });
}
console.table(rows);

// Unlock: scrypt at the app's cost, then open the encrypted file and read.
const wrapped = createKeys('bench passphrase', DEFAULT_KDF);
plain.database.close();
encrypted.database.close();
const unlocks = [];
for (let i = 0; i < 5; i += 1) {
  const started = performance.now();
  const dataKey = unlockWithPassphrase(wrapped.file, 'bench passphrase');
  const kdfMs = performance.now() - started;
  // The wrapped key is a stand-in of the same size; the database is opened with its own key.
  if (dataKey.length !== 32) throw new Error('unwrapped key of the wrong size');
  const db = openDatabase(encrypted.database.file, { key });
  db.prepare('SELECT count(*) FROM contacts').get();
  closeDatabase(db);
  unlocks.push({ kdf_ms: +kdfMs.toFixed(0), total_ms: +(performance.now() - started).toFixed(0) });
}
unlocks.sort((a, b) => a.total_ms - b.total_ms);
const median = unlocks[2];
console.log(
  `unlock (scrypt N=2^${Math.log2(DEFAULT_KDF.N)}, r=${DEFAULT_KDF.r}, p=${DEFAULT_KDF.p} + open + first read): median ${median.total_ms} ms (KDF ${median.kdf_ms} ms) over 5`,
);
const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
console.log(
  `[bench] encryption ${JSON.stringify({ contacts: CONTACTS, runs: RUNS, worst, unlock_ms: median.total_ms })}`,
);
fs.rmSync(work, { recursive: true, force: true });
