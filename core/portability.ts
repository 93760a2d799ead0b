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

const MappingSchema = z
  .record(
    z.string().max(200, { error: 'A column name is too long' }),
    z.union([z.enum(MAPPABLE_FIELDS), z.literal('')], { error: 'Map each column to a contact field or to nothing' }),
  )
  .refine((mapping) => Object.keys(mapping).length <= 100, { error: 'A file may have at most 100 columns' });

export const ImportInputSchema = z
  .object({
    format: z.enum(IMPORT_FORMATS, { error: 'Import a .csv or a .vcf file' }),
    text: z.string({ error: 'The file must be text' }),
    mapping: MappingSchema.optional(),
  })
  .strict();
export type ImportInput = z.input<typeof ImportInputSchema>;

export interface ImportRow {
  /** The row's number in the file (the header is row 1), or the card's number in a vCard file. */
  row: number;
  name: string;
  ok: boolean;
  reasons: string[];
}

export interface ImportPreview {
  format: ImportFormat;
  columns: string[];
  mapping: Record<string, MappableField | ''>;
  /** The first rows, good and bad (at most 200), then every bad row after them. */
  rows: ImportRow[];
  total: number;
  good: number;
  bad: number;
}

export interface ImportResult {
  imported: number;
  skipped: number;
}

export const EXPORT_FORMATS = ['csv', 'vcard'] as const;

export interface ExportedFile {
  fileName: string;
  kind: 'csv' | 'vcf' | 'ics';
  content: string;
}

function normalise(header: string): string {
  return header.toLowerCase().replace(/[^a-z]/g, '');
}

const SYNONYMS: Record<string, MappableField> = {
  name: 'name',
  fullname: 'name',
  contact: 'name',
  contactname: 'name',
  jobtitle: 'jobTitle',
  title: 'jobTitle',
  company: 'company',
  organisation: 'company',
  organization: 'company',
  employer: 'company',
  email: 'email',
  emailaddress: 'email',
  mail: 'email',
  phone: 'phone',
  telephone: 'phone',
  mobile: 'phone',
  phonenumber: 'phone',
  linkedin: 'linkedinUrl',
  linkedinurl: 'linkedinUrl',
  linkedinprofile: 'linkedinUrl',
  relationship: 'relationship',
  position: 'position',
  positionappliedfor: 'position',
  role: 'position',
  interviewdate: 'interviewDate',
  interviewed: 'interviewDate',
  decisiondate: 'decisionDate',
  decision: 'decisionDate',
  status: 'status',
  highlight: 'highlight',
  interviewhighlight: 'highlight',
  notes: 'notes',
  note: 'notes',
  comments: 'notes',
};

/** A first guess at the mapping from column headers; each field is used once at most. */
export function guessMapping(columns: readonly string[]): Record<string, MappableField | ''> {
  const used = new Set<MappableField>();
  const mapping: Record<string, MappableField | ''> = {};
  for (const column of columns) {
    const field = SYNONYMS[normalise(column)];
    if (field && !used.has(field)) {
      mapping[column] = field;
      used.add(field);
    } else {
      mapping[column] = '';
    }
  }
  return mapping;
}
