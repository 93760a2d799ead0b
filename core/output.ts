import { z } from 'zod';
import { AppError } from './api-result';
import {
  base64Utf8,
  EMAIL_MAX_LENGTH,
  encodeUnstructured,
  formatMailbox,
  hasControlCharacter,
  headerLine,
  isPlainEmailAddress,
} from './email';

/**
 * Getting a message out of Someday: a validated mailto: link (the only thing Someday ever asks the
 * system to open), and plain-text and .eml files. Pure, so the renderer, main and tests build the
 * same bytes.
 */
export const MAILTO_LIMITS = { address: EMAIL_MAX_LENGTH, subject: 200, body: 4000, url: 8000 } as const;

export { isPlainEmailAddress };

export const MailtoSchema = z
  .object({
    to: z
      .string({ error: 'The address must be text' })
      .refine(isPlainEmailAddress, { error: 'The address must be one plain email address, like name@example.com' }),
    subject: z
      .string({ error: 'The subject must be text' })
      .max(MAILTO_LIMITS.subject, { error: `The subject must be at most ${MAILTO_LIMITS.subject} characters` })
      .refine((v) => !hasControlCharacter(v), { error: 'The subject must be one line of plain text' })
      .default(''),
    body: z
      .string({ error: 'The message must be text' })
      .max(MAILTO_LIMITS.body, {
        error: `The message is over ${MAILTO_LIMITS.body} characters, too long for a mail link; copy it or save it as .eml instead`,
      })
      .refine((v) => !hasControlCharacter(v, '\n\r\t'), { error: 'The message must be plain text' })
      .default(''),
  })
  .strict();

export type MailtoInput = z.input<typeof MailtoSchema>;

/**
 * Builds `mailto:address?subject=…&body=…` from parts checked one by one, or throws AppError
 * ('invalid-input'). Used by main before shell.openExternal and by the renderer in browser mode.
 */
export function buildMailtoUrl(input: MailtoInput): string {
  const parsed = MailtoSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError('invalid-input', parsed.error.issues[0]?.message ?? 'The email link could not be built.');
  }
  const { to, subject, body } = parsed.data;
  let url: string;
  try {
    url = `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n|\r/g, '\r\n'))}`;
  } catch {
    throw new AppError('invalid-input', 'The message contains characters that cannot be sent to a mail program.');
  }
  if (url.length > MAILTO_LIMITS.url) {
    throw new AppError('invalid-input', 'The message is too long to hand to a mail program; copy it instead.');
  }
  return url;
}

export const SAVE_KINDS = ['txt', 'eml', 'ics', 'csv', 'vcf'] as const;
export type SaveKind = (typeof SAVE_KINDS)[number];

export const SaveFileSchema = z
  .object({
    kind: z.enum(SAVE_KINDS, { error: 'Save as .txt, .eml, .ics, .csv or .vcf' }),
    fileName: z
      .string()
      .trim()
      .min(1, { error: 'The file needs a name' })
      .max(120, { error: 'The file name is too long' })
      .regex(/^[^/\\\0:*?"<>|]+$/, { error: 'The file name may not contain / \\ : * ? " < > |' }),
    content: z.string().max(3_000_000, { error: 'The file is too large' }),
  })
  .strict();

export interface SaveFileResult {
  saved: boolean;
  /** Where it was written (Electron), or null when the person cancelled or the renderer downloads it. */
  path: string | null;
}

/** A file name from a title: letters, digits, spaces and dashes only. */
export function safeFileName(title: string, extension: SaveKind): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N} -]+/gu, '')
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, 80);
  return `${base || 'follow-up'}.${extension}`;
}

export interface EmlAddress {
  name: string;
  /** Checked with the one address rule (core/email.ts); empty for none. */
  email: string;
}

export interface EmlInput {
  from: EmlAddress;
  to: EmlAddress;
  subject: string;
  body: string;
  date: Date;
}

/**
 * An unsent message file (X-Unsent: 1) that mail apps open as a draft ready to send. Each address
 * is one mailbox (RFC 5322): the name as a phrase (plain, quoted, or RFC 2047 encoded words) and the
 * address outside it in angle brackets, so a name can never add a recipient or break the address.
 * Throws AppError('invalid-input') for an address that breaks the rule.
 */
export function buildEml(input: EmlInput): string {
  const mailbox = ({ name, email }: EmlAddress) => (email ? formatMailbox(name, email) : null);
  const from = mailbox(input.from);
  const to = mailbox(input.to);
  const lines = [
    from ? headerLine('From', from) : null,
    to ? headerLine('To', to) : null,
    headerLine('Subject', encodeUnstructured(input.subject)),
    `Date: ${input.date.toUTCString().replace('GMT', '+0000')}`,
    'X-Unsent: 1',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    (base64Utf8(input.body.replace(/\r?\n/g, '\r\n')).match(/.{1,76}/g) ?? []).join('\r\n'),
    '',
  ];
  return lines.filter((line) => line !== null).join('\r\n');
}
