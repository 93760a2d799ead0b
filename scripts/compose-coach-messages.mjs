// Puts the hand-written sentences of tests/coach-corpus/compose/sentences.mjs together into whole,
// labelled messages and writes tests/coach-corpus/train-composed.json, which scripts/train-coach.mjs
// trains on with train.json. Deterministic (a fixed seed), so the file can always be written again:
//
//   node scripts/compose-coach-messages.mjs [--count 1200]
//   node scripts/compose-coach-messages.mjs --check   (exit 1 if the file is not what it would write)
//
// Each message is a greeting, a few sentences and a sign-off in one of the five channels' shapes. Its
// labels follow from the sentences it holds: a part is true when one of that part's sentences is in it
// (its evidence is that sentence), and its tone list is the kinds of its tone sentences (their
// toneEvidence). Mixes: about 45% clean, 38% a good message with one barb, the rest two or three
// problems with fewer parts. Near-misses (thanks to someone else, past interest, a bare "hope to hear
// from you", a lone "Thanks," above the name) stand in for parts that are absent. Two neighbouring
// sentences never hold three hedges between them, and a message never holds two apologies, unless
// the message is labelled for it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as S from '../tests/coach-corpus/compose/sentences.mjs';
import { NEUTRAL_4, TONE_4 } from '../tests/coach-corpus/compose/sentences-round4.mjs';
import { NEUTRAL_5, TONE_5 } from '../tests/coach-corpus/compose/sentences-round5.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'tests/coach-corpus/train-composed.json');
const countArg = process.argv.indexOf('--count');
const COUNT = countArg > 0 ? Number(process.argv[countArg + 1]) : 1200;
/**
 * Round four adds this many messages after the first COUNT (which stay exactly as they were), from a
 * second seed, drawing most of their barbs and neutral sentences from sentences-round4.mjs.
 */
const ROUND4_COUNT = 1500;
const ROUND4_SHARE = 0.7;
/** Round five adds this many more after those, from a third seed, drawing on sentences-round5.mjs. */
const ROUND5_COUNT = 1200;

