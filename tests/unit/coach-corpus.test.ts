import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyzeDraft } from '../../core/coach/analyze';
import { ROADMAP_PARTS, TONE_KINDS } from '../../core/coach/types';
import type { CoachReport, RoadmapPart, ToneKind } from '../../core/coach/types';
import { DRAFT_CHANNELS } from '../../core/drafts';

/**
 * Scores the coach against the hand-labelled corpus in tests/coach-corpus (see its README for the
 * labelling rules and the splits). The floors are regression alarms set below the measured values,
 * not targets: docs/COACH.md has the latest table and why each floor is where it is.
 */

const CORPUS_FILE = path.resolve(__dirname, '../coach-corpus/corpus.json');
const TRAIN_FILE = path.resolve(__dirname, '../coach-corpus/train.json');
/** Written blind, by someone who had not seen the coach, after the last tuning: the honest estimate. */
const BLIND_FILE = path.resolve(__dirname, '../coach-corpus/holdout-3.json');
const BLIND_SPLIT = 'holdout-3';
/**
 * Floors for holdout-3, just under what the coach with its model measures on it (docs/COACH.md), so
 * that a single extra miss or false alarm fails: [precision, recall]. Tone kinds rest on 1–6 examples
 * each. The model never trained on holdout-3; its first measurement, with the phrase lists alone, is
 * recorded in docs/COACH.md.
 */
const BLIND_FLOORS: Record<RoadmapPart | OldToneKind, readonly [number, number]> = {
  gratitude: [0.95, 0.97],
  sincerity: [0.97, 0.92],
  connection: [0.97, 0.9],
  // Round seven: one clean sentence more flagged as a kind of bitterness (5 of 7 right, 0.71).
  bitterness: [0.7, 0.82],
  sarcasm: [0.99, 0.99],
  pleading: [0.99, 0.99],
  reconsider: [0.99, 0.99],
  'over-apology': [0.99, 0.99],
  'self-deprecation': [0.99, 0.99],
  hedging: [0.99, 0.99],
};
const GROUPS = ['good', 'paraphrase', 'partial', 'bad', 'negative', 'long'] as const;
/** The seven kinds these older corpora were labelled with (the newer ones split bitterness further). */
const OLD_TONE_KINDS = [
  'bitterness',
  'sarcasm',
  'pleading',
  'reconsider',
  'over-apology',
  'self-deprecation',
  'hedging',
] as const satisfies readonly ToneKind[];
type OldToneKind = (typeof OLD_TONE_KINDS)[number];

const EntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    split: z.string().regex(/^(?:dev|holdout(?:-\d+)?)$/),
    group: z.enum(GROUPS),
    channel: z.enum(DRAFT_CHANNELS),
    subject: z.string().optional(),
    body: z.string().min(1),
    labels: z
      .object({
        gratitude: z.boolean(),
        sincerity: z.boolean(),
        connection: z.boolean(),
        tone: z.array(z.enum(OLD_TONE_KINDS)),
      })
      .strict(),
    note: z.string(),
  })
  .strict();
type Entry = z.infer<typeof EntrySchema>;

function readEntries(file: string): Entry[] {
  return z.array(EntrySchema).parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

const corpus: Entry[] = [...readEntries(CORPUS_FILE), ...readEntries(BLIND_FILE)];
const reports = new Map<string, CoachReport>(
  corpus.map((entry) => [
    entry.id,
    analyzeDraft({
      channel: entry.channel,
      subject: entry.subject ?? '',
      body: entry.body,
      contact: null,
      wordsPerMinute: 150,
    }),
  ]),
);

interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

function score(entries: readonly Entry[], predicted: (e: Entry) => boolean, actual: (e: Entry) => boolean): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const entry of entries) {
    const p = predicted(entry);
    const a = actual(entry);
    if (p && a) tp += 1;
    else if (p) fp += 1;
    else if (a) fn += 1;
  }
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

function scorePart(entries: readonly Entry[], part: RoadmapPart): Score {
  return score(
    entries,
    (e) => reports.get(e.id)!.parts[part].found,
    (e) => e.labels[part],
  );
}

/**
 * The older corpora were labelled with seven kinds, and their bitterness is "blame or resentment": the
 * newer kinds it has since been split into count as bitterness when scoring them.
 */
