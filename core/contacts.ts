import { z } from 'zod';
import { EMAIL_RULE_MESSAGE, isPlainEmailAddress } from './email';
import type { NextStep } from './next-step';

export const RELATIONSHIPS = ['hiring-manager', 'recruiter', 'interviewer', 'referrer', 'other'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const RELATIONSHIP_LABELS: Record<Relationship, string> = {
  'hiring-manager': 'Hiring manager',
  recruiter: 'Recruiter',
  interviewer: 'Interviewer',
  referrer: 'Referrer',
  other: 'Other',
};

/** Where the relationship stands after the "no", in the order it usually moves. */
export const CONTACT_STATUSES = [
  'rejected',
  'thanked',
  'interest-restated',
  'on-radar',
  're-engaged',
  'do-not-contact',
] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

export const STATUS_LABELS: Record<ContactStatus, string> = {
  rejected: 'Rejected',
  thanked: 'Thanked',
  'interest-restated': 'Interest restated',
  'on-radar': 'On their radar',
  're-engaged': 'Re-engaged',
  'do-not-contact': 'Do not contact',
};

/** Field limits, shown next to each field in the form and enforced by the schema. */
export const CONTACT_LIMITS = {
  name: 120,
  jobTitle: 120,
  company: 120,
  email: 254,
  phone: 32,
  linkedinUrl: 300,
  position: 160,
  highlight: 300,
  notes: 5000,
} as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PHONE = /^[+]?[0-9 ().-]{3,}$/;

function text(label: string, max: number) {
  return z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters` });
}

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function optionalDate(label: string) {
  return z
    .union([z.string(), z.null()], { error: `${label} must be a date` })
    .optional()
    .transform((value) => (value === undefined || value === '' ? null : value))
    .refine((value) => value === null || isRealDate(value), {
      error: `${label} must be a real date written as YYYY-MM-DD`,
    });
}

const LINKEDIN_URL = /^https:\/\/([a-z0-9-]+\.)*linkedin\.com(\/[^\s]*)?$/i;

function isLinkedInUrl(value: string): boolean {
  return LINKEDIN_URL.test(value);
}

export const ContactInputSchema = z
  .object({
    name: text('Name', CONTACT_LIMITS.name).min(1, { error: 'Name is required' }),
    jobTitle: text('Job title', CONTACT_LIMITS.jobTitle).default(''),
    company: text('Company', CONTACT_LIMITS.company).default(''),
    email: text('Email', CONTACT_LIMITS.email)
      .refine((v) => v === '' || isPlainEmailAddress(v), { error: EMAIL_RULE_MESSAGE })
      .default(''),
    phone: text('Phone', CONTACT_LIMITS.phone)
      .refine((v) => v === '' || PHONE.test(v), {
        error: 'Phone may hold only digits, spaces, + ( ) - and .',
      })
      .default(''),
    linkedinUrl: text('LinkedIn URL', CONTACT_LIMITS.linkedinUrl)
      .refine((v) => v === '' || isLinkedInUrl(v), {
        error: 'LinkedIn URL must be an https://…linkedin.com address',
      })
      .default(''),
    relationship: z.enum(RELATIONSHIPS, { error: 'Choose a relationship from the list' }).default('hiring-manager'),
    position: text('Position applied for', CONTACT_LIMITS.position).default(''),
    interviewDate: optionalDate('Interview date'),
    decisionDate: optionalDate('Decision date'),
    status: z.enum(CONTACT_STATUSES, { error: 'Choose a status from the list' }).default('rejected'),
    /** One specific thing from the interview to thank them for; fills {{interview.highlight}}. */
    highlight: text('Interview highlight', CONTACT_LIMITS.highlight).default(''),
    notes: text('Notes', CONTACT_LIMITS.notes).default(''),
  })
  .strict()
  .refine((c) => !c.interviewDate || !c.decisionDate || c.decisionDate >= c.interviewDate, {
    error: 'Decision date cannot be before the interview date',
    path: ['decisionDate'],
  });

export type ContactInput = z.input<typeof ContactInputSchema>;
export type ContactFields = z.output<typeof ContactInputSchema>;

export interface Contact extends ContactFields {
  id: number;
  archived: boolean;
  /** The suggested next step and its due date (see core/next-step.ts). */
  nextStep: NextStep;
  createdAt: string;
  updatedAt: string;
}

export const CONTACT_SORTS = ['name', 'next-step'] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

export const ContactIdSchema = z
  .number({ error: 'Contact id must be a number' })
  .int({ error: 'Contact id must be a whole number' })
  .positive({ error: 'Contact id must be positive' });

export const ContactListQuerySchema = z
  .object({
    search: z.string().trim().max(200, { error: 'Search must be at most 200 characters' }).default(''),
    status: z.enum(CONTACT_STATUSES, { error: 'Unknown status filter' }).nullable().default(null),
    sort: z.enum(CONTACT_SORTS, { error: 'Sort by name or next-step' }).default('name'),
    archived: z.boolean().default(false),
    /** One page of this many; left out, every contact that matches (never a silent cap). */
    limit: z
      .number({ error: 'Limit must be a number' })
      .int({ error: 'Limit must be a whole number' })
      .min(1, { error: 'Limit must be at least 1' })
      .max(100_000, { error: 'Limit must be at most 100,000 (leave it out for every contact)' })
      .optional(),
    offset: z
      .number({ error: 'Offset must be a number' })
      .int({ error: 'Offset must be a whole number' })
      .min(0, { error: 'Offset cannot be negative' })
      .default(0),
  })
  .strict();

/** The contacts screen reads its list in windows of this many, as the person scrolls. */
export const CONTACT_WINDOW = 200;

export type ContactListQuery = z.input<typeof ContactListQuerySchema>;

export interface ContactPage {
  items: Contact[];
  /** How many contacts match in all, whatever the page's size. */
  total: number;
}
