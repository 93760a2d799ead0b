import { z } from 'zod';
import { AppError } from './api-result';

/**
 * Getting a message out of Someday: a validated mailto: link (the only thing Someday ever asks the
 * system to open), and plain-text and .eml files. Pure, so the renderer, main and tests build the
 * same bytes.
 */
export const MAILTO_LIMITS = { address: 254, subject: 200, body: 4000, url: 8000 } as const;

const LOCAL_PART = /^[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TOP_LEVEL = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

/** C0 and C1 controls and the Unicode line separators, except those listed in `allowed`. */
function hasControlCharacter(text: string, allowed = ''): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
    if (control && !allowed.includes(char)) return true;
  }
  return false;
}

/** One plain address (no display name, no comments, no second recipient, no query): the only kind Someday opens. */
export function isPlainEmailAddress(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAILTO_LIMITS.address) return false;
  const at = value.indexOf('@');
  if (at < 1 || at !== value.lastIndexOf('@')) return false;
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split('.');
  const top = labels[labels.length - 1];
  return (
    local.length <= 64 &&
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    top !== undefined &&
    TOP_LEVEL.test(top)
  );
}

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

function encodeHeader(value: string): string {
  // RFC 2047 encoded-word for anything beyond printable ASCII; header injection is impossible because
  // line breaks are removed first.
  const flat = value.replace(/[\r\n]+/g, ' ');
  return /^[\x20-\x7e]*$/.test(flat) ? flat : `=?UTF-8?B?${base64Utf8(flat)}?=`;
}

function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
  }
  return bytes;
}

function base64Utf8(text: string): string {
  const bytes = utf8Bytes(text);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += alphabet[a >> 2]! + alphabet[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : alphabet[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : alphabet[c & 63]!;
  }
  return out;
}

export interface EmlInput {
  from: string;
  to: string;
  subject: string;
  body: string;
  date: Date;
}

/** An unsent message file (X-Unsent: 1) that mail apps open as a draft ready to send. */
export function buildEml(input: EmlInput): string {
  const lines = [
    input.from ? `From: ${encodeHeader(input.from)}` : null,
    input.to ? `To: ${encodeHeader(input.to)}` : null,
    `Subject: ${encodeHeader(input.subject)}`,
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
