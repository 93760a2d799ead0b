import type { Contact } from '../../core/contacts';
import type { DraftChannel } from '../../core/drafts';
import { buildEml, safeFileName } from '../../core/output';
import type { Settings } from '../../core/settings';
import type { DraftDoc } from './edit-history';

function withFinalNewline(text: string): string {
  return `${text.replace(/\s+$/, '')}\n`;
}

/** The .txt file: the subject on top for an email, then the message. */
export function buildPlainText(doc: DraftDoc, channel: DraftChannel): string {
  const body = withFinalNewline(doc.body);
  return channel === 'email' && doc.subject.trim() ? `Subject: ${doc.subject.trim()}\n\n${body}` : body;
}

export function formatAddress(name: string, email: string): string {
  if (!email) return '';
  const cleanName = name.replace(/["\\<>]/g, '').trim();
  return cleanName ? `"${cleanName}" <${email}>` : email;
}

export function buildEmailFile(
  doc: DraftDoc,
  contact: Pick<Contact, 'name' | 'email'>,
  profile: Pick<Settings, 'myName' | 'myEmail'>,
  date: Date,
): string {
  return buildEml({
    from: formatAddress(profile.myName, profile.myEmail),
    to: formatAddress(contact.name, contact.email),
    subject: doc.subject.trim(),
    body: withFinalNewline(doc.body),
    date,
  });
}

export function outputFileName(doc: DraftDoc, kind: 'txt' | 'eml'): string {
  return safeFileName(doc.title, kind);
}
