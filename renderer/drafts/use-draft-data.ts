import { useQuery } from '@tanstack/react-query';
import type { Contact } from '../../core/contacts';
import type { Draft } from '../../core/drafts';
import { call } from '../api';
import { describeError } from '../ui/error-message';

export interface DraftData {
  draft: Draft;
  contact: Contact;
}

type LoadState = { kind: 'loading' } | { kind: 'ready'; data: DraftData } | { kind: 'failed'; message: string };

async function loadDraft(id: number): Promise<DraftData> {
  const draft = await call('drafts:get', { id });
  const contact = await call('contacts:get', { id: draft.contactId });
  return { draft, contact };
}

/** The draft and its contact, read fresh each time a draft is opened (the editor then owns the text). */
export function useDraftData(draftId: number): LoadState {
  const query = useQuery({
    queryKey: ['drafts:get', { id: draftId }, 'with-contact'],
    queryFn: () => loadDraft(draftId),
    gcTime: 0,
  });
  if (query.data) return { kind: 'ready', data: query.data };
  if (query.error) return { kind: 'failed', message: describeError(query.error) };
  return { kind: 'loading' };
}
