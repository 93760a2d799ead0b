import type { ApiIssue } from '../../core/api-result';
import {
  ContactInputSchema,
  type Contact,
  type ContactFields,
  type ContactStatus,
  type Relationship,
} from '../../core/contacts';

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
export type FieldErrors = Partial<Record<ContactFieldName, string>>;

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

export function fieldId(field: ContactFieldName): string {
  return `contact-${field}`;
}

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

function isFieldName(value: string): value is ContactFieldName {
  return (CONTACT_FIELD_ORDER as readonly string[]).includes(value);
}

export interface SortedIssues {
  fieldErrors: FieldErrors;
  otherMessages: string[];
}

/** Server issues use paths like "email" (create) or "contact.email" (update). */
export function sortIssues(issues: readonly ApiIssue[]): SortedIssues {
  const fieldErrors: FieldErrors = {};
  const otherMessages: string[] = [];
  for (const issue of issues) {
    const field = issue.path.replace(/^contact\./, '').split('.')[0] ?? '';
    if (isFieldName(field)) fieldErrors[field] ??= issue.message;
    else otherMessages.push(issue.message);
  }
  return { fieldErrors, otherMessages };
}

export type ValidationResult = { ok: true; fields: ContactFields } | ({ ok: false } & SortedIssues);

export function validateContact(values: ContactValues): ValidationResult {
  const parsed = ContactInputSchema.safeParse(values);
  if (parsed.success) return { ok: true, fields: parsed.data };
  return {
    ok: false,
    ...sortIssues(parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))),
  };
}

export function firstInvalidField(errors: FieldErrors): ContactFieldName | undefined {
  return CONTACT_FIELD_ORDER.find((field) => errors[field]);
}

export function sameContactValues(a: ContactValues, b: ContactValues): boolean {
  return CONTACT_FIELD_ORDER.every((field) => a[field] === b[field]);
}
