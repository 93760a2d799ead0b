/**
 * The only caller of shell.openExternal (Electron checklist 15): the OS hands the URL to whatever program
 * claims the scheme, so a crafted URL can run commands. Only a mailto: with one plain address is opened,
 * built by core/output.ts from parts checked one by one, then parsed again here with Node's URL parser
 * to be sure the shell sees exactly that address and nothing else.
 */
import { shell } from 'electron';
import { AppError } from '../core/api-result';
import { buildMailtoUrl, isPlainEmailAddress, MAILTO_LIMITS, type MailtoInput } from '../core/output';

export { buildMailtoUrl, isPlainEmailAddress };
export const MAX_SUBJECT_LENGTH = MAILTO_LIMITS.subject;
export const MAX_BODY_LENGTH = MAILTO_LIMITS.body;
export const MAX_MAILTO_LENGTH = MAILTO_LIMITS.url;

/** Checks a mailto: URL once more with a real parser: one plain address, only subject and body, no fragment. */
export function checkMailtoUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError('invalid-input', 'The email link could not be read.');
  }
  const keys = [...parsed.searchParams.keys()];
  const safe =
    url.length <= MAX_MAILTO_LENGTH &&
    parsed.protocol === 'mailto:' &&
    isPlainEmailAddress(parsed.pathname) &&
    parsed.hash === '' &&
    keys.every((key) => key === 'subject' || key === 'body') &&
    new Set(keys).size === keys.length;
  if (!safe) throw new AppError('invalid-input', 'The email link could not be built safely.');
  return url;
}

/** Opens a mailto: URL built by core/output.ts, after checking it again. */
export async function openMailtoUrl(url: string): Promise<void> {
  await shell.openExternal(checkMailtoUrl(url));
}

/** Opens the user's mail program with a new message; throws AppError('invalid-input') for anything unsafe. */
export async function openMailto(input: MailtoInput): Promise<void> {
  await openMailtoUrl(buildMailtoUrl(input));
}
