import { useCallback, useEffect, useState } from 'react';
import type { ContactPage, ContactSort, ContactStatus } from '../../core/contacts';
import { call } from '../api';
import { describeError } from '../ui/error-message';

export interface ContactQuery {
  search: string;
  status: ContactStatus | null;
  sort: ContactSort;
  archived: boolean;
}

interface ListState {
  key: string;
  page: ContactPage | null;
  error: string | null;
}

export interface ContactList {
  page: ContactPage | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/** Loads the list for a query; the previous page stays on screen until the next one arrives. */
export function useContactList({ search, status, sort, archived }: ContactQuery): ContactList {
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<ListState>({ key: '', page: null, error: null });
  const key = JSON.stringify([search, status, sort, archived, version]);

  useEffect(() => {
    let current = true;
    call('contacts:list', { search, status, sort, archived }).then(
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
  }, [key, search, status, sort, archived]);

  const reload = useCallback(() => setVersion((previous) => previous + 1), []);
  return { page: state.page, error: state.error, loading: state.key !== key, reload };
}
