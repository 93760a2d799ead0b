import { useEffect, useState } from 'react';
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

export function useDraftData(draftId: number): LoadState {
  const [state, setState] = useState<{ id: number; load: LoadState }>({ id: draftId, load: { kind: 'loading' } });

  useEffect(() => {
    let current = true;
    loadDraft(draftId).then(
      (data) => {
        if (current) setState({ id: draftId, load: { kind: 'ready', data } });
      },
      (failure: unknown) => {
        if (current) setState({ id: draftId, load: { kind: 'failed', message: describeError(failure) } });
      },
    );
    return () => {
      current = false;
    };
  }, [draftId]);

  return state.id === draftId ? state.load : { kind: 'loading' };
}
