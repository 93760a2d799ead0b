// The child process of the crash and power-cut tests. It opens a data folder with the app's own code
// (createAppContext from the Node build in dist/, the same code Electron and browser mode run) and saves
// forever through the real dispatch path and the repositories, printing one acknowledgement line to
// stdout only after each transaction has committed. The parent kills it at a random moment and checks
// that every acknowledged save is still there. Modes (argv[3]):
//   work  - contacts, drafts, autosaves with their revision, and multi-row batches, forever;
//   fill  - contacts with large notes until the disk is full, then report the error the app gives.
// Environment: SOMEDAY_WRITER_SYNCHRONOUS=NORMAL weakens durability on purpose (the negative control).
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const { createAppContext } = require(path.join(root, 'dist/node/main/app-context.js'));
const { createContact } = require(path.join(root, 'dist/node/main/db/contacts-repository.js'));
const { ContactInputSchema } = require(path.join(root, 'dist/node/core/contacts.js'));

const dataDir = process.argv[2];
const mode = process.argv[3] ?? 'work';
const seed = Number(process.argv[4] ?? Date.now());
// Each run of the writer on a folder gets a higher epoch, so draft versions only ever grow.
const epoch = Number(process.argv[5] ?? 0);

// A small deterministic generator so a failing run can be replayed from its seed.
let state = seed >>> 0 || 1;
function random() {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state / 0x100000000;
}
function pick(n) {
  return Math.floor(random() * n);
}
function payload(max) {
  const length = 16 + pick(max);
  let text = '';
  while (text.length < length) text += random().toString(36).slice(2);
  return text.slice(0, length);
}
function hash(text) {
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
}
function ack(line) {
  fs.writeSync(1, `${line}\n`);
}

const app = createAppContext({
  dataDir,
  mode: 'browser',
  version: '0.0.0-reliability',
  templatesDir: path.join(root, 'templates'),
  // The daily backup (tested in tests/unit/data-backups.test.ts) would add a backups/ folder, which the
  // power-cut library's flat shadow of the data folder does not model; these runs are about the saves.
  dailyBackups: false,
  // The folder is encrypted like every Someday folder; the tests' passphrase, with a cheap scrypt cost
  // (tests/helpers/test-app.ts), so hundreds of restarts stay quick. The cost does not touch durability.
  secret: { passphrase: 'correct horse battery staple' },
  kdf: { N: 2 ** 10, r: 8, p: 1 },
});
if (process.env.SOMEDAY_WRITER_SYNCHRONOUS) {
  app.db.pragma(`synchronous = ${process.env.SOMEDAY_WRITER_SYNCHRONOUS === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
}
const run = `${process.pid}-${seed}`;
const contacts = app.db
  .prepare('SELECT id FROM contacts ORDER BY id DESC LIMIT 50')
  .all()
  .map((row) => row.id);
const drafts = app.db
  .prepare('SELECT id FROM drafts ORDER BY id DESC LIMIT 50')
  .all()
  .map((row) => row.id);
const versions = new Map();
ack(`ready ${run}`);

async function createOneContact(notesMax) {
  const name = `c-${run}-${contacts.length}`;
  const notes = payload(notesMax);
  const result = await app.call('contacts:create', { name, notes, company: `h:${hash(notes)}` });
  if (result.ok) {
    contacts.push(result.value.id);
    ack(`C ${result.value.id} ${name} ${hash(notes)}`);
  }
  return result;
}

async function work() {
  for (let step = 0; ; step += 1) {
    const choice = contacts.length === 0 ? 0 : pick(10);
    if (choice <= 1) {
      const result = await createOneContact(600);
      if (!result.ok) throw new Error(result.error.message);
    } else if (choice === 2 || drafts.length === 0) {
      const contactId = contacts[pick(contacts.length)];
      const result = await app.call('drafts:create', { contactId, channel: 'email' });
      if (!result.ok) throw new Error(result.error.message);
      drafts.push(result.value.id);
      ack(`D ${result.value.id}`);
    } else if (choice <= 7) {
      // An autosave with a checkpoint: the draft row and its revision row in one transaction.
      const id = drafts[pick(drafts.length)];
      const version = (versions.get(id) ?? epoch * 1_000_000) + 1;
      const text = payload(1200);
      const body = `v${version}:${text}`;
      const result = await app.call('drafts:save', { id, subject: `h:${hash(body)}`, body, checkpoint: true });
      if (!result.ok) throw new Error(result.error.message);
      versions.set(id, version);
      ack(`S ${id} ${version} ${hash(body)}`);
    } else {
      // A multi-row transaction through the repositories: all of its contacts or none.
      const size = 2 + pick(6);
      const batch = `b-${run}-${step}`;
      app.db.transaction(() => {
        for (let i = 0; i < size; i += 1) {
          const fields = ContactInputSchema.parse({ name: `${batch}-${i}`, company: `${batch}/${size}` });
          createContact(app.db, fields, new Date().toISOString());
        }
      })();
      ack(`B ${batch} ${size}`);
    }
    if (step % 97 === 96) app.db.pragma('wal_checkpoint(TRUNCATE)');
  }
}

async function fill() {
  for (;;) {
    const result = await createOneContact(4000);
    if (!result.ok) {
      ack(`F ${JSON.stringify(result.error)}`);
      const again = await createOneContact(10);
      ack(`G ${JSON.stringify(again.ok ? { ok: true } : again.error)}`);
      ack(`inTransaction ${app.db.inTransaction}`);
      app.close();
      return;
    }
  }
}

(mode === 'fill' ? fill() : work()).catch((error) => {
  process.stderr.write(`writer failed: ${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
