// Synthetic data for the benchmark: the same rows go into the app's SQLite file (through the app's own
// migrations, then bulk-inserted with raw statements so seeding stays quick) and into a JSON file in the
// shape a JSON-file store would keep. Everything is made from a seeded random generator, so two runs with
// the same sizes hold the same data.
import fs from 'node:fs';
import path from 'node:path';
import {
  CONTACT_STATUSES,
  DRAFT_CHANNELS,
  INTERACTION_KINDS,
  INTERACTION_OUTCOMES,
  REMINDER_STATES,
  REMINDER_STEPS,
} from './app-lists.mjs';

export const FULL_SIZES = { contacts: 10_000, drafts: 100_000, interactions: 200_000, reminders: 10_000 };
export const QUICK_SIZES = { contacts: 300, drafts: 2_000, interactions: 6_000, reminders: 300 };

/** Two words that appear nowhere else in the vocabulary, planted together in SEARCH_SHARE of the drafts. */
export const SEARCH_QUERY = 'roadmap workshop';
export const SEARCH_SHARE = 0.02;
const SEARCH_SENTENCE = 'The roadmap workshop with the platform team stayed with me for days.';

/** The fixed point in time the data is built around (a date, so "today" is stable). */
export const BENCH_NOW = new Date('2026-11-26T09:00:00Z');

export function makeRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

const COMMON = (
  'the a and to of i you for that it was in on with as is be at this we have so my your our team ' +
  'thank thanks time role work again would like hope know think still really kind very much about ' +
  'interview conversation decision feedback process chance meet meeting talk call week month year ' +
  'people product design engineering project company future opening position opportunity keep touch ' +
  'appreciate enjoyed learned grateful warm honest clear quick generous helpful thoughtful patient ' +
  'share shared follow up later next soon check reach out write wrote send sent note letter email ' +
  'manager recruiter panel lead staff senior junior platform frontend backend data mobile growth ' +
  'customer users support quality testing release plan goal focus skills course practice build ' +
  'built shipping shipped launch launched system systems service services code review reviews ' +
  'questions answer answers exercise pairing whiteboard session sessions offer offers hire hiring ' +
  'culture values mission office remote hybrid city travel spring summer autumn winter monday ' +
  'tuesday wednesday thursday friday morning afternoon evening best regards wishes warmly cheers ' +
  'if could might should will can may when where while because though after before since until ' +
  'more most less few many some any every each other another same different new old good great ' +
  'small large long short early late first last second third bit lot part whole all both either'
).split(/\s+/);

const SYLLABLES = 'ka lo mi ne ru sa te vi do fa ge hu ji ko le ma no pe ri so tu va we xi yo za bre cla dri fro'.split(
  ' ',
);

/** The vocabulary: common words first (drawn most often), then a long tail of made-up words. */
function buildVocabulary(random, tailSize) {
  const words = new Set(COMMON);
  while (words.size < COMMON.length + tailSize) {
    const parts = random.int(2, 4);
    let word = '';
    for (let i = 0; i < parts; i += 1) word += random.pick(SYLLABLES);
    if (!word.includes('roadmap') && !word.includes('workshop')) words.add(word);
  }
  return [...words];
}

function makeTextMaker(random) {
  const vocabulary = buildVocabulary(random, 12_000);
  const common = COMMON.length;
  const word = () => {
    // Common words most of the time, the long tail skewed towards its first entries (roughly Zipf-like).
    if (random.next() < 0.7) return vocabulary[Math.floor(common * random.next() ** 2)];
    return vocabulary[common + Math.floor((vocabulary.length - common) * random.next() ** 3)];
  };
  /** A body of exactly `count` words in sentences and paragraphs. */
  return (count, planted) => {
    const paragraphs = [];
    let sentences = [];
    let sentenceWords = [];
    let remaining = count;
    if (planted) {
      sentences.push(planted);
      remaining -= planted.split(' ').length;
    }
    while (remaining > 0) {
      sentenceWords.push(word());
      remaining -= 1;
      if (sentenceWords.length >= random.int(6, 18) || remaining === 0) {
        const first = sentenceWords[0];
        sentenceWords[0] = first.charAt(0).toUpperCase() + first.slice(1);
        sentences.push(`${sentenceWords.join(' ')}.`);
        sentenceWords = [];
        if (sentences.length >= random.int(3, 6)) {
          paragraphs.push(sentences.join(' '));
          sentences = [];
        }
      }
    }
    if (sentences.length > 0) paragraphs.push(sentences.join(' '));
    return paragraphs.join('\n\n');
  };
}

