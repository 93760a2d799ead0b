import type { Contact } from '../../../core/contacts';
import type { Draft, DraftRevision, DraftSummary } from '../../../core/drafts';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings';
import type { ApiHandlers } from './mock-api';
import { makeContact, pageOf } from './fixtures';

export const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  theme: 'system',
  myName: 'Sam Carter',
  myPhone: '+44 7700 900123',
  myEmail: 'sam@example.com',
  speakingWpm: 150,
  recordingRetention: { mode: 'days', days: 30 },
  backupsToKeep: 7,
};

export const PRIYA_WITH_HIGHLIGHT: Contact = makeContact({
  id: 201,
  name: 'Priya Raman',
  jobTitle: 'Engineering Manager',
  company: 'Northwind Labs',
  email: 'priya@northwind.example',
  highlight: 'the pairing session on the accessibility bug',
});

export const THANK_YOU_BODY = [
  'Hi Priya,',
  '',
  'Thank you for letting me know about the decision, and for the pairing session on the accessibility bug.',
  '',
  'I would still love to work at Northwind Labs.',
  '',
  'Warm regards,',
  'Sam',
].join('\n');

export function makeDraft(overrides: Partial<Draft> = {}): Draft {
  return {
    id: 301,
    contactId: PRIYA_WITH_HIGHLIGHT.id,
    channel: 'email',
    title: 'Thank-you to Priya',
    subject: 'Thank you, Priya',
    body: THANK_YOU_BODY,
    templateId: 'builtin:thank-you-email',
    status: 'draft',
    sentOn: null,
    createdAt: '2026-03-12T10:00:00.000Z',
    updatedAt: '2026-03-12T10:00:00.000Z',
    ...overrides,
  };
}

export function summaryOf(draft: Draft, contact: Contact, snippet: string | null = null): DraftSummary {
  const { body, ...rest } = draft;
  return { ...rest, contactName: contact.name, company: contact.company, excerpt: body.slice(0, 160), snippet };
}

export interface DraftStore {
  draft: Draft;
  revisions: DraftRevision[];
  handlers: ApiHandlers;
}

/**
 * An in-memory stand-in for main's draft handlers: saves change the draft, checkpoints add revisions,
 * restores put a revision back. Tests read `store.draft` to see what main would hold.
 */
export function createDraftStore(initial: Draft, contact: Contact, settings: Settings = SETTINGS): DraftStore {
  const store: DraftStore = { draft: initial, revisions: [], handlers: {} };
  let nextRevision = 900;
  store.handlers = {
    'settings:get': () => settings,
    'contacts:list': () => pageOf([contact]),
    'contacts:get': () => contact,
    'drafts:list': () => ({ items: [summaryOf(store.draft, contact)], total: 1 }),
    'drafts:get': () => store.draft,
    'drafts:save': (input) => {
      store.draft = {
        ...store.draft,
        title: input?.title ?? store.draft.title,
        subject: input?.subject ?? '',
        body: input?.body ?? '',
      };
      if (input?.checkpoint) {
        store.revisions.unshift({
          id: nextRevision++,
          draftId: store.draft.id,
          subject: store.draft.subject,
          body: store.draft.body,
          createdAt: '2026-03-12T10:05:00.000Z',
        });
      }
      return store.draft;
    },
    'drafts:revisions': () => store.revisions,
    'drafts:restore-revision': (input) => {
      const revision = store.revisions.find((candidate) => candidate.id === input?.revisionId);
      if (!revision) throw new Error('no such revision');
      store.draft = { ...store.draft, subject: revision.subject, body: revision.body };
      return store.draft;
    },
    'drafts:set-status': (input) => {
      const status = input?.status ?? 'draft';
      store.draft = { ...store.draft, status, sentOn: status === 'sent' ? (input?.sentOn ?? null) : null };
      return store.draft;
    },
    'drafts:delete': (input) => ({ id: input?.id ?? 0 }),
  };
  return store;
}
