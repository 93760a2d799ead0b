/**
 * Varied synthetic data, made from a seeded random generator so the same sizes give the same rows:
 * contacts (statuses, companies, dates over three years, a few archived), drafts of mixed length up to
 * 2,000 words over a 12,000-word vocabulary (one revision each, as drafts:create keeps), interactions of
 * every kind and outcome, and one reminder per contact. One source for both `npm run seed`
 * (main/cli/seed.ts, which writes the rows through the app's repositories) and the benchmark
 * (bench/lib/data.mjs, which bulk-inserts them). Every list comes from core/, so the rows never drift
 * from what the app and its CHECK constraints accept. Rows use the database's own column names.
 */
import type { ContactRow as StoredContactRow } from '../db/contacts-repository';
import { draftLength, makeRandom, makeTextMaker, type Random, type TextMaker } from './random-text';
import { CONTACT_STATUSES, RELATIONSHIPS, type ContactStatus } from '../../core/contacts';
import { DRAFT_CHANNELS, DRAFT_STATUSES } from '../../core/drafts';
import { OUTCOMES_FOR_KIND } from '../../core/followup-workflow';
import { INTERACTION_KINDS, INTERACTION_OUTCOMES, REMINDER_STATES, REMINDER_STEPS } from '../../core/followups';

export interface Sizes {
  contacts: number;
  drafts: number;
  interactions: number;
  reminders: number;
}

export const FULL_SIZES: Sizes = { contacts: 25_000, drafts: 100_000, interactions: 200_000, reminders: 10_000 };
export const QUICK_SIZES: Sizes = { contacts: 300, drafts: 2_000, interactions: 6_000, reminders: 300 };

/** Two words that appear nowhere else in the vocabulary, planted together in SEARCH_SHARE of the drafts. */
export const SEARCH_QUERY = 'roadmap workshop';
export const SEARCH_SHARE = 0.02;
const SEARCH_SENTENCE = 'The roadmap workshop with the platform team stayed with me for days.';

/** The benchmark's fixed point in time the data is built around (a date, so "today" is stable); seed uses the clock. */
export { makeRandom };

export const BENCH_NOW = new Date('2026-11-26T09:00:00Z');

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
// Weights follow core's CONTACT_STATUSES order: rejected, thanked, interest-restated, on-radar, re-engaged, do-not-contact.
const STATUS_WEIGHTS = [0.25, 0.2, 0.2, 0.2, 0.1, 0.05];
// DRAFT_STATUSES (draft, ready, sent) and REMINDER_STATES (pending, done, skipped, cancelled) are weighted in order too.
const DRAFT_STATUS_WEIGHTS = [0.5, 0.1, 0.4];
const REMINDER_STATE_WEIGHTS = [0.6, 0.25, 0.1, 0.05];
/** Reminders are planned in UTC here, so due_day is due_at's own date and "today" is BENCH_NOW's date. */
export const BENCH_TIME_ZONE = 'UTC';

