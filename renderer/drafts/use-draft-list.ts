import type { DraftPage, DraftStatus } from '../../core/drafts';
import { useApiRead } from '../ui/use-api';

export interface DraftListState {
  page: DraftPage | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/** Loads the drafts for a search and status; the previous page stays on screen until the next arrives. */
export function useDraftList(search: string, status: DraftStatus | null): DraftListState {
  const { data, error, loading, reload } = useApiRead('drafts:list', { search, status }, { keepPrevious: true });
  return { page: data, error, loading, reload };
}