let seed = 0x5eed1234;
function random() {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;
function shuffle(list) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const HEDGE =
  /\b(?:just|maybe|perhaps|i guess|sort of|kind of(?! you)|i think|i feel like|um|if that's okay|i suppose)\b/gi;
const APOLOGY = /\b(?:sorry(?! to hear)|apolog\w*|forgive me|excuse me)\b/gi;
const count = (text, pattern) => (text.match(pattern) ?? []).length;

function fill(template, slots) {
  return template.replace(/\{(\w+)\}/g, (_, name) => slots[name]);
}

function byKind(sentences) {
  const map = new Map();
  for (const [text, ...kinds] of sentences) {
    for (const kind of kinds) {
      if (!map.has(kind)) map.set(kind, []);
      map.get(kind).push([text, ...kinds]);
    }
  }
  return map;
}
const TONE_BY_KIND = byKind(S.TONE);
const TONE_BY_KIND_4 = byKind(TONE_4);
const TONE_BY_KIND_5 = byKind(TONE_5);
const KINDS = [...TONE_BY_KIND.keys()];
/** Which round the message being composed belongs to (3: the first COUNT; 4; 5). */
let round = 3;
const pickNeutral = () => {
  if (round === 5 && chance(0.5)) return pick(NEUTRAL_5);
  return round >= 4 && chance(0.5) ? pick(NEUTRAL_4) : pick(S.NEUTRAL);
};
function pickBarb(kind) {
  const newest = TONE_BY_KIND_5.get(kind);
  if (round === 5 && newest && chance(ROUND4_SHARE)) return pick(newest);
  const fresh = TONE_BY_KIND_4.get(kind);
  return round >= 4 && fresh && chance(ROUND4_SHARE) ? pick(fresh) : pick(TONE_BY_KIND.get(kind));
}

const CHANNELS = [
  ['email', 0.42],
  ['linkedin', 0.2],
  ['voicemail', 0.15],
  ['call', 0.11],
  ['letter', 0.12],
];
function pickChannel() {
  let r = random();
  for (const [channel, p] of CHANNELS) {
    if (r < p) return channel;
    r -= p;
  }
  return 'email';
}

/** The body sentences of one message, each { text, part?, kinds? }, in order. */
function chooseSentences(channel, mix) {
  const short = channel === 'linkedin';
  const partChance = mix === 'heavy' ? 0.45 : 0.8;
  const items = [];
  const grat = chance(mix === 'heavy' ? 0.5 : 0.88);
  const sinc = chance(partChance * 0.8);
  const conn = chance(partChance * 0.95);
  if (grat) items.push({ text: pick(S.GRATITUDE), part: 'gratitude' });
  else if (chance(0.35)) items.push({ text: pick(S.NOT_GRATITUDE) });
  const neutrals = short ? (chance(0.4) ? 1 : 0) : Math.floor(random() * 3) + (channel === 'email' ? 1 : 0);
  for (let i = 0; i < neutrals; i += 1) items.push({ text: pickNeutral() });
  if (sinc) items.push({ text: pick(S.SINCERITY), part: 'sincerity' });
  else if (chance(0.3)) items.push({ text: pick(S.NOT_SINCERITY) });
  if (conn) items.push({ text: pick(S.CONNECTION), part: 'connection' });
  else if (chance(0.4)) items.push({ text: pick(S.NOT_CONNECTION) });
  const barbs = mix === 'clean' ? 0 : mix === 'one' ? 1 : 2 + (chance(0.3) ? 1 : 0);
  const chosenKinds = shuffle(KINDS).slice(0, barbs);
  for (const kind of chosenKinds) {
    const [text, ...kinds] = pickBarb(kind);
    const at = 1 + Math.floor(random() * items.length);
    items.splice(Math.min(at, items.length), 0, { text, kinds });
  }
  return items;
}

function acceptable(items) {
  const kinds = new Set(items.flatMap((item) => item.kinds ?? []));
  const texts = items.map((item) => item.text);
  if (new Set(texts).size !== texts.length) return false;
  if (!kinds.has('hedging')) {
    for (let i = 0; i < texts.length; i += 1) {
      if (count(texts[i], HEDGE) + count(texts[i + 1] ?? '', HEDGE) >= 3) return false;
    }
  }
  if (!kinds.has('over-apology') && texts.reduce((n, text) => n + count(text, APOLOGY), 0) >= 2) return false;
  return items.length > 0;
}

function paragraphs(sentences, perParagraph) {
  const out = [];
  for (let i = 0; i < sentences.length; i += perParagraph) out.push(sentences.slice(i, i + perParagraph).join(' '));
  return out;
}

function compose(index) {
  const channel = pickChannel();
  const r = random();
  const mix = r < 0.45 ? 'clean' : r < 0.83 ? 'one' : 'heavy';
  let items;
  do items = chooseSentences(channel, mix);
  while (!acceptable(items));
  const slots = {
    first: pick(S.FIRST_NAMES),
    company: pick(S.COMPANIES),
    role: pick(S.ROLES),
    detail: pick(S.DETAILS),
    other: pick(S.OTHERS),
    skill: pick(S.SKILLS),
    day: pick(S.DAYS),
    city: pick(S.CITIES),
    me: pick(S.MY_NAMES),
  };
  const texts = items.map((item) => fill(item.text, slots));
  const myFirst = slots.me.split(' ')[0];
  let body;
  if (channel === 'email') {
    const greeting = pick(['Hi {first},', 'Dear {first},', 'Hello {first},', '{first},']);
    const signOff = pick(['Best,', 'Kind regards,', 'Thanks,', 'Many thanks,', 'Warmly,', 'All the best,', 'Cheers,']);
    body = [fill(greeting, slots), ...paragraphs(texts, chance(0.5) ? 2 : 3), `${signOff}\n${slots.me}`].join('\n\n');
  } else if (channel === 'letter') {
    const signOff = pick(['Yours sincerely,', 'With best wishes,', 'Yours faithfully,', 'Kind regards,']);
    body = [`Dear ${slots.first},`, ...paragraphs(texts, 2), `${signOff}\n${slots.me}`].join('\n\n');
  } else if (channel === 'linkedin') {
    const greeting = pick(['Hi {first}, ', '{first}, ', '', 'Hello {first}! ']);
    body = `${fill(greeting, slots)}${texts.join(' ')}${chance(0.5) ? ` ${myFirst}` : ''}`;
  } else if (channel === 'voicemail') {
    const phone = `07700 900${String(100 + Math.floor(random() * 899))}`;
    const opening = `Hi ${slots.first}, it's ${slots.me}, from the ${slots.role} interview.`;
    body = `${opening} ${texts.join(' ')} My number is ${phone}, that's ${phone}. ${pick(['Bye for now.', 'Take care.', 'Speak soon.', 'Cheers.'])}`;
  } else {
    const opener = `OPENER: Hi ${slots.first}, it's ${myFirst}, about the ${slots.role} role. Have you got a minute?`;
    const lines = [opener];
    const labels = ['THANKS', 'POINT', 'ASK', 'NOTE'];
    texts.forEach((text, i) => lines.push(`${labels[Math.min(i, labels.length - 1)]}: ${text}`));
    lines.push(`CLOSE: ${pick(['Great, speak soon.', 'Thanks, bye.', 'Take care, bye for now.'])}`);
    body = lines.join('\n');
  }
  const labels = { gratitude: false, sincerity: false, connection: false, tone: [] };
  const evidence = {};
  const toneEvidence = [];
  items.forEach((item, i) => {
    if (item.part && !labels[item.part]) {
      labels[item.part] = true;
      evidence[item.part] = texts[i];
    }
    for (const kind of item.kinds ?? []) {
      if (!labels.tone.includes(kind)) labels.tone.push(kind);
      toneEvidence.push({ category: kind, text: texts[i] });
    }
  });
  return {
    id: `tc-${String(index + 1).padStart(4, '0')}`,
    channel,
    ...(channel === 'email'
      ? { subject: pick(['Re: your application', 'Thank you', 'Re: interview outcome', '']) }
      : {}),
    body,
    labels,
    evidence,
    toneEvidence,
    note: `composed (${mix})`,
  };
}

const messages = Array.from({ length: COUNT }, (_, i) => compose(i));
round = 4;
seed = 0x4f0e2026;
for (let i = 0; i < ROUND4_COUNT; i += 1) messages.push(compose(COUNT + i));
round = 5;
seed = 0x5f1e2026;
for (let i = 0; i < ROUND5_COUNT; i += 1) messages.push(compose(COUNT + ROUND4_COUNT + i));
if (process.argv.includes('--check')) {
  const written = fs.existsSync(OUT) ? JSON.parse(fs.readFileSync(OUT, 'utf8')) : null;
  const same = JSON.stringify(written) === JSON.stringify(messages);
  console.log(same ? `${path.relative(ROOT, OUT)} is up to date` : `${path.relative(ROOT, OUT)} is out of date`);
  process.exit(same ? 0 : 1);
}
fs.writeFileSync(OUT, `${JSON.stringify(messages, null, 1)}\n`);
const tone = messages.filter((m) => m.labels.tone.length > 0).length;
console.log(`wrote ${path.relative(ROOT, OUT)}: ${messages.length} messages, ${tone} with a tone problem`);
