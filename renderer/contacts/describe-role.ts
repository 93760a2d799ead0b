import type { Contact } from '../../core/contacts';

export function describeRole(contact: Pick<Contact, 'jobTitle' | 'company'>): string {
  if (contact.jobTitle && contact.company) return `${contact.jobTitle} at ${contact.company}`;
  return contact.jobTitle || contact.company;
}