const AS_OLD_KIND: Record<ToneKind, OldToneKind | null> = {
  bitterness: 'bitterness',
  blame: 'bitterness',
  contempt: 'bitterness',
  'passive-aggression': 'bitterness',
  'guilt-tripping': 'bitterness',
  sarcasm: 'sarcasm',
  pleading: 'pleading',
  reconsider: 'reconsider',
  'over-apology': 'over-apology',
  'self-deprecation': 'self-deprecation',
  hedging: 'hedging',
  oversharing: null,
};

function scoreTone(entries: readonly Entry[], kind: OldToneKind): Score {
  return score(
    entries,
    (e) => reports.get(e.id)!.toneFlags.some((flag) => AS_OLD_KIND[flag.kind] === kind),
    (e) => e.labels.tone.includes(kind),
  );
}

function scoreFlag(entries: readonly Entry[]): Score {
  return score(
    entries,
    (e) => reports.get(e.id)!.toneFlags.length > 0,
    (e) => e.labels.tone.length > 0,
  );
}

function formatRow(name: string, s: Score): string {
  const cells = [s.precision.toFixed(2), s.recall.toFixed(2), String(s.tp), String(s.fp), String(s.fn)];
  return `| ${name.padEnd(17)} | ${cells.map((c) => c.padStart(4)).join(' | ')} |`;
}

function formatTable(title: string, entries: readonly Entry[]): string {
  const rows = [
    `${title} (${entries.length} messages)`,
    '| part or tone      | prec | rec  |   tp |   fp |   fn |',
    '| ----------------- | ---- | ---- | ---- | ---- | ---- |',
    ...ROADMAP_PARTS.map((part) => formatRow(part, scorePart(entries, part))),
    ...OLD_TONE_KINDS.map((kind) => formatRow(kind, scoreTone(entries, kind))),
    formatRow('tone flag (any)', scoreFlag(entries)),
  ];
  return rows.join('\n');
}

const SPLITS = [...new Set(corpus.map((entry) => entry.split))];

function filterSplit(split: string): Entry[] {
  return corpus.filter((entry) => entry.split === split);
}

