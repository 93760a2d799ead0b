import {
  ContactInputSchema,
  type Contact,
  type ContactFields,
  type ContactStatus,
  type Relationship,
} from '../../core/contacts';
import type { FormModel } from '../ui/entity-form';

export interface ContactValues {
  name: string;
  jobTitle: string;
  company: string;
  email: string;
  phone: string;
  linkedinUrl: string;
  relationship: Relationship;
  position: string;
  interviewDate: string;
  decisionDate: string;
  status: ContactStatus;
  highlight: string;
  notes: string;
}

export type ContactFieldName = keyof ContactValues;

/** Form order, which is also the order in which the first invalid field gets focus. */
export const CONTACT_FIELD_ORDER: readonly ContactFieldName[] = [
  'name',
  'jobTitle',
  'company',
  'relationship',
  'email',
  'phone',
  'linkedinUrl',
  'position',
  'status',
  'interviewDate',
  'decisionDate',
  'highlight',
  'notes',
];

export const CONTACT_FORM: FormModel<ContactValues, ContactFields> = {
  idPrefix: 'contact',
  fieldOrder: CONTACT_FIELD_ORDER,
  issuePrefix: /^contact\./,
  parse: (values) => ContactInputSchema.safeParse(values),
};

export function emptyContactValues(): ContactValues {
  return {
    name: '',
    jobTitle: '',
    company: '',
    email: '',
    phone: '',
    linkedinUrl: '',
    relationship: 'hiring-manager',
    position: '',
    interviewDate: '',
    decisionDate: '',
    status: 'rejected',
    highlight: '',
    notes: '',
  };
}

export function toContactValues(contact: Contact): ContactValues {
  return {
    name: contact.name,
    jobTitle: contact.jobTitle,
    company: contact.company,
    email: contact.email,
    phone: contact.phone,
    linkedinUrl: contact.linkedinUrl,
    relationship: contact.relationship,
    position: contact.position,
    interviewDate: contact.interviewDate ?? '',
    decisionDate: contact.decisionDate ?? '',
    status: contact.status,
    highlight: contact.highlight,
    notes: contact.notes,
  };
}
