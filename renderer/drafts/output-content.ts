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

export function buildEmailFile(
  doc: DraftDoc,
  contact: Pick<Contact, 'name' | 'email'>,
  profile: Pick<Settings, 'myName' | 'myEmail'>,
  date: Date,
): string {
  return buildEml({
    from: { name: profile.myName, email: profile.myEmail },
    to: { name: contact.name, email: contact.email },
    subject: doc.subject.trim(),
    body: withFinalNewline(doc.body),
    date,
  });
}

export function outputFileName(doc: DraftDoc, kind: 'txt' | 'eml'): string {
  return safeFileName(doc.title, kind);
}