/** Mixed lengths up to 2,000 words: most are short notes, a quarter medium, a few long letters. */
function draftLength(random) {
  const roll = random.next();
  if (roll < 0.7) return random.int(30, 150);
  if (roll < 0.95) return random.int(150, 600);
  return random.int(600, 2000);
}

const FIRST_NAMES = (
  'Priya Marcus Elena Tomas Aiko Sam Jordan Alex Morgan Riley Casey Jamie Taylor Avery Quinn Noor ' +
  'Amara Kofi Lena Mateo Sofia Ravi Ingrid Yusuf Hana Oskar Leila Diego Mei Tariq Freya Niamh Arjun'
).split(' ');
const LAST_NAMES = (
  'Raman Oyelaran Fischer Herrera Watanabe Okafor Lindqvist Moreau Kowalski Haddad Brennan Sato ' +
  'Novak Adeyemi Costa Ibrahim Larsen Petrov Mendes Chen Walsh Kaur Duarte Nakamura Osei Romero'
).split(' ');
const COMPANY_WORDS = (
  'North Bright Field Lumen Oak Harbor Cedar Quill Atlas Beacon Copper Delta Ember Fable Grove ' +
  'Juniper Kestrel Lark Meadow Nimbus Orbit Pine Quarry River Summit Tide Umber Vale Willow'
).split(' ');
const COMPANY_ENDINGS = ['Labs', 'Health', 'Works', 'Studio', 'Systems', 'Group', 'Co', 'Digital'];
const TITLES = ['Engineering Manager', 'Technical Recruiter', 'Staff Engineer', 'Head of Design', 'Talent Partner'];
const POSITIONS = ['Senior Frontend Engineer', 'Product Designer', 'Data Analyst', 'Backend Engineer', 'UI Engineer'];
const RELATIONSHIPS = ['hiring-manager', 'recruiter', 'interviewer', 'referrer', 'other'];
// Weights follow core's CONTACT_STATUSES order: rejected, thanked, interest-restated, on-radar, re-engaged, do-not-contact.
const STATUSES = CONTACT_STATUSES;
const STATUS_WEIGHTS = [0.25, 0.2, 0.2, 0.2, 0.1, 0.05];
const CHANNELS = DRAFT_CHANNELS;
// REMINDER_STATES are weighted in that order too: pending, done, skipped, cancelled.
export { INTERACTION_KINDS, INTERACTION_OUTCOMES, REMINDER_STATES, REMINDER_STEPS };
/** Reminders are planned in UTC here, so due_day is due_at's own date and "today" is BENCH_NOW's date. */
export const BENCH_TIME_ZONE = 'UTC';

function weighted(random, items, weights) {
  let roll = random.next();
  for (let i = 0; i < items.length; i += 1) {
    roll -= weights[i];
    if (roll < 0) return items[i];
  }
  return items[items.length - 1];
}

