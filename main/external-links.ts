/**
 * The only caller of shell.openExternal (Electron checklist 15): the OS hands the URL to whatever program
 * claims the scheme, so a crafted URL can run commands. Only a mailto: with one plain address is built
 * here, from parts checked one by one, with subject and body percent-encoded, and short enough for
 * every mail program to accept. Everything else is refused before the shell sees it.
 */
import { shell } from 'electron';
import { AppError } from '../core/api-result';

export const MAX_SUBJECT_LENGTH = 200;
export const MAX_BODY_LENGTH = 4000;
export const MAX_MAILTO_LENGTH = 8000;

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

export function isPlainEmailAddress(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 254) return false;
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

function refuse(message: string): never {
  throw new AppError('invalid-input', message);
}

function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return refuse('The message contains characters that cannot be sent to a mail program.');
  }
}

export function buildMailtoUrl(address: string, subject: string, body: string): string {
  if (!isPlainEmailAddress(address)) refuse('That is not a single plain email address, so no mail program was opened.');
  if (typeof subject !== 'string' || subject.length > MAX_SUBJECT_LENGTH || hasControlCharacter(subject)) {
    refuse(`The subject must be one line of at most ${MAX_SUBJECT_LENGTH} characters.`);
  }
  if (typeof body !== 'string' || body.length > MAX_BODY_LENGTH || hasControlCharacter(body, '\n\r\t')) {
    refuse(`The message must be plain text of at most ${MAX_BODY_LENGTH} characters.`);
  }
  const url = `mailto:${address}?subject=${encode(subject)}&body=${encode(body.replace(/\r?\n|\r/g, '\r\n'))}`;
  if (url.length > MAX_MAILTO_LENGTH) refuse('The message is too long to hand to a mail program; copy it instead.');
  const parsed = new URL(url);
  if (parsed.protocol !== 'mailto:' || parsed.pathname !== address) refuse('The email link could not be built safely.');
  return url;
}

/** Opens the user's mail program with a new message; throws AppError('invalid-input') for anything unsafe. */
export async function openMailto(address: string, subject: string, body: string): Promise<void> {
  await shell.openExternal(buildMailtoUrl(address, subject, body));
}
