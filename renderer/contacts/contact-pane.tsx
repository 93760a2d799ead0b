import { useMemo, useRef, useState } from 'react';
import type { Contact, ContactFields } from '../../core/contacts';
import { ContactFollowups } from '../followups/contact-followups';
import { cancelOnEscape } from '../ui/entity-form';
import { describeError } from '../ui/error-message';
import { ContactDrafts } from './contact-drafts';
import { ContactForm } from './contact-form';
import { DeleteContactDialog } from './delete-contact-dialog';
import { describeRole } from './describe-role';
import { NextStepText } from './next-step-text';
import { ArchivedBadge, StatusBadge } from './status-badge';

interface ContactPaneProps {
  contact: Contact | null;
  focusOnMount: boolean;
  onSave: (fields: ContactFields) => Promise<Contact>;
  onCancel: () => void;
  onSetArchived: (contact: Contact, archived: boolean) => Promise<void>;
  onDelete: (contact: Contact) => Promise<void>;
  onDeleted: () => void;
  onDirtyChange: (name: string | null) => void;
  /** The contact changed outside the form (its plan confirmed or dismissed): show it fresh here and in the list. */
  onContactChanged: (contact: Contact) => void;
}

interface PaneHeaderProps {
  contact: Contact | null;
  onToggleArchived: (contact: Contact) => void;
  onDelete: (contact: Contact) => Promise<void>;
  onDeleted: () => void;
}

function PaneHeader({ contact, onToggleArchived, onDelete, onDeleted }: PaneHeaderProps) {
  if (!contact) {
    return (
      <div className="pane-header">
        <h2 id="pane-title" className="pane-title">
          New contact
        </h2>
        <p className="pane-subtitle">Someone who was part of the decision.</p>
      </div>
    );
  }
  const role = describeRole(contact);
  return (
    <div className="pane-header">
      <div className="pane-title-row">
        <h2 id="pane-title" className="pane-title">
          {contact.name}
        </h2>
        <div className="pane-actions">
          <button type="button" className="button button-quiet" onClick={() => onToggleArchived(contact)}>
            {contact.archived ? 'Unarchive' : 'Archive'}
          </button>
          <DeleteContactDialog contact={contact} onConfirm={() => onDelete(contact)} onDeleted={onDeleted} />
        </div>
      </div>
      {role ? <p className="pane-subtitle">{role}</p> : null}
      <div className="pane-meta">
        <StatusBadge status={contact.status} />
        {contact.archived ? <ArchivedBadge /> : null}
        <span className="pane-next-step">
          <span className="visually-hidden">Next step: </span>
          <NextStepText step={contact.nextStep} />
        </span>
      </div>
    </div>
  );
}

/**
 * The pane holds two things that can be left unsaved, the contact's form and the Log form; the screen's
 * one guard hears about either (the form's name first), so Escape, Cancel or another row asks before
 * dropping an entry being logged just as it does for an edited contact.
 */
function useUnsavedParts(onDirtyChange: (name: string | null) => void) {
  const parts = useRef<{ form: string | null; log: string | null }>({ form: null, log: null });
  return useMemo(() => {
    const report = () => onDirtyChange(parts.current.form ?? parts.current.log);
    return {
      form: (name: string | null) => {
        parts.current.form = name;
        report();
      },
      log: (name: string | null) => {
        parts.current.log = name;
        report();
      },
    };
  }, [onDirtyChange]);
}

export function ContactPane({
  contact,
  focusOnMount,
  onSave,
  onCancel,
  onSetArchived,
  onDelete,
  onDeleted,
  onDirtyChange,
  onContactChanged,
}: ContactPaneProps) {
  const [actionError, setActionError] = useState<string | null>(null);
  const unsaved = useUnsavedParts(onDirtyChange);

  async function toggleArchived(target: Contact) {
    setActionError(null);
    try {
      await onSetArchived(target, !target.archived);
    } catch (error) {
      setActionError(describeError(error));
    }
  }

  return (
    <section className="pane" aria-labelledby="pane-title" onKeyDown={cancelOnEscape(onCancel)}>
      <PaneHeader contact={contact} onToggleArchived={toggleArchived} onDelete={onDelete} onDeleted={onDeleted} />
      <div className="pane-alert" role="alert">
        {actionError}
      </div>
      {contact ? <ContactDrafts contact={contact} /> : null}
      {contact ? (
        <ContactFollowups contact={contact} onContactChanged={onContactChanged} onDirtyChange={unsaved.log} />
      ) : null}
      <ContactForm
        contact={contact}
        focusOnMount={focusOnMount}
        onSave={onSave}
        onCancel={onCancel}
        onDirtyChange={unsaved.form}
      />
    </section>
  );
}
