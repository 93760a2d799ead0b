import { z } from 'zod';
import type { ContactFields } from './contacts';

/**
 * Contacts in and out as CSV and vCard, and planned check-ins out as an .ics calendar. The text of an
 * imported file crosses IPC once for the preview and once for the import; main parses it both
 * times, so what is imported is exactly what was previewed.
 */
export const IMPORT_FORMATS = ['csv', 'vcard'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The largest file Someday imports (characters of text). */
export const IMPORT_LIMIT = 1_000_000;
export const TOO_LARGE_MESSAGE = 'That file is over 1 MB. Split it into smaller files and import them one at a time.';

export const MAPPABLE_FIELDS = [
  'name',
  'jobTitle',
  'company',
  'email',
  'phone',
  'linkedinUrl',
  'relationship',
  'position',
  'interviewDate',
  'decisionDate',
  'status',
  'highlight',
  'notes',
] as const satisfies readonly (keyof ContactFields)[];
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

export const FIELD_LABELS: Record<MappableField, string> = {
  name: 'Name',
  jobTitle: 'Job title',
  company: 'Company',
  email: 'Email',
  phone: 'Phone',
  linkedinUrl: 'LinkedIn URL',
  relationship: 'Relationship',
  position: 'Position applied for',
  interviewDate: 'Interview date',
  decisionDate: 'Decision date',
  status: 'Status',
  highlight: 'Interview highlight',
  notes: 'Notes',
};

/** Import-only targets: name parts from split-name layouts, joined into Name in column order. */
export const NAME_PARTS = ['firstName', 'middleName', 'lastName'] as const;
export type NamePart = (typeof NAME_PARTS)[number];
export const IMPORT_TARGETS = [...MAPPABLE_FIELDS, ...NAME_PARTS] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

export const TARGET_LABELS: Record<ImportTarget, string> = {
  ...FIELD_LABELS,
  firstName: 'First name (joined into Name)',
  middleName: 'Middle name (joined into Name)',
  lastName: 'Last name (joined into Name)',
};

/** How a CSV file was read; a file that is not UTF-8 can be read again as Windows-1252. */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];
export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western European)',
};

export const MAX_COLUMNS = 200;

/**
 * The mapping is one entry per column, by position: a column's name from the file is never a key,
 * so names like "constructor" or "__proto__" are plain text, and two columns may share a name.
 */
const MappingSchema = z
  .array(
    z.union([z.enum(IMPORT_TARGETS), z.literal('')], { error: 'Map each column to a contact field or to nothing' }),
  )
  .max(MAX_COLUMNS, { error: `A file may have at most ${MAX_COLUMNS} columns` });
export type ImportMapping = (ImportTarget | '')[];

export const ImportInputSchema = z
  .object({
    format: z.enum(IMPORT_FORMATS, { error: 'Import a .csv or a .vcf file' }),
    text: z.string({ error: 'The file must be text' }),
    mapping: MappingSchema.optional(),
  })
  .strict();
export type ImportInput = z.input<typeof ImportInputSchema>;

export interface ImportRow {
  /** The record's number in the file (the header is row 1), or the card's number in a vCard file. */
  row: number;
  name: string;
  /** Imported (with the fields in `kept`), or left out for the `reasons`. */
  ok: boolean;
  reasons: string[];
  /** The fields this row fills, in form order. */
  kept: MappableField[];
  /** What was left out of an imported row or put into its notes, one sentence each. */
  notes: string[];
}

export interface ContactsImportPreview {
  format: ImportFormat;
  /** The CSV's columns in order (a repeated name gets " (2)"), and what each is read as. */
  columns: string[];
  mapping: ImportMapping;
  /** The row the column names were found on (1 unless the file starts with notes, like LinkedIn's). */
  headerRow: number;
  /** A sentence about the layout recognised, e.g. "LinkedIn connections", or null. */
  layout: string | null;
  /** The first rows, good and bad (at most 200), then every bad row after them. */
  rows: ImportRow[];
  total: number;
  good: number;
  bad: number;
}

export interface ContactsImportResult {
  imported: number;
  skipped: number;
}

export const EXPORT_FORMATS = ['csv', 'vcard'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  fileName: string;
  kind: 'csv' | 'vcf' | 'ics';
  content: string;
}

/**
 * The contacts export, every contact: the desktop app writes it in chunks where the person chose
 * (`saved`, `path`, no content); browser mode gets the content to download.
 */
export interface ContactsExport {
  fileName: string;
  kind: 'csv' | 'vcf';
  contacts: number;
  saved: boolean;
  path: string | null;
  content: string | null;
}

/** What a file that is not contacts looks like, in one sentence, or null when it may be contacts. */
export function describeNonContacts(text: string): string | null {
  const start = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 2000);
  const head = start.slice(0, 64).toUpperCase();
  if (head.startsWith('BEGIN:VCARD')) return null;
  if (head.startsWith('BEGIN:VCALENDAR')) {
    return 'This is a calendar file (.ics), not a list of contacts.';
  }
  if (start.startsWith('PK\u0003\u0004')) {
    return 'This looks like a spreadsheet workbook or a zip archive; save it as CSV first, then import the .csv file.';
  }
  if (start.startsWith('%PDF')) return 'This is a PDF document, not a list of contacts.';
  if (start.startsWith('{') || start.startsWith('[')) {
    return /"formatVersion"|"someday"/i.test(start)
      ? 'This looks like a Someday data export; restore it from Settings, Your data.'
      : 'This is JSON data, not a list of contacts.';
  }
  if (/^<!doctype html|^<html/i.test(start)) return 'This is a web page, not a list of contacts.';
  if (start.startsWith('<?xml') || start.startsWith('<')) return 'This is an XML document, not a list of contacts.';
  if (/^(from |from:|received:|return-path:|mime-version:|message-id:|delivered-to:)/i.test(start)) {
    return 'This is an email message, not a list of contacts.';
  }
  let controls = 0;
  for (let i = 0; i < start.length; i += 1) {
    const code = start.charCodeAt(i);
    if (code <= 8 || (code >= 14 && code <= 31)) controls += 1;
  }
  if (controls > 4) return 'This is a binary file, not a text list of contacts.';
  return null;
}

/** The format a file's text is in, whatever its name says: a vCard starts with BEGIN:VCARD. */
export function formatOfText(text: string): ImportFormat {
  return /^\s*BEGIN:VCARD/i.test(text.replace(/^\uFEFF/, '')) ? 'vcard' : 'csv';
}
