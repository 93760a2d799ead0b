import { AppError } from './api-result';

/**
 * The one rule for an email address, used by the contact form and the contract (core/contacts.ts),
 * "my details" (core/settings.ts), imports, and every output: the mailto: link (core/output.ts and
 * main/external-links.ts), the .eml file and the vCard export. One plain address: no display name,
 * no comments, no quoted local part, no second recipient, no query; ASCII letters, digits and
 * `. _ + - '` before the @ (the apostrophe for names like o'brien@example.ie), and a dotted domain of LDH labels (punycode for international domains).
 * Stricter than RFC 5322 on purpose: every address that passes can go into a URL, a header or a
 * file unchanged, with nothing to quote.
 */
export const EMAIL_MAX_LENGTH = 254;
export const EMAIL_RULE_MESSAGE = 'Email must look like name@example.com';

const LOCAL_PART = /^[A-Za-z0-9_+'-]+(?:\.[A-Za-z0-9_+'-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TOP_LEVEL = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

export function isPlainEmailAddress(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > EMAIL_MAX_LENGTH) return false;
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

/** C0 and C1 controls and the Unicode line separators, except those listed in `allowed`. */
export function hasControlCharacter(text: string, allowed = ''): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
    if (control && !allowed.includes(char)) return true;
  }
  return false;
}

export function utf8Bytes(text: string): number[] {
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

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64Utf8(text: string): string {
  const bytes = utf8Bytes(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += BASE64[a >> 2]! + BASE64[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : BASE64[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : BASE64[c & 63]!;
  }
  return out;
}

/** Controls become spaces, runs of white space one space (a header value is one line of text). */
function oneLine(text: string): string {
  let flat = '';
  for (const char of text) flat += hasControlCharacter(char) ? ' ' : char;
  return flat.replace(/\s+/g, ' ').trim();
}

/**
 * RFC 2047 encoded words ("B" encoding, UTF-8) of 39 bytes of text (64 characters each, so that a
 * header line with its name stays under 78), cut between characters, never inside one.
 */
function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk = '';
  let size = 0;
  for (const char of text) {
    const bytes = utf8Bytes(char).length;
    if (size + bytes > 39) {
      words.push(`=?UTF-8?B?${base64Utf8(chunk)}?=`);
      chunk = '';
      size = 0;
    }
    chunk += char;
    size += bytes;
  }
  if (chunk) words.push(`=?UTF-8?B?${base64Utf8(chunk)}?=`);
  return words;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** RFC 5322 atext and spaces: a display name that needs no quotes. */
const PLAIN_PHRASE = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$/;

/** `Name <address>` for a To: or From: header, or throws AppError('invalid-input') for an unsafe address. */
export function formatMailbox(name: string, address: string): string {
  if (!isPlainEmailAddress(address)) {
    throw new AppError('invalid-input', 'The address must be one plain email address, like name@example.com');
  }
  const display = oneLine(name);
  if (!display) return address;
  let phrase: string;
  if (PLAIN_PHRASE.test(display)) phrase = display;
  else if (PRINTABLE_ASCII.test(display)) phrase = `"${display.replace(/(["\\])/g, '\\$1')}"`;
  else phrase = encodedWords(display).join(' ');
  return `${phrase} <${address}>`;
}

/** An unstructured header value (the subject): plain ASCII as it is, anything else as encoded words. */
export function encodeUnstructured(text: string): string {
  const flat = oneLine(text);
  return PRINTABLE_ASCII.test(flat) ? flat : encodedWords(flat).join(' ');
}

/** `Name: value`, folded at spaces so that no line is over 78 characters where a space allows it. */
export function headerLine(name: string, value: string): string {
  const lines: string[] = [];
  let line = `${name}:`;
  let words = 0;
  for (const word of value.split(' ')) {
    if (words > 0 && line.length + 1 + word.length > 78) {
      lines.push(line);
      line = '';
      words = 0;
    }
    line += ` ${word}`;
    words += 1;
  }
  lines.push(line);
  return lines.join('\r\n');
}
