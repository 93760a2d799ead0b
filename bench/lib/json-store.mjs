// The usual alternative: all data in one JSON file, the way electron-store (conf) and lowdb keep it.
// Every operation reads and parses the whole file, as electron-store's `store` getter does on each
// access; every change writes the whole file again atomically (a temporary file, fsync, then rename,
// as conf's `atomically` writer does), so a crash never leaves half a file. The queries below do the
// same work as the app's SQL, in plain JavaScript over arrays.
import fs from 'node:fs';

export function readStore(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

export function writeStore(file, document) {
  writeText(file, JSON.stringify(document));
}

/** Text written whole and atomically: a temporary file, fsync, then rename. */
export function writeText(file, text) {
  const temp = `${file}.tmp-${process.pid}`;
  const fd = fs.openSync(temp, 'w');
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
}

const byName = (a, b) => {
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a.id - b.id;
};

const byNextStep = (a, b) => {
  if ((a.nextStepAt === null) !== (b.nextStepAt === null)) return a.nextStepAt === null ? 1 : -1;
  if (a.nextStepAt !== b.nextStepAt) return a.nextStepAt < b.nextStepAt ? -1 : 1;
  return byName(a, b);
};

/** contacts:list: unarchived contacts, optionally one status, sorted, one page and the total. */
export function listContacts(file, { status = null, sort = 'name', limit = Infinity, offset = 0 }) {
  const store = readStore(file);
  const matching = store.contacts.filter((c) => c.archivedAt === null && (status === null || c.status === status));
  matching.sort(sort === 'name' ? byName : byNextStep);
  return { items: matching.slice(offset, offset + limit), total: matching.length };
}

function wordPatterns(search) {
  const words = search.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, 16).map((word) => new RegExp(`(^|[^\\p{L}\\p{N}])${word}`, 'iu'));
}

/** drafts:list with a search: every word as a prefix, in title, subject or body; best matches first. */
export function searchDrafts(file, search, { limit = 200 } = {}) {
  const store = readStore(file);
  const patterns = wordPatterns(search);
  const contacts = new Map(store.contacts.map((c) => [c.id, c]));
  const hits = [];
  for (const draft of store.drafts) {
    const haystack = `${draft.title}\n${draft.subject}\n${draft.body}`;
    if (patterns.every((pattern) => pattern.test(haystack))) hits.push({ draft, score: haystack.length });
  }
  // A stand-in for bm25: shorter documents with the same words rank first, then the newest.
  hits.sort((a, b) => a.score - b.score || (a.draft.updatedAt < b.draft.updatedAt ? 1 : -1));
  const items = hits.slice(0, limit).map(({ draft }) => {
    const contact = contacts.get(draft.contactId);
    const { body, ...summary } = draft;
    return {
      ...summary,
      contactName: contact?.name ?? '',
      company: contact?.company ?? '',
      excerpt: body.slice(0, 160).replace(/\s+/g, ' ').trim(),
    };
  });
  return { items, total: hits.length };
}

const REVISION_INTERVAL_MS = 2 * 60 * 1000;

/** drafts:save: the same rules as the app (a revision when the text changed and two minutes passed). */
export function saveDraft(file, { id, subject, body }, now) {
  const store = readStore(file);
  const draft = store.drafts.find((d) => d.id === id);
  if (!draft) throw new Error(`No draft ${id} in the JSON store`);
  const stamp = now.toISOString();
  Object.assign(draft, { subject, body, updatedAt: stamp });
  let latest = null;
  for (const revision of store.revisions)
    if (revision.draftId === id && (!latest || revision.id > latest.id)) latest = revision;
  const changed = !latest || latest.subject !== subject || latest.body !== body;
  const due = !latest || now.getTime() - Date.parse(latest.createdAt) >= REVISION_INTERVAL_MS;
  if (changed && due) {
    const nextId = store.revisions.reduce((max, r) => Math.max(max, r.id), 0) + 1;
    store.revisions.push({ id: nextId, draftId: id, subject, body, createdAt: stamp });
  }
  writeStore(file, store);
  return draft;
}

/** Opening: a JSON-store app reads and parses its whole file before it can show anything. */
export function openStore(file) {
  const store = readStore(file);
  return store.contacts.length;
}
