import Papa from 'papaparse';
import { AppError } from '../../core/api-result';
import { ContactInputSchema, CONTACT_LIMITS, RELATIONSHIP_LABELS, STATUS_LABELS } from '../../core/contacts';
import type { ContactFields } from '../../core/contacts';
import {
  describeNonContacts,
  FIELD_LABELS,
  guessMapping,
  IMPORT_LIMIT,
  isKnownHeader,
  MAPPABLE_FIELDS,
  normaliseHeader,
  TOO_LARGE_MESSAGE,
  type ImportInput,
  type ImportMapping,
  type ContactsImportPreview,
  type ImportRow,
  type MappableField,
} from '../../core/contact-files';
import { createContact } from '../db/contacts-repository';
import type { Db } from '../db/connection';
import { preferredFirst, readVcards, splitStructured, unescapeText, type Vcard } from './vcard-reader';

/**
 * Reading contacts from CSV (papaparse) and vCard (./vcard-reader.ts). Both become the same
 * "gathered" record: candidate values per field in order of preference, extra lines for the notes,
 * and sentences for the preview. A person is kept whenever a name is found; an odd optional value
 * (an address that breaks the rule, a phone with an extension, a LinkedIn URL over http) is
 * normalised where that is safe, otherwise left out and kept in the notes, and the preview says so.
 * The import runs inside the dispatcher's transaction, so a file is imported whole (its good rows)
 * or not at all.
 */
const PREVIEW_ROWS = 200;
const NAME_PLACE = { firstName: 0, middleName: 1, lastName: 2 } as const;
const HEADER_SEARCH_ROWS = 10;

interface Gathered {
  row: number;
  names: string[];
  /** Name parts with their place: 0 first (given), 1 middle (additional), 2 last (family). */
  nameParts: [number, string][];
  /** Candidate values per field, preferred first. */
  values: Map<MappableField, string[]>;
  /** Extra lines for the notes (other addresses, websites, values left out). */
  extraNotes: string[];
  previewNotes: string[];
  /** Reasons the whole row cannot be read (a CSV quoting error). */
  problems: string[];
}

function gathered(row: number): Gathered {
  return { row, names: [], nameParts: [], values: new Map(), extraNotes: [], previewNotes: [], problems: [] };
}

function add(record: Gathered, field: MappableField, value: string): void {
  const clean = value.replace(/\r\n?/g, '\n').trim();
  if (!clean) return;
  record.values.set(field, [...(record.values.get(field) ?? []), clean]);
}

interface Parsed {
  columns: string[];
  mapping: ImportMapping;
  headerRow: number;
  layout: string | null;
  records: Gathered[];
}

function checkText(text: string): string {
  if (text.length > IMPORT_LIMIT) throw new AppError('too-large', TOO_LARGE_MESSAGE);
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') throw new AppError('invalid-input', 'The file is empty.');
  const other = describeNonContacts(clean);
  if (other) throw new AppError('invalid-input', other);
  return clean;
}

// ---------------------------------------------------------------- CSV

