import { useEffect, useState } from 'react';
import type { Contact } from '../../core/contacts';
import type { DraftChannel } from '../../core/drafts';
import { copyText, openMail, saveFile } from '../api';
import { useSettings } from '../shell/settings-context';
import { useAnnounce } from '../shell/status';
import { describeError } from '../ui/error-message';
import { CardIcon, CopyIcon, DownloadIcon, MailIcon } from '../ui/icons';
import type { DraftDoc } from './edit-history';
import { buildEmailFile, buildPlainText, outputFileName } from './output-content';

interface OutputActionsProps {
  /** The text now, read when a button is pressed (so typing does not render the buttons). */
  current: () => DraftDoc;
  channel: DraftChannel;
  contact: Contact;
  onCueCard: () => void;
}

const COPIED_MS = 2_000;

export function OutputActions({ current, channel, contact, onCueCard }: OutputActionsProps) {
  const { settings } = useSettings();
  const announce = useAnnounce();
  const [copied, setCopied] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const email = channel === 'email';
  const spoken = channel === 'call' || channel === 'voicemail';

  useEffect(() => {
    if (!copied) return undefined;
    const timer = window.setTimeout(() => setCopied(false), COPIED_MS);
    return () => window.clearTimeout(timer);
  }, [copied]);

  async function attempt(action: () => Promise<string | null>) {
    setProblem(null);
    try {
      const message = await action();
      if (message) announce(message);
    } catch (failure) {
      setProblem(describeError(failure));
    }
  }

  const copy = () =>
    attempt(async () => {
      const doc = current();
      await copyText(doc.body);
      setCopied(true);
      return 'Copied';
    });

  const openInMail = () =>
    attempt(async () => {
      const doc = current();
      const result = await openMail({ to: contact.email, subject: doc.subject.trim(), body: doc.body });
      return result.opened ? 'Opened in your mail app' : null;
    });

  const save = (kind: 'txt' | 'eml') =>
    attempt(async () => {
      const doc = current();
      const fileName = outputFileName(doc, kind);
      const content =
        kind === 'txt' ? buildPlainText(doc, channel) : buildEmailFile(doc, contact, settings, new Date());
      const result = await saveFile({ kind, fileName, content });
      if (!result.saved) return null;
      return result.path ? `Saved to ${result.path}` : `Downloaded ${fileName}`;
    });

  const missingEmail = email && !contact.email;
  return (
    <div className="output-actions">
      <div className="output-buttons">
        <button type="button" className="button button-small" onClick={() => void copy()}>
          <CopyIcon />
          <span aria-live="polite">{copied ? 'Copied' : 'Copy'}</span>
        </button>
        {email ? (
          <button
            type="button"
            className="button button-small"
            aria-describedby={missingEmail ? 'mail-needs-address' : undefined}
            aria-disabled={missingEmail ? true : undefined}
            onClick={() => {
              if (!missingEmail) void openInMail();
            }}
          >
            <MailIcon />
            Open in my mail app
          </button>
        ) : null}
        <button type="button" className="button button-small" onClick={() => void save('txt')}>
          <DownloadIcon />
          Save as .txt
        </button>
        {email ? (
          <button type="button" className="button button-small" onClick={() => void save('eml')}>
            <DownloadIcon />
            Save as .eml
          </button>
        ) : null}
        {spoken ? (
          <button type="button" className="button button-small" onClick={onCueCard}>
            <CardIcon />
            Cue card
          </button>
        ) : null}
      </div>
      {missingEmail ? (
        <p className="output-note" id="mail-needs-address">
          To open this in your mail app, add an email address for {contact.name} on the Contacts screen.
        </p>
      ) : null}
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
