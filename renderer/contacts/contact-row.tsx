import type { Contact } from '../../core/contacts';
import { describeRole } from './describe-role';
import { NextStepText } from './next-step-text';
import { StatusBadge } from './status-badge';

interface ContactRowProps {
  contact: Contact;
  selected: boolean;
  onSelect: (contact: Contact) => void;
}

export function ContactRow({ contact, selected, onSelect }: ContactRowProps) {
  const role = describeRole(contact);
  return (
    <button
      type="button"
      className="list-row contact-row"
      data-contact-id={contact.id}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelect(contact)}
    >
      <span className="contact-row-who">
        <span className="contact-row-name">{contact.name}</span>
        <span className="contact-row-role">
          <StatusBadge status={contact.status} />
          <span className="contact-row-role-text">{role || 'No role or company yet'}</span>
        </span>
      </span>
      <span className="contact-row-next">
        <NextStepText step={contact.nextStep} />
      </span>
    </button>
  );
}