/** A cell Someday's CSV export protected against formulas ('=…) reads back as it was. */
function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function dedupeColumns(header: string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((cell, index) => {
    const base = cell.trim() || `Column ${index + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

function findHeaderRow(rows: string[][]): number {
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i += 1) {
    const cells = rows[i]!.filter((cell) => cell.trim() !== '');
    if (cells.length >= 2 && cells.some(isKnownHeader)) return i;
  }
  const first = rows.findIndex((cells) => cells.some((cell) => cell.trim() !== ''));
  return Math.max(first, 0);
}

function layoutOf(columns: string[]): string | null {
  const names = new Set(columns.map(normaliseHeader));
  const has = (...list: string[]) => list.every((name) => names.has(name));
  if (has('firstname', 'lastname', 'url', 'connectedon')) return 'LinkedIn connections';
  if (has('emailvalue') || has('givenname', 'familyname')) return 'Google Contacts';
  if (has('emaildisplayname') || has('jobtitle', 'businessphone')) return 'Outlook (English)';
  if (has('prenom', 'nom') || has('adressedemessagerie')) return 'Outlook (French)';
  if (has('vorname', 'nachname')) return 'Outlook (German)';
  if (has('primaryemail') || has('displayname', 'firstname')) return 'Thunderbird';
  if (MAPPABLE_FIELDS.every((field) => names.has(normaliseHeader(FIELD_LABELS[field])))) return 'Someday';
  return null;
}

function parseCsv(text: string, chosen: ImportMapping | undefined): Parsed {
  // Blank lines are kept while parsing (and skipped below) so that row numbers match the file's records.
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const blank = (cells: string[]) => cells.every((cell) => cell.trim() === '');
  const headerIndex = findHeaderRow(result.data);
  const header = result.data[headerIndex];
  if (!header || header.every((cell) => cell.trim() === '')) {
    throw new AppError('invalid-input', 'The first line of the file should name the columns, like Name,Email,Company.');
  }
  const columns = dedupeColumns(header);
  if (chosen && chosen.length !== columns.length) {
    throw new AppError('invalid-input', 'The column choices do not match the columns of this file; open it again.');
  }
  const mapping = chosen ?? guessMapping(columns);
  const problemsByRow = new Map<number, string[]>();
  for (const error of result.errors) {
    if (error.row === undefined || error.row === null) continue;
    const list = problemsByRow.get(error.row) ?? [];
    list.push(error.code === 'MissingQuotes' ? 'A quoted value is never closed.' : error.message);
    problemsByRow.set(error.row, list);
  }
  const records = result.data.slice(headerIndex + 1).flatMap((cells, offset) => {
    if (blank(cells)) return [];
    const index = headerIndex + 1 + offset;
    const record = gathered(index + 1);
    record.problems.push(...(problemsByRow.get(index) ?? []));
    if (cells.length > columns.length && cells.slice(columns.length).some((cell) => cell.trim() !== '')) {
      record.problems.push(`This row has ${cells.length} values but the header names ${columns.length} columns.`);
    }
    const notesColumns = mapping.filter((target) => target === 'notes').length;
    columns.forEach((column, i) => {
      const target = mapping[i];
      const cell = unescapeFormula((cells[i] ?? '').trim());
      if (!target || !cell) return;
      if (target === 'name') record.names.push(cell);
      else if (target === 'firstName' || target === 'middleName' || target === 'lastName') {
        record.nameParts.push([NAME_PLACE[target], cell]);
      } else if (target === 'notes') add(record, 'notes', notesColumns > 1 ? `${column}: ${cell}` : cell);
      else if (target === 'email' || target === 'phone') {
        // Google writes several values in one cell as "a ::: b".
        for (const part of cell.split(' ::: ')) add(record, target, part);
      } else add(record, target, cell);
    });
    return [record];
  });
  return { columns, mapping, headerRow: headerIndex + 1, layout: layoutOf(columns), records };
}

// ---------------------------------------------------------------- vCard

const PROPERTY_WORDS = new Map<string, string>([
  ['ADR', 'address'],
  ['LABEL', 'address'],
  ['BDAY', 'birthday'],
  ['ANNIVERSARY', 'anniversary'],
  ['NICKNAME', 'nickname'],
  ['PHOTO', 'photo'],
  ['LOGO', 'logo'],
  ['SOUND', 'sound'],
  ['KEY', 'key'],
  ['GEO', 'location'],
  ['IMPP', 'chat address'],
  ['X-MS-IMADDRESS', 'chat address'],
  ['CATEGORIES', 'groups'],
  ['ROLE', 'role'],
]);

const SOMEDAY_PROPERTIES = new Map<string, MappableField>([
  ['X-SOMEDAY-RELATIONSHIP', 'relationship'],
  ['X-SOMEDAY-POSITION', 'position'],
  ['X-SOMEDAY-INTERVIEW-DATE', 'interviewDate'],
  ['X-SOMEDAY-DECISION-DATE', 'decisionDate'],
  ['X-SOMEDAY-STATUS', 'status'],
  ['X-SOMEDAY-HIGHLIGHT', 'highlight'],
]);

function cardToRecord(card: Vcard): Gathered {
  const record = gathered(card.index);
  const texts = (name: string) => preferredFirst(card, name).map((property) => unescapeText(property.value).trim());
  const fn = texts('FN').find(Boolean);
  if (fn) record.names.push(fn);
  const n = card.properties.find((property) => property.name === 'N');
  if (n) {
    const [family = '', given = '', additional = ''] = splitStructured(n.value);
    [given, additional, family].forEach((part, place) =>
      record.nameParts.push([place, part.replace(/,/g, ' ').trim()]),
    );
  }
  for (const org of preferredFirst(card, 'ORG')) add(record, 'company', splitStructured(org.value)[0] ?? '');
  for (const title of texts('TITLE')) add(record, 'jobTitle', title);
  for (const email of texts('EMAIL')) add(record, 'email', email.replace(/^mailto:/i, ''));
  for (const tel of texts('TEL')) add(record, 'phone', tel);
  for (const url of texts('URL')) add(record, 'linkedinUrl', url);
  const notes = card.properties.filter((property) => property.name === 'NOTE');
  const noteText = notes.map((property) => unescapeText(property.value).trim()).filter(Boolean);
  if (noteText.length > 0) add(record, 'notes', noteText.join('\n\n'));
  for (const [property, field] of SOMEDAY_PROPERTIES) for (const value of texts(property)) add(record, field, value);
  const others = new Set<string>();
  for (const property of card.properties) {
    const word = PROPERTY_WORDS.get(property.name);
    if (word && property.value.trim()) others.add(word);
  }
  for (const name of card.skipped) others.add(PROPERTY_WORDS.get(name) ?? name.toLowerCase());
  if (others.size > 0) {
    record.previewNotes.push(`Not taken (Someday has no field for them): ${[...others].join(', ')}.`);
  }
  return record;
}

function parseVcard(text: string): Parsed {
  const cards = readVcards(text);
  if (cards.length === 0) {
    throw new AppError('invalid-input', 'This file has no contact card in it (no BEGIN:VCARD … END:VCARD).');
  }
  return { columns: [], mapping: [], headerRow: 0, layout: null, records: cards.map(cardToRecord) };
}

// ---------------------------------------------------------------- one record → one contact

const LINKEDIN_HOST = /^([a-z0-9-]+\.)*linkedin\.com$/i;

/** http:// or no scheme becomes https:// for a linkedin.com address; anything else stays as it is. */
export function normaliseLinkedInUrl(value: string): string {
  const trimmed = value.trim().replace(/\\:/g, ':');
  const withScheme = /^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    if (!LINKEDIN_HOST.test(url.hostname) || (url.protocol !== 'http:' && url.protocol !== 'https:')) return trimmed;
    return `https://${url.host}${url.pathname}${url.search}`.replace(/\/$/, '');
  } catch {
    return trimmed;
  }
}

function normalise(field: MappableField, value: string, extraNotes: string[], previewNotes: string[]): string {
  switch (field) {
    case 'email':
      return value.replace(/^mailto:/i, '').trim();
    case 'phone': {
      const [number = '', ...params] = value.replace(/^tel:/i, '').split(';');
      const ext = params.find((param) => /^ext=/i.test(param));
      if (ext) {
        extraNotes.push(`Phone extension: ${ext.slice(4)}`);
        previewNotes.push(`The phone extension ${ext.slice(4)} is kept in the notes.`);
      }
      return number.trim();
    }
    case 'linkedinUrl':
      return normaliseLinkedInUrl(value);
    case 'relationship':
    case 'status': {
      const labels: Record<string, string> = field === 'relationship' ? RELATIONSHIP_LABELS : STATUS_LABELS;
      const match = Object.keys(labels).find(
        (key) => key === value.toLowerCase() || labels[key]!.toLowerCase() === value.toLowerCase(),
      );
      return match ?? value;
    }
    default:
      return value;
  }
}

const shape = ContactInputSchema.shape;

const WEBSITE = 'a website, not a LinkedIn address';

function fieldProblem(field: MappableField, value: string): string | null {
  if (field === 'linkedinUrl' && !/^https?:\/\/([a-z0-9-]+\.)*linkedin\.com(\/|$)/i.test(value)) return WEBSITE;
  const result = shape[field].safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? `${FIELD_LABELS[field]} cannot be read`);
}

