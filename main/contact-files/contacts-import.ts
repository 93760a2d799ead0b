import { AppError } from '../../core/api-result';
import { ContactInputSchema, CONTACT_LIMITS, RELATIONSHIP_LABELS, STATUS_LABELS } from '../../core/contacts';
import type { ContactFields } from '../../core/contacts';
import {
  FIELD_LABELS,
  MAPPABLE_FIELDS,
  type ContactsImportPreview,
  type ImportInput,
  type ImportRow,
  type MappableField,
} from '../../core/contact-files';
import { createContact } from '../db/contacts-repository';
import type { Db } from '../db/connection';
import { parse, PREVIEW_ROWS, type Gathered } from './parse';

/**
 * Reading contacts from CSV (papaparse) and vCard (./vcard-reader.ts). Both become the same
 * "gathered" record: candidate values per field in order of preference, extra lines for the notes,
 * and sentences for the preview. A person is kept whenever a name is found; an odd optional value
 * (an address that breaks the rule, a phone with an extension, a LinkedIn URL over http) is
 * normalised where that is safe, otherwise left out and kept in the notes, and the preview says so.
 * The import runs inside the dispatcher's transaction, so a file is imported whole (its good rows)
 * or not at all.
 */
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
