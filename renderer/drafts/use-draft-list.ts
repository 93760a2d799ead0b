import { useCallback, useEffect, useState } from 'react';
import type { DraftPage, DraftStatus } from '../../core/drafts';
import { call } from '../api';
import { describeError } from '../ui/error-message';

interface ListState {
  key: string;
  page: DraftPage | null;
  error: string | null;
}

export interface DraftListState {
  page: DraftPage | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/** Loads the drafts for a search and status; the previous page stays on screen until the next arrives. */
export function useDraftList(search: string, status: DraftStatus | null): DraftListState {
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<ListState>({ key: '', page: null, error: null });
  const key = JSON.stringify([search, status, version]);

  useEffect(() => {
    let current = true;
    call('drafts:list', { search, status }).then(
      (page) => {
        if (current) setState({ key, page, error: null });
      },
      (error: unknown) => {
        if (current) setState((previous) => ({ key, page: previous.page, error: describeError(error) }));
      },
    );
    return () => {
      current = false;
    };
  }, [key, search, status]);

  const reload = useCallback(() => setVersion((previous) => previous + 1), []);
  return { page: state.page, error: state.error, loading: state.key !== key, reload };
}