const KEEP_ALL_FIELDS: ReadonlySet<MappableField> = new Set<MappableField>(['email', 'phone', 'linkedinUrl']);
const EXTRA_LABELS: Partial<Record<MappableField, string>> = {
  email: 'Other email',
  phone: 'Other phone',
  linkedinUrl: 'Website',
};

interface Checked extends ImportRow {
  fields: ContactFields | null;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function check(record: Gathered): Checked {
  const raw = new Map<MappableField, string>();
  const previewNotes = [...record.previewNotes];
  const extraNotes = [...record.extraNotes];
  for (const field of MAPPABLE_FIELDS) {
    if (field === 'name' || field === 'notes') continue;
    const candidates = (record.values.get(field) ?? []).map((value) =>
      normalise(field, value, extraNotes, previewNotes),
    );
    let chosen: string | null = null;
    const others: string[] = [];
    for (const value of candidates) {
      const problem = fieldProblem(field, value);
      if (chosen === null && problem === null) {
        chosen = value;
      } else if (problem !== null && problem !== WEBSITE) {
        extraNotes.push(`${FIELD_LABELS[field]}: ${value}`);
        previewNotes.push(`${FIELD_LABELS[field]} “${value}” left out (${problem}); kept in the notes.`);
      } else if (KEEP_ALL_FIELDS.has(field) && value !== chosen) {
        others.push(value);
      }
    }
    if (chosen !== null) raw.set(field, chosen);
    const label = EXTRA_LABELS[field];
    if (label && others.length > 0) {
      extraNotes.push(...others.map((value) => `${label}: ${value}`));
      const noun = field === 'linkedinUrl' ? 'website' : field === 'email' ? 'more email address' : 'more phone number';
      previewNotes.push(`${plural(others.length, noun).replace('addresss', 'addresses')} kept in the notes.`);
    }
  }
  const parts = [...record.nameParts].sort((a, b) => a[0] - b[0]).map(([, part]) => part);
  let name = (record.names.length > 0 ? record.names : parts).filter(Boolean).join(' ');
  name = name.replace(/\s+/g, ' ').trim();
  if (!name) {
    const stand = raw.get('company') ?? raw.get('email') ?? raw.get('phone');
    if (stand) {
      name = stand;
      previewNotes.push('No name in the file; named after the company, email or phone. Change it after the import.');
    }
  }
  if (/\uFFFD/.test([name, ...raw.values(), ...(record.values.get('notes') ?? [])].join(''))) {
    previewNotes.push('Some characters could not be read (shown as �); try reading the file as another encoding.');
  }
  const notesBase = (record.values.get('notes') ?? []).join('\n');
  let notes = [notesBase, ...extraNotes].filter(Boolean).join('\n');
  if (notes.length > CONTACT_LIMITS.notes) {
    notes = notes.slice(0, CONTACT_LIMITS.notes);
    previewNotes.push(`The notes are cut to ${CONTACT_LIMITS.notes} characters.`);
  }
  const input = { ...Object.fromEntries(raw), name, notes };
  const result = ContactInputSchema.safeParse(input);
  const reasons = [...record.problems, ...(result.success ? [] : result.error.issues.map((issue) => issue.message))];
  const ok = reasons.length === 0 && result.success;
  const fields = ok && result.success ? result.data : null;
  const kept = fields ? MAPPABLE_FIELDS.filter((field) => fields[field] !== '' && fields[field] !== null) : [];
  return {
    row: record.row,
    name,
    ok,
    reasons: [...new Set(reasons)],
    kept: kept.filter((field) => raw.has(field) || field === 'name' || (field === 'notes' && notes !== '')),
    notes: ok ? [...new Set(previewNotes)] : [],
    fields,
  };
}

function parse(input: ImportInput): Parsed {
  const text = checkText(input.text);
  return input.format === 'csv' ? parseCsv(text, input.mapping) : parseVcard(text);
}

export function previewImport(input: ImportInput): ContactsImportPreview {
  const parsed = parse(input);
  const checked = parsed.records.map(check);
  const shown = checked.slice(0, PREVIEW_ROWS).concat(checked.slice(PREVIEW_ROWS).filter((row) => !row.ok));
  const good = checked.filter((row) => row.ok).length;
  return {
    format: input.format,
    columns: parsed.columns,
    mapping: parsed.mapping,
    headerRow: parsed.headerRow,
    layout: parsed.layout,
    rows: shown.map(({ fields: _fields, ...row }) => row),
    total: checked.length,
    good,
    bad: checked.length - good,
  };
}

export function importContacts(db: Db, input: ImportInput, now: string): { imported: number; skipped: number } {
  const checked = parse(input).records.map(check);
  let imported = 0;
  for (const row of checked) {
    if (!row.fields) continue;
    createContact(db, row.fields, now);
    imported += 1;
  }
  if (imported === 0) {
    throw new AppError('invalid-input', 'No row in this file could be imported; the preview lists why.');
  }
  return { imported, skipped: checked.length - imported };
}

/** For tests and the fixture report: the contacts a file would give, without a database. */
export function readContacts(input: ImportInput): { rows: ImportRow[]; contacts: ContactFields[] } {
  const checked = parse(input).records.map(check);
  return {
    rows: checked.map(({ fields: _fields, ...row }) => row),
    contacts: checked.flatMap((row) => (row.fields ? [row.fields] : [])),
  };
}
