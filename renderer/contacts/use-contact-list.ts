import type { ContactPage, ContactSort, ContactStatus } from '../../core/contacts';
import { useApiRead } from '../ui/use-api';

export interface ContactQuery {
  search: string;
  status: ContactStatus | null;
  sort: ContactSort;
  archived: boolean;
}

export interface ContactList {
  page: ContactPage | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/** Loads the list for a query; the previous page stays on screen until the next one arrives. */
export function useContactList({ search, status, sort, archived }: ContactQuery): ContactList {
  const { data, error, loading, reload } = useApiRead(
    'contacts:list',
    { search, status, sort, archived },
    { keepPrevious: true },
  );
  return { page: data, error, loading, reload };
}
