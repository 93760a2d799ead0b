import Papa from 'papaparse';
import { AppError } from '../../core/api-result';
import {
  describeNonContacts,
  FIELD_LABELS,
  IMPORT_LIMIT,
  MAPPABLE_FIELDS,
  TOO_LARGE_MESSAGE,
  type ImportInput,
  type ImportMapping,
  type MappableField,
} from '../../core/contact-files';
import { guessMapping, isKnownHeader, normaliseHeader } from './headers';
import { preferredFirst, readVcards, splitStructured, unescapeText, type Vcard } from './vcard-reader';

/**
 * A contacts file read into "gathered" records, before any value is checked: CSV through papaparse (the
 * header row found, columns named, mapped by the person's choice or by the header names below) and vCard
 * through ./vcard-reader.ts. contacts-import.ts checks and keeps what it can.
 */

/** How many rows the preview lists (the import takes them all). */
export const PREVIEW_ROWS = 200;
const NAME_PLACE = { firstName: 0, middleName: 1, lastName: 2 } as const;
const HEADER_SEARCH_ROWS = 10;

export interface Gathered {
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

export interface Parsed {
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

/** The file's text, checked, read as what it says it is. */
export function parse(input: ImportInput): Parsed {
  const text = checkText(input.text);
  return input.format === 'csv' ? parseCsv(text, input.mapping) : parseVcard(text);
}