function isoDay(base, days) {
  return new Date(base.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

function isoStamp(base, minutes) {
  return new Date(base.getTime() + minutes * 60_000).toISOString();
}

/**
 * Builds every row in memory, in the database's own column names (snake_case). `nextStepFor` is the
 * app's own function (core/next-step), so next_step_at is what the app would have stored.
 */
export function generateData(sizes, nextStepFor) {
  const random = makeRandom(20261126);
  const text = makeTextMaker(random);
  const contacts = [];
  const companies = [];
  for (let i = 0; i < 400; i += 1)
    companies.push(
      `${random.pick(COMPANY_WORDS)}${random.pick(COMPANY_WORDS).toLowerCase()} ${random.pick(COMPANY_ENDINGS)}`,
    );
  for (let id = 1; id <= sizes.contacts; id += 1) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const status = weighted(random, STATUSES, STATUS_WEIGHTS);
    const decision = isoDay(BENCH_NOW, -random.int(0, 3 * 365));
    const interview = random.next() < 0.8 ? isoDay(new Date(`${decision}T00:00:00Z`), -random.int(1, 30)) : null;
    const stamp = isoStamp(BENCH_NOW, -random.int(0, 3 * 365 * 24 * 60));
    contacts.push({
      id,
      name: `${first} ${last} ${id}`,
      job_title: random.pick(TITLES),
      company: random.pick(companies),
      email: `${first}.${last}.${id}@example.com`.toLowerCase(),
      phone: random.next() < 0.5 ? `+44 20 7946 ${String(id % 10_000).padStart(4, '0')}` : '',
      linkedin_url: '',
      relationship: random.pick(RELATIONSHIPS),
      position: random.pick(POSITIONS),
      interview_date: interview,
      decision_date: decision,
      status,
      notes: random.next() < 0.6 ? text(random.int(5, 60)) : '',
      highlight: random.next() < 0.5 ? text(random.int(4, 12)) : '',
      next_step_at: nextStepFor(status, decision).due,
      archived_at: random.next() < 0.03 ? stamp : null,
      created_at: stamp,
      updated_at: stamp,
    });
  }
  const drafts = [];
  const revisions = [];
  for (let id = 1; id <= sizes.drafts; id += 1) {
    const contact = contacts[random.int(0, contacts.length - 1)];
    const channel = random.pick(CHANNELS);
    const planted = random.next() < SEARCH_SHARE ? SEARCH_SENTENCE : null;
    const body = text(draftLength(random), planted);
    const stamp = isoStamp(BENCH_NOW, -random.int(60, 3 * 365 * 24 * 60));
    const status = weighted(random, ['draft', 'ready', 'sent'], [0.5, 0.1, 0.4]);
    drafts.push({
      id,
      contact_id: contact.id,
      channel,
      title: `${channel === 'email' ? 'Email' : 'Note'} for ${contact.name}`,
      subject: channel === 'email' ? `Thank you, ${contact.name.split(' ')[0]}` : '',
      body,
      template_id: null,
      status,
      sent_on: status === 'sent' ? stamp.slice(0, 10) : null,
      created_at: stamp,
      updated_at: stamp,
    });
    // drafts:create keeps the first text as a revision; every draft here has that one.
    revisions.push({ id, draft_id: id, subject: drafts[id - 1].subject, body, created_at: stamp });
  }
  const interactions = [];
  for (let id = 1; id <= sizes.interactions; id += 1) {
    const contact = contacts[random.int(0, contacts.length - 1)];
    const draft = random.next() < 0.3 ? drafts[random.int(0, drafts.length - 1)] : null;
    const occurred = isoStamp(BENCH_NOW, -random.int(0, 3 * 365 * 24 * 60));
    interactions.push({
      id,
      contact_id: draft ? draft.contact_id : contact.id,
      kind: random.pick(INTERACTION_KINDS),
      occurred_at: occurred,
      summary: text(random.int(4, 30)),
      outcome: random.pick(INTERACTION_OUTCOMES),
      draft_id: draft ? draft.id : null,
      created_at: occurred,
      updated_at: occurred,
    });
  }
  const reminders = [];
  for (let id = 1; id <= sizes.reminders; id += 1) {
    // Due between 60 days ago and 120 days ahead, at a local hour of the day (UTC here).
    const due = isoStamp(BENCH_NOW, random.int(-60, 120) * 24 * 60 + random.int(-9, 14) * 60);
    const state = weighted(random, REMINDER_STATES, [0.6, 0.25, 0.1, 0.05]);
    const created = isoStamp(new Date(due), -random.int(1, 90) * 24 * 60);
    reminders.push({
      id,
      contact_id: contacts[(id - 1) % contacts.length].id,
      step: random.pick(REMINDER_STEPS),
      channel: random.pick(CHANNELS),
      template_id: null,
      due_at: due,
      due_day: due.slice(0, 10),
      time_zone: BENCH_TIME_ZONE,
      state,
      interaction_id: null,
      notified_at: null,
      closed_at: state === 'pending' ? null : due,
      created_at: created,
      updated_at: state === 'pending' ? created : due,
    });
  }
  return { contacts, drafts, revisions, interactions, reminders, text };
}

/** A draft the autosave, coach and editor figures use: a recent email to the first contact. */
export function addFixedDraft(data, { title, body, minutesAgo }) {
  const contact = data.contacts[0];
  const stamp = isoStamp(BENCH_NOW, -minutesAgo);
  const id = data.drafts.length + 1;
  const draft = {
    id,
    contact_id: contact.id,
    channel: 'email',
    title,
    subject: `Thank you, ${contact.name.split(' ')[0]}`,
    body,
    template_id: null,
    status: 'draft',
    sent_on: null,
    created_at: stamp,
    updated_at: stamp,
  };
  data.drafts.push(draft);
  data.revisions.push({ id: data.revisions.length + 1, draft_id: id, subject: draft.subject, body, created_at: stamp });
  return draft;
}

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
