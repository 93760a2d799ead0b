import Papa from 'papaparse';
import { AppError } from '../../core/api-result';
import { ContactInputSchema, type ContactFields } from '../../core/contacts';
import {
  guessMapping,
  IMPORT_LIMIT,
  TOO_LARGE_MESSAGE,
  type ImportInput,
  type ImportPreview,
  type ImportRow,
  type MappableField,
} from '../../core/portability';
import { createContact } from '../db/contacts-repository';
import type { Db } from '../db/connection';
import { ICAL } from './ical';

/**
 * Reading contacts from CSV (papaparse) and vCard (ical.js). Every row is checked with the same
 * schema as the contact form; a bad row is reported with its reasons and never imported. The import
 * runs inside the dispatcher's transaction, so a file is imported whole (its good rows) or not at all.
 */
const PREVIEW_ROWS = 200;

interface Candidate {
  row: number;
  raw: Record<string, unknown>;
  problems: string[];
}

interface Parsed {
  columns: string[];
  mapping: Record<string, MappableField | ''>;
  candidates: Candidate[];
}

function checkSize(text: string): string {
  if (text.length > IMPORT_LIMIT) throw new AppError('too-large', TOO_LARGE_MESSAGE);
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') throw new AppError('invalid-input', 'The file is empty.');
  return clean;
}

function parseCsv(text: string, mapping: Record<string, MappableField | ''> | undefined): Parsed {
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy' });
  const [header, ...rows] = result.data;
  if (!header || header.every((cell) => cell.trim() === '')) {
    throw new AppError('invalid-input', 'The first line of the file should name the columns, like Name,Email,Company.');
  }
  const columns = header.map((cell, index) => cell.trim() || `Column ${index + 1}`);
  if (new Set(columns).size !== columns.length) {
    throw new AppError('invalid-input', 'Two columns have the same name; rename one and try again.');
  }
  const chosen = mapping ?? guessMapping(columns);
  const problemsByRow = new Map<number, string[]>();
  for (const error of result.errors) {
    if (error.row === undefined || error.row === null) continue;
    const list = problemsByRow.get(error.row) ?? [];
    list.push(error.code === 'MissingQuotes' ? 'A quoted value is never closed.' : error.message);
    problemsByRow.set(error.row, list);
  }
  const candidates = rows.map((cells, index) => {
    const raw: Record<string, unknown> = { name: '' };
    columns.forEach((column, i) => {
      const field = chosen[column];
      if (field) raw[field] = cells[i] ?? '';
    });
    const problems = [...(problemsByRow.get(index + 1) ?? [])];
    if (cells.length > columns.length && cells.slice(columns.length).some((cell) => cell.trim() !== '')) {
      problems.push(`This row has ${cells.length} values but the header names ${columns.length} columns.`);
    }
    return { row: index + 2, raw, problems };
  });
  return { columns, mapping: chosen, candidates };
}

function textOf(value: unknown): string {
  if (Array.isArray(value)) return value.filter((part) => typeof part === 'string' && part).join(', ');
  return typeof value === 'string' ? value : '';
}

/** ORG is structured (company; department): the company is its first part. */
function firstOf(value: unknown): string {
  if (Array.isArray(value)) return textOf(value[0]);
  return textOf(value).split(';')[0] ?? '';
}

function parseVcard(text: string): Parsed {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    // The parser's message can quote the whole input; keep only its start.
    const detail = error instanceof Error ? error.message.slice(0, 120) : '';
    throw new AppError('invalid-input', `This does not read as a vCard file${detail ? ` (${detail})` : ''}.`);
  }
  const list = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  const candidates = list.map((jcard, index) => {
    const card = new ICAL.Component(jcard as never);
    if (card.name !== 'vcard') {
      return { row: index + 1, raw: {}, problems: ['This entry is not a contact card.'] };
    }
    const urls = card.getAllProperties('url').map((p) => textOf(p.getFirstValue()));
    const raw: Record<string, unknown> = {
      name: textOf(card.getFirstPropertyValue('fn')),
      jobTitle: textOf(card.getFirstPropertyValue('title')),
      company: firstOf(card.getFirstPropertyValue('org')),
      email: textOf(card.getFirstPropertyValue('email')).replace(/^mailto:/i, ''),
      phone: textOf(card.getFirstPropertyValue('tel')).replace(/^tel:/i, ''),
      linkedinUrl: urls.find((url) => /linkedin\.com/i.test(url)) ?? '',
      notes: textOf(card.getFirstPropertyValue('note')),
    };
    return { row: index + 1, raw, problems: [] };
  });
  return { columns: [], mapping: {}, candidates };
}

function parse(input: ImportInput): Parsed {
  const text = checkSize(input.text);
  return input.format === 'csv' ? parseCsv(text, input.mapping) : parseVcard(text);
}

interface Checked extends ImportRow {
  fields: ContactFields | null;
}

function check(candidate: Candidate): Checked {
  const name = typeof candidate.raw.name === 'string' ? candidate.raw.name.trim() : '';
  const result = ContactInputSchema.safeParse(candidate.raw);
  const reasons = [...candidate.problems, ...(result.success ? [] : result.error.issues.map((issue) => issue.message))];
  const ok = reasons.length === 0 && result.success;
  return { row: candidate.row, name, ok, reasons: [...new Set(reasons)], fields: ok ? result.data : null };
}

export function previewImport(input: ImportInput): ImportPreview {
  const parsed = parse(input);
  const checked = parsed.candidates.map(check);
  const shown = checked.slice(0, PREVIEW_ROWS).concat(checked.slice(PREVIEW_ROWS).filter((row) => !row.ok));
  const good = checked.filter((row) => row.ok).length;
  return {
    format: input.format,
    columns: parsed.columns,
    mapping: parsed.mapping,
    rows: shown.map(({ row, name, ok, reasons }) => ({ row, name, ok, reasons })),
    total: checked.length,
    good,
    bad: checked.length - good,
  };
}

export function importContacts(db: Db, input: ImportInput, now: string): { imported: number; skipped: number } {
  const checked = parse(input).candidates.map(check);
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