describe('coach corpus', () => {
  it('is a well-formed, varied corpus', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    expect(new Set(corpus.map((entry) => entry.id)).size).toBe(corpus.length);
    for (const channel of DRAFT_CHANNELS) {
      const good = corpus.filter((e) => e.channel === channel && e.labels.gratitude && e.labels.sincerity);
      expect(good.filter((e) => e.labels.connection && e.labels.tone.length === 0).length).toBeGreaterThanOrEqual(3);
    }
    expect(corpus.filter((entry) => entry.group === 'paraphrase').length).toBeGreaterThanOrEqual(20);
    for (const kind of OLD_TONE_KINDS) {
      expect(corpus.filter((entry) => entry.labels.tone.includes(kind)).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('points every piece of evidence at the text it quotes', () => {
    for (const entry of corpus) {
      const report = reports.get(entry.id)!;
      for (const part of ROADMAP_PARTS) {
        const evidence = report.parts[part].evidence;
        if (evidence) expect(entry.body.slice(evidence.start, evidence.end)).toBe(evidence.text);
      }
      for (const flag of report.toneFlags) expect(entry.body.slice(flag.start, flag.end)).toBe(flag.text);
    }
  });

  it('finds the three parts with the precision and recall in docs/COACH.md', () => {
    console.log(
      [
        formatTable('All splits', corpus),
        ...SPLITS.map((split) => formatTable(`Split ${split}`, filterSplit(split))),
      ].join('\n\n'),
    );
    for (const part of ROADMAP_PARTS) {
      const all = scorePart(corpus, part);
      expect(all.precision, `${part} precision`).toBeGreaterThanOrEqual(0.95);
      expect(all.recall, `${part} recall`).toBeGreaterThanOrEqual(0.9);
      const tuned = scorePart(filterSplit('holdout-2'), part);
      expect(tuned.precision, `${part} precision on holdout-2`).toBeGreaterThanOrEqual(0.9);
      expect(tuned.recall, `${part} recall on holdout-2`).toBeGreaterThanOrEqual(0.7);
    }
  });

  it(`keeps the accuracy measured on ${BLIND_SPLIT}, written blind`, () => {
    const blind = filterSplit(BLIND_SPLIT);
    expect(blind.length).toBe(60);
    for (const part of ROADMAP_PARTS) {
      const { precision, recall } = scorePart(blind, part);
      expect(precision, `${part} precision on ${BLIND_SPLIT}`).toBeGreaterThanOrEqual(BLIND_FLOORS[part][0]);
      expect(recall, `${part} recall on ${BLIND_SPLIT}`).toBeGreaterThanOrEqual(BLIND_FLOORS[part][1]);
    }
    for (const kind of OLD_TONE_KINDS) {
      const { precision, recall } = scoreTone(blind, kind);
      expect(precision, `${kind} precision on ${BLIND_SPLIT}`).toBeGreaterThanOrEqual(BLIND_FLOORS[kind][0]);
      expect(recall, `${kind} recall on ${BLIND_SPLIT}`).toBeGreaterThanOrEqual(BLIND_FLOORS[kind][1]);
    }
    const clean = blind.filter((entry) => entry.labels.tone.length === 0);
    const quiet = clean.filter((entry) => reports.get(entry.id)!.toneFlags.length === 0);
    expect(quiet.length / clean.length, `share of clean ${BLIND_SPLIT} messages with no flag`).toBeGreaterThanOrEqual(
      0.95,
    );
  });

  it('flags tone with few false alarms', () => {
    for (const kind of OLD_TONE_KINDS) {
      const all = scoreTone(corpus, kind);
      // 0.75 since round seven: self-deprecation is named on 11 of 14 (one clean call script among them).
      expect(all.precision, `${kind} precision`).toBeGreaterThanOrEqual(0.75);
      expect(all.recall, `${kind} recall`).toBeGreaterThanOrEqual(0.7);
    }
    const clean = corpus.filter((entry) => entry.labels.tone.length === 0);
    const quiet = clean.filter((entry) => reports.get(entry.id)!.toneFlags.length === 0);
    // 0.95 since round seven (0.957, 6 of 143; round six 3): clean sentences with a negated cue word
    // are flagged ("I couldn't have asked for a fairer process."), docs/COACH.md "Known limits".
    expect(quiet.length / clean.length, 'share of clean messages with no flag').toBeGreaterThanOrEqual(0.95);
  });
});

const LabelledSchema = z.object({
  id: z.string().min(1),
  channel: z.enum(DRAFT_CHANNELS),
  subject: z.string().optional(),
  body: z.string().min(1),
  labels: z
    .object({
      gratitude: z.boolean(),
      sincerity: z.boolean(),
      connection: z.boolean(),
      tone: z.array(z.enum(TONE_KINDS)),
    })
    .strict(),
  evidence: z.record(z.string(), z.string().nullable()).optional(),
  toneEvidence: z.array(z.object({ category: z.enum(TONE_KINDS), text: z.string().min(1) })).optional(),
  note: z.string().optional(),
});

describe('the training corpus (train.json, labelled by the rules in docs/COACH.md)', () => {
  const train = z.array(LabelledSchema).parse(JSON.parse(fs.readFileSync(TRAIN_FILE, 'utf8')));

  it('is large and varied: every channel, every tone kind, the parts present and absent', () => {
    expect(train.length).toBeGreaterThanOrEqual(1_500);
    expect(new Set(train.map((m) => m.id)).size).toBe(train.length);
    for (const channel of DRAFT_CHANNELS) expect(train.filter((m) => m.channel === channel).length).toBeGreaterThan(50);
    for (const kind of TONE_KINDS) expect(train.filter((m) => m.labels.tone.includes(kind)).length).toBeGreaterThan(40);
    for (const part of ROADMAP_PARTS) {
      expect(train.filter((m) => m.labels[part]).length).toBeGreaterThan(300);
      expect(train.filter((m) => !m.labels[part]).length).toBeGreaterThan(300);
    }
  });

  it('quotes the exact words behind every true label', () => {
    for (const message of train) {
      for (const part of ROADMAP_PARTS) {
        const evidence = message.evidence?.[part];
        if (message.labels[part])
          expect(evidence && message.body.includes(evidence), `${message.id} ${part}`).toBe(true);
        else expect(evidence ?? null, `${message.id} ${part}`).toBeNull();
      }
      const kinds = new Set((message.toneEvidence ?? []).map((entry) => entry.category));
      expect([...kinds].sort(), message.id).toEqual([...new Set(message.labels.tone)].sort());
      for (const entry of message.toneEvidence ?? []) expect(message.body.includes(entry.text), message.id).toBe(true);
    }
  });
});

const COMPOSED_FILE = path.resolve(__dirname, '../coach-corpus/train-composed.json');

describe('the composed training messages (train-composed.json)', () => {
  const composed = z.array(LabelledSchema).parse(JSON.parse(fs.readFileSync(COMPOSED_FILE, 'utf8')));
  const written = new Set(
    (JSON.parse(fs.readFileSync(TRAIN_FILE, 'utf8')) as { id: string }[]).map((message) => message.id),
  );

  it('are what the composer writes, from the hand-written sentences', () => {
    const run = spawnSync(process.execPath, ['scripts/compose-coach-messages.mjs', '--check'], {
      cwd: path.resolve(__dirname, '../..'),
      encoding: 'utf8',
    });
    expect(run.stdout).toContain('up to date');
    expect(run.status).toBe(0);
  });

  it('cover every tone kind and both sides of every part, each label with its exact words', () => {
    expect(composed.length).toBeGreaterThanOrEqual(800);
    expect(new Set(composed.map((m) => m.id)).size).toBe(composed.length);
    for (const message of composed) expect(written.has(message.id), message.id).toBe(false);
    for (const kind of TONE_KINDS)
      expect(composed.filter((m) => m.labels.tone.includes(kind)).length).toBeGreaterThan(40);
    for (const part of ROADMAP_PARTS) {
      expect(composed.filter((m) => m.labels[part]).length).toBeGreaterThan(200);
      expect(composed.filter((m) => !m.labels[part]).length).toBeGreaterThan(200);
    }
    for (const message of composed) {
      for (const part of ROADMAP_PARTS) {
        const evidence = message.evidence?.[part];
        if (message.labels[part])
          expect(evidence && message.body.includes(evidence), `${message.id} ${part}`).toBe(true);
        else expect(evidence ?? null, `${message.id} ${part}`).toBeNull();
      }
      const kinds = [...new Set((message.toneEvidence ?? []).map((entry) => entry.category))].sort();
      expect(kinds, message.id).toEqual([...new Set(message.labels.tone)].sort());
      for (const entry of message.toneEvidence ?? []) expect(message.body.includes(entry.text), message.id).toBe(true);
    }
  });
});

/**
 * The training writers: train-a and train-b (round six, heavy on the quiet kinds), train-c (round seven,
 * the quiet kinds that still slipped and their clean look-alikes), train-d (the parts in paraphrase and
 * their near-misses), train-e (second-language and regional English), train-f (spoken notes and very
 * short ones), and train-g to train-j (written to the same brief as the blind sets, each with its own
 * voices). Each brief asked for a spread of kinds; this keeps what each file was written for.
 */
const QUIET_KINDS = [
  'blame',
  'contempt',
  'bitterness',
  'sarcasm',
  'passive-aggression',
  'guilt-tripping',
] as const satisfies readonly ToneKind[];
const WRITTEN_TRAINING_FILES: Record<
  string,
  { bad: number; clean: number; perKind: number; kinds: readonly ToneKind[] }
> = {
  'train-a.json': { bad: 200, clean: 200, perKind: 20, kinds: QUIET_KINDS },
  'train-b.json': { bad: 200, clean: 200, perKind: 20, kinds: QUIET_KINDS },
  'train-c.json': { bad: 200, clean: 250, perKind: 25, kinds: QUIET_KINDS },
  'train-d.json': { bad: 120, clean: 350, perKind: 10, kinds: TONE_KINDS },
  'train-e.json': { bad: 180, clean: 300, perKind: 15, kinds: TONE_KINDS },
  'train-f.json': { bad: 170, clean: 300, perKind: 15, kinds: TONE_KINDS },
  'train-g.json': { bad: 180, clean: 300, perKind: 15, kinds: TONE_KINDS },
  'train-h.json': { bad: 180, clean: 300, perKind: 15, kinds: TONE_KINDS },
  'train-i.json': { bad: 180, clean: 300, perKind: 15, kinds: TONE_KINDS },
  'train-j.json': { bad: 180, clean: 300, perKind: 15, kinds: TONE_KINDS },
};

describe('the training writers (train-a.json to train-j.json)', () => {
  const corpus = (file: string) =>
    z
      .array(LabelledSchema)
      .parse(JSON.parse(fs.readFileSync(path.resolve(__dirname, '../coach-corpus', file), 'utf8')));

  it('share no id with each other or with any other training file', () => {
    const others = ['train.json', 'train-composed.json', ...[4, 5, 6, 7, 8].map((n) => `holdout-${n}.json`)];
    const seen = new Set(
      others.flatMap((file) =>
        (JSON.parse(fs.readFileSync(path.resolve(__dirname, '../coach-corpus', file), 'utf8')) as { id: string }[]).map(
          (message) => message.id,
        ),
      ),
    );
    for (const file of Object.keys(WRITTEN_TRAINING_FILES)) {
      for (const message of corpus(file)) {
        // The composed messages' ids start "tc-": the training script tells them apart by it.
        expect(message.id.startsWith('tc-'), message.id).toBe(false);
        expect(seen.has(message.id), message.id).toBe(false);
        seen.add(message.id);
      }
    }
  });

  it.each(Object.entries(WRITTEN_TRAINING_FILES))(
    '%s has the barbs and clean notes it was written for',
    (file, want) => {
      const messages = corpus(file);
      expect(messages).toHaveLength(500);
      expect(messages.filter((m) => m.labels.tone.length > 0).length).toBeGreaterThanOrEqual(want.bad);
      expect(messages.filter((m) => m.labels.tone.length === 0).length).toBeGreaterThanOrEqual(want.clean);
      for (const kind of want.kinds)
        expect(messages.filter((m) => m.labels.tone.includes(kind)).length, kind).toBeGreaterThanOrEqual(want.perKind);
    },
  );
});

/**
 * The further writers' messages: holdout-4 to holdout-8 (each written blind by a different helper and
 * measured once as a blind set, docs/COACH.md) and train-a to train-j (written as training data by ten
 * more helpers, two in round six and eight in round seven). The model trains on all of them, so these are
 * training-set figures, not blind estimates (docs/COACH.md has the leave-one-writer-out figures, which
 * are): floors a hair under what the committed model measures, for accuracy per part and for the tone
 * flag and for bad-tone recall, and a ceiling on the share of good messages flagged.
 */
interface HeldOutFloors {
  messages: number;
  gratitude: number;
  sincerity: number;
  connection: number;
  toneFlag: number;
  recall: number;
  /** A ceiling: the share of good messages flagged. */
  falseFlags: number;
}

function keepsHeldOutFigures(file: string, floors: HeldOutFloors): void {
  const held = z.array(LabelledSchema).parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  const found = held.map((message) =>
    analyzeDraft({
      channel: message.channel,
      subject: message.subject ?? '',
      body: message.body,
      contact: null,
      wordsPerMinute: 150,
    }),
  );
  expect(held).toHaveLength(floors.messages);
  for (const part of ROADMAP_PARTS) {
    const right = held.filter((message, i) => found[i]!.parts[part].found === message.labels[part]).length;
    expect(right / held.length, part).toBeGreaterThanOrEqual(floors[part]);
  }
  const flagged = held.map((_, i) => found[i]!.toneFlags.length > 0);
  const bad = held.map((message) => message.labels.tone.length > 0);
  const right = flagged.filter((flag, i) => flag === bad[i]).length;
  expect(right / held.length, 'tone flag').toBeGreaterThanOrEqual(floors.toneFlag);
  const caught = flagged.filter((flag, i) => flag && bad[i]).length;
  expect(caught / bad.filter(Boolean).length, 'bad-tone recall').toBeGreaterThanOrEqual(floors.recall);
  const falseFlags = flagged.filter((flag, i) => flag && !bad[i]).length;
  expect(falseFlags / bad.filter((b) => !b).length, 'false flags on good messages').toBeLessThanOrEqual(
    floors.falseFlags,
  );
}

const WRITER_FLOORS: Record<string, HeldOutFloors> = {
  'holdout-4': {
    messages: 367,
    gratitude: 0.99,
    sincerity: 0.971,
    connection: 0.958,
    toneFlag: 0.996,
    recall: 0.991,
    falseFlags: 0.001,
  },
  'holdout-5': {
    messages: 400,
    gratitude: 0.988,
    sincerity: 0.958,
    connection: 0.986,
    toneFlag: 0.993,
    recall: 0.992,
    falseFlags: 0.005,
  },
  'holdout-6': {
    messages: 400,
    gratitude: 0.971,
    sincerity: 0.953,
    connection: 0.961,
    toneFlag: 0.986,
    recall: 0.992,
    falseFlags: 0.017,
  },
  'holdout-7': {
    messages: 400,
    gratitude: 0.993,
    sincerity: 0.983,
    connection: 0.991,
    toneFlag: 0.993,
    recall: 0.992,
    falseFlags: 0.005,
  },
  'holdout-8': {
    messages: 500,
    gratitude: 0.98,
    sincerity: 0.978,
    connection: 0.972,
    toneFlag: 0.986,
    recall: 0.993,
    falseFlags: 0.017,
  },
  'train-a': {
    messages: 500,
    gratitude: 0.932,
    sincerity: 0.98,
    connection: 0.978,
    toneFlag: 0.982,
    recall: 0.985,
    falseFlags: 0.019,
  },
  'train-b': {
    messages: 500,
    gratitude: 0.986,
    sincerity: 0.996,
    connection: 0.996,
    toneFlag: 0.984,
    recall: 0.994,
    falseFlags: 0.022,
  },
  'train-c': {
    messages: 500,
    gratitude: 0.976,
    sincerity: 0.994,
    connection: 0.994,
    toneFlag: 0.978,
    recall: 0.98,
    falseFlags: 0.022,
  },
  'train-d': {
    messages: 500,
    gratitude: 0.986,
    sincerity: 0.98,
    connection: 0.97,
    toneFlag: 0.982,
    recall: 0.974,
    falseFlags: 0.014,
  },
  'train-e': {
    messages: 500,
    gratitude: 0.996,
    sincerity: 0.98,
    connection: 0.976,
    toneFlag: 0.992,
    recall: 0.998,
    falseFlags: 0.01,
  },
  'train-f': {
    messages: 500,
    gratitude: 0.994,
    sincerity: 0.978,
    connection: 0.974,
    toneFlag: 0.986,
    recall: 0.998,
    falseFlags: 0.019,
  },
  'train-g': {
    messages: 500,
    gratitude: 0.984,
    sincerity: 0.99,
    connection: 0.986,
    toneFlag: 0.988,
    recall: 0.983,
    falseFlags: 0.007,
  },
  'train-h': {
    messages: 500,
    gratitude: 0.964,
    sincerity: 0.972,
    connection: 0.96,
    toneFlag: 0.988,
    recall: 0.998,
    falseFlags: 0.017,
  },
  'train-i': {
    messages: 500,
    gratitude: 0.984,
    sincerity: 0.978,
    connection: 0.988,
    toneFlag: 0.984,
    recall: 0.983,
    falseFlags: 0.013,
  },
  'train-j': {
    messages: 500,
    gratitude: 0.986,
    sincerity: 0.982,
    connection: 0.982,
    toneFlag: 0.986,
    recall: 0.993,
    falseFlags: 0.017,
  },
};

describe("the further writers' messages, trained on since round six (holdout-8 and train-c to train-j since round seven)", () => {
  it.each(Object.entries(WRITER_FLOORS))('%s keeps its accuracy on each part and on the tone flag', (name, floors) => {
    keepsHeldOutFigures(path.resolve(__dirname, `../coach-corpus/${name}.json`), floors);
  });
});

/**
 * holdout-9 and holdout-10 (500 messages each, by two more writers who saw no corpus, rules' examples or
 * code) were measured blind once each in round seven (docs/COACH.md): holdout-10 on the final coach;
 * holdout-9 on the final model before the gratitude rules that its misses led to, so its gratitude
 * floor is after them. The model has not trained on either. These floors keep the figures from getting
 * worse until the next round, which may train on them and needs new blind writers.
 */
describe('holdout-9 and holdout-10, measured blind once in round seven', () => {
  it.each([
    [
      'holdout-9',
      {
        messages: 500,
        gratitude: 0.978,
        sincerity: 0.972,
        connection: 0.986,
        toneFlag: 0.98,
        recall: 0.983,
        falseFlags: 0.02,
      },
    ],
    [
      'holdout-10',
      {
        messages: 500,
        gratitude: 0.994,
        sincerity: 0.98,
        connection: 0.996,
        toneFlag: 0.986,
        recall: 0.983,
        falseFlags: 0.01,
      },
    ],
  ] as const)('%s keeps its figures on each part, the tone flag, recall and false flags', (name, floors) => {
    keepsHeldOutFigures(path.resolve(__dirname, `../coach-corpus/${name}.json`), floors);
  });
});