function weighted<T>(random: Random, items: readonly T[], weights: readonly number[]): T {
  let roll = random.next();
  for (let i = 0; i < items.length; i += 1) {
    roll -= weights[i]!;
    if (roll < 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

function isoDay(base: Date, days: number): string {
  return new Date(base.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

function isoStamp(base: Date, minutes: number): string {
  return new Date(base.getTime() + minutes * 60_000).toISOString();
}

/** A contacts row as the seed writes it: the repository's row with its enums and decision date known. */
export type ContactRow = Omit<
  StoredContactRow,
  'relationship' | 'status' | 'decision_date' | 'next_step' | 'plan_proposed'
> & {
  relationship: (typeof RELATIONSHIPS)[number];
  decision_date: string;
  status: ContactStatus;
};

export interface DraftRow {
  id: number;
  contact_id: number;
  channel: (typeof DRAFT_CHANNELS)[number];
  title: string;
  subject: string;
  body: string;
  template_id: string | null;
  status: (typeof DRAFT_STATUSES)[number];
  sent_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface RevisionRow {
  id: number;
  draft_id: number;
  subject: string;
  body: string;
  created_at: string;
}

export interface InteractionRow {
  id: number;
  contact_id: number;
  kind: (typeof INTERACTION_KINDS)[number];
  occurred_at: string;
  summary: string;
  outcome: (typeof INTERACTION_OUTCOMES)[number];
  draft_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface ReminderRow {
  id: number;
  contact_id: number;
  step: (typeof REMINDER_STEPS)[number];
  channel: (typeof DRAFT_CHANNELS)[number];
  template_id: string | null;
  due_at: string;
  due_day: string;
  time_zone: string;
  state: (typeof REMINDER_STATES)[number];
  interaction_id: number | null;
  notified_at: string | null;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SyntheticData {
  contacts: ContactRow[];
  drafts: DraftRow[];
  revisions: RevisionRow[];
  interactions: InteractionRow[];
  reminders: ReminderRow[];
  /** More text from the same vocabulary (the benchmark's fixed drafts). */
  text: TextMaker;
}

/**
 * Builds every row in memory, in the database's own column names (snake_case), around `now` (dates up to
 * three years before it, reminders due from 60 days before to 120 after); next_step_at is the earliest
 * pending reminder's day, as the app stores it.
 */
export function generateData(sizes: Sizes, now: Date = BENCH_NOW): SyntheticData {
  const random = makeRandom(20261126);
  const text = makeTextMaker(random);
  const contacts: ContactRow[] = [];
  const companies: string[] = [];
  for (let i = 0; i < 400; i += 1)
    companies.push(
      `${random.pick(COMPANY_WORDS)}${random.pick(COMPANY_WORDS).toLowerCase()} ${random.pick(COMPANY_ENDINGS)}`,
    );
  for (let id = 1; id <= sizes.contacts; id += 1) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const status: ContactStatus = weighted(random, CONTACT_STATUSES, STATUS_WEIGHTS);
    const decision = isoDay(now, -random.int(0, 3 * 365));
    const interview = random.next() < 0.8 ? isoDay(new Date(`${decision}T00:00:00Z`), -random.int(1, 30)) : null;
    const stamp = isoStamp(now, -random.int(0, 3 * 365 * 24 * 60));
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
      next_step_at: null,
      archived_at: random.next() < 0.03 ? stamp : null,
      created_at: stamp,
      updated_at: stamp,
    });
  }
  const drafts: DraftRow[] = [];
  const revisions: RevisionRow[] = [];
  for (let id = 1; id <= sizes.drafts; id += 1) {
    const contact = contacts[random.int(0, contacts.length - 1)]!;
    const channel = random.pick(DRAFT_CHANNELS);
    const planted = random.next() < SEARCH_SHARE ? SEARCH_SENTENCE : null;
    const body = text(draftLength(random), planted);
    const stamp = isoStamp(now, -random.int(60, 3 * 365 * 24 * 60));
    const status = weighted(random, DRAFT_STATUSES, DRAFT_STATUS_WEIGHTS);
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
    revisions.push({ id, draft_id: id, subject: drafts[id - 1]!.subject, body, created_at: stamp });
  }
  const interactions: InteractionRow[] = [];
  for (let id = 1; id <= sizes.interactions; id += 1) {
    const contact = contacts[random.int(0, contacts.length - 1)]!;
    const draft = random.next() < 0.3 && drafts.length > 0 ? drafts[random.int(0, drafts.length - 1)]! : null;
    const occurred = isoStamp(now, -random.int(0, 3 * 365 * 24 * 60));
    const kind = random.pick(INTERACTION_KINDS);
    interactions.push({
      id,
      contact_id: draft ? draft.contact_id : contact.id,
      kind,
      occurred_at: occurred,
      summary: text(random.int(4, 30)),
      outcome: random.pick(OUTCOMES_FOR_KIND[kind]),
      draft_id: draft ? draft.id : null,
      created_at: occurred,
      updated_at: occurred,
    });
  }
  const reminders: ReminderRow[] = [];
  for (let id = 1; id <= sizes.reminders; id += 1) {
    // Due between 60 days ago and 120 days ahead, at a local hour of the day (UTC here).
    const due = isoStamp(now, random.int(-60, 120) * 24 * 60 + random.int(-9, 14) * 60);
    const state = weighted(random, REMINDER_STATES, REMINDER_STATE_WEIGHTS);
    const created = isoStamp(new Date(due), -random.int(1, 90) * 24 * 60);
    reminders.push({
      id,
      contact_id: contacts[(id - 1) % contacts.length]!.id,
      step: random.pick(REMINDER_STEPS),
      channel: random.pick(DRAFT_CHANNELS),
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
  // What the app stores (migration 005's triggers): a contact's next step is its earliest pending reminder's day.
  const next = new Map<number, ReminderRow>();
  for (const reminder of reminders) {
    if (reminder.state !== 'pending') continue;
    const held = next.get(reminder.contact_id);
    const key = (r: ReminderRow) => [r.due_day, r.due_at, String(r.id).padStart(12, '0')].join('|');
    if (!held || key(reminder) < key(held)) next.set(reminder.contact_id, reminder);
  }
  for (const contact of contacts) contact.next_step_at = next.get(contact.id)?.due_day ?? null;
  return { contacts, drafts, revisions, interactions, reminders, text };
}

/** A draft the autosave, coach and editor figures use: a recent email to the first contact. */
export function addFixedDraft(
  data: SyntheticData,
  { title, body, minutesAgo }: { title: string; body: string; minutesAgo: number },
): DraftRow {
  const contact = data.contacts[0]!;
  const stamp = isoStamp(BENCH_NOW, -minutesAgo);
  const id = data.drafts.length + 1;
  const draft: DraftRow = {
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
