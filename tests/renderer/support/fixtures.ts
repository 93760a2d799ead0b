import type { Contact, ContactPage } from '../../../core/contacts';
import type { DraftPage } from '../../../core/drafts';
import type { FollowupPlan, Interaction, Reminder } from '../../../core/followups';
import { DEFAULT_SETTINGS, type AppInfo, type Settings, type Theme } from '../../../core/settings';

let nextId = 1;

export function makeContact(overrides: Partial<Contact> = {}): Contact {
  const id = overrides.id ?? nextId++;
  return {
    id,
    name: `Contact ${id}`,
    jobTitle: '',
    company: '',
    email: '',
    phone: '',
    linkedinUrl: '',
    relationship: 'hiring-manager',
    position: '',
    interviewDate: null,
    decisionDate: null,
    status: 'rejected',
    highlight: '',
    notes: '',
    archived: false,
    nextStep: { state: 'planned', step: 'thank-you', label: 'Say thank you', due: '2026-03-14' },
    createdAt: '2026-03-12T10:00:00.000Z',
    updatedAt: '2026-03-12T10:00:00.000Z',
    ...overrides,
  };
}

export function pageOf(items: Contact[]): ContactPage {
  return { items, total: items.length };
}

export const PRIYA = makeContact({
  id: 101,
  name: 'Priya Raman',
  jobTitle: 'Engineering Manager',
  company: 'Northwind Labs',
  email: 'priya@northwind.example',
  status: 'thanked',
  nextStep: { state: 'planned', step: 'check-in', label: 'Check in', due: '2026-04-11' },
});

export const ELENA = makeContact({
  id: 102,
  name: 'Elena Fischer',
  jobTitle: 'Staff Engineer',
  company: 'Brightline Health',
  relationship: 'interviewer',
  status: 'on-radar',
  nextStep: { state: 'planned', step: 'quarterly', label: 'Regular check-in', due: '2026-06-01' },
});

/** The contact pane lists the contact's drafts; most contact tests have none. */
/** A contact with no drafts, no timeline and no planned follow-ups; a plan is proposed but never confirmed. */
export const NO_DRAFTS = {
  'drafts:list': (): DraftPage => ({ items: [], total: 0 }),
  'interactions:list': (): Interaction[] => [],
  'reminders:list': (): Reminder[] => [],
  'reminders:plan': (input?: { contactId?: number; timeZone?: string }): FollowupPlan => ({
    contactId: input?.contactId ?? 0,
    timeZone: input?.timeZone ?? 'UTC',
    steps: [],
    blocked: null,
  }),
};

export function settingsWith(theme: Theme): Settings {
  return { ...DEFAULT_SETTINGS, theme, welcomed: true };
}

/** What app:info answers in browser mode, for the screens that show where the data lives. */
export const APP_INFO: AppInfo = {
  version: '0.1.0',
  mode: 'browser',
  dataDir: '/home/sam/.config/Someday',
  databaseFile: '/home/sam/.config/Someday/someday.sqlite',
  schemaVersion: 1,
};
