import { findPlaceholders } from '../placeholders';
import type { CoachInput, PersonalisationFinding } from './types';

/**
 * Why: a follow-up that could have been sent to anyone reads like a form letter. When the draft is for a
 * known contact, the coach checks three things: their name (first name, full name, or a title and
 * surname such as "Dr. Mensah"), the company (legal suffixes such as "Inc." may be left out), and the
 * detail the person noted from the interview. The detail is fuzzy: it is there when at least half of its
 * content words (stemmed: "toured" finds "tour") appear anywhere in the body. Accents and case are
 * ignored. An empty field on the contact is not held against the draft. An unfilled placeholder is
 * never a personal detail: its text is left out of the matching, and while {{company}} (or the name or
 * highlight placeholder) is still in the draft, that item is not ticked, whatever the contact holds.
 */

const PLACEHOLDERS_FOR = {
  name: ['contact.firstName', 'contact.name'],
  company: ['company'],
  detail: ['interview.highlight'],
} as const;

export const DETAIL_SHARE = 0.5;

const TITLES = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'coach', 'miss']);
const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'llp',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'bv',
  'co',
  'corp',
  'corporation',
  'company',
  'pty',
]);
const STOPWORDS = new Set(
  (
    'the a an and or but of to in on at for with about from by as into over after before your you our my me ' +
    'we us their them they his her its it this that these those how what when where who why which was were ' +
    'is are be been being had has have did do does really very so just all also more most some any one ' +
    "i i'm we're you're it's he she him up out off own than then there here"
  ).split(' '),
);
const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]|\p{M}/u;

function fold(text: string): string {
  const lower = text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
  return ACCENTED.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}

function tokenize(text: string): string[] {
  return fold(text).match(TOKEN) ?? [];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function containsPhrase(foldedBody: string, phrase: string): boolean {
  const words = tokenize(phrase);
  if (words.length === 0) return false;
  const pattern = words.map(escapeRegExp).join(String.raw`[\s\-'.,&]+`);
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${pattern}(?![\p{L}\p{N}])`, 'u').test(foldedBody);
}

export function stemWord(word: string): string {
  let w = word.replace(/'s$/, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && /(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  else if (w.length > 4 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

function isContentWord(word: string): boolean {
  return !STOPWORDS.has(word) && (word.length >= 3 || /\d/.test(word));
}

function findContentStems(text: string): string[] {
  return [...new Set(tokenize(text).filter(isContentWord).map(stemWord))];
}

function hasName(foldedBody: string, name: string): boolean {
  const parts = name
    .trim()
    .split(/\s+/)
    .filter((part) => !TITLES.has(fold(part).replace(/\./g, '')));
  if (parts.length === 0) return true;
  if (containsPhrase(foldedBody, parts.join(' ')) || containsPhrase(foldedBody, parts[0]!)) return true;
  const surname = tokenize(parts[parts.length - 1]!).join(' ');
  if (parts.length < 2 || surname === '') return false;
  const titled = [...TITLES].map(escapeRegExp).join('|');
  return new RegExp(String.raw`(?<![\p{L}])(?:${titled})\.?\s+${escapeRegExp(surname)}(?![\p{L}\p{N}])`, 'u').test(
    foldedBody,
  );
}

function hasCompany(foldedBody: string, company: string): boolean {
  if (company.trim() === '' || containsPhrase(foldedBody, company)) return true;
  const words = tokenize(company);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return containsPhrase(foldedBody, words.join(' '));
}

function containsStem(foldedBody: string, stem: string): boolean {
  const prefix = stem.slice(0, Math.max(3, stem.length - 1));
  const words = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(prefix)}[\p{L}\p{N}']*`, 'gu');
  for (const match of foldedBody.matchAll(words)) {
    if (stemWord(match[0]) === stem) return true;
  }
  return false;
}

function hasDetail(foldedBody: string, highlight: string): boolean {
  const wanted = findContentStems(highlight);
  if (wanted.length === 0) return true;
  const found = wanted.filter((stem) => containsStem(foldedBody, stem)).length;
  return found / wanted.length >= DETAIL_SHARE;
}

function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function checkPersonalisation(
  body: string,
  contact: NonNullable<CoachInput['contact']>,
): PersonalisationFinding {
  const placeholders = findPlaceholders(body);
  let filled = body;
  for (const { start, end } of placeholders)
    filled = filled.slice(0, start) + ' '.repeat(end - start) + filled.slice(end);
  const unfilled = (names: readonly string[]) => placeholders.some((placeholder) => names.includes(placeholder.name));
  const foldedBody = fold(filled);
  const name = !unfilled(PLACEHOLDERS_FOR.name) && hasName(foldedBody, contact.name);
  const company = !unfilled(PLACEHOLDERS_FOR.company) && hasCompany(foldedBody, contact.company);
  const detail = !unfilled(PLACEHOLDERS_FOR.detail) && hasDetail(foldedBody, contact.highlight);
  const firstName =
    contact.name
      .trim()
      .split(/\s+/)
      .find((part) => !TITLES.has(fold(part).replace(/\./g, ''))) ?? '';
  const missing: string[] = [];
  if (!name) missing.push(firstName ? `their name (${firstName})` : 'their name');
  if (!company) missing.push(contact.company.trim() ? `the company (${contact.company.trim()})` : 'the company');
  if (!detail) {
    missing.push(
      contact.highlight.trim()
        ? `the detail you noted from the interview ("${contact.highlight.trim()}")`
        : 'the detail you noted from the interview',
    );
  }
  let message =
    missing.length === 0
      ? 'Personal: it names them, the company and something specific from the interview.'
      : `Make it personal: mention ${joinWithAnd(missing)}.`;
  if (contact.highlight.trim() === '') {
    message += ' Tip: note one thing from the interview on the contact, so the coach can check you mention it.';
  }
  return { name, company, detail, message };
}
