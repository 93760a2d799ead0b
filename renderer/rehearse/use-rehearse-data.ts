import type { Contact } from '../../core/contacts';
import type { Rehearsal } from '../../core/rehearsals';
import type { ScenarioLibrary } from '../../core/scenarios';
import { useApiRead } from '../ui/use-api';

export interface RehearseData {
  /** The contact the set-up opens on (the first by name), or null when there is nobody to call yet. */
  firstContact: Contact | null;
  library: ScenarioLibrary;
  history: Rehearsal[];
  loading: boolean;
  error: string | null;
  reloadHistory: () => void;
}

const NO_SCENARIOS: ScenarioLibrary = { scenarios: [], problems: [] };
const NO_HISTORY: Rehearsal[] = [];

/** The first contact to call (the picker searches the rest), the scenarios, and past rehearsals. */
export function useRehearseData(): RehearseData {
  const contacts = useApiRead('contacts:list', { limit: 1 });
  const library = useApiRead('scenarios:list', {});
  const history = useApiRead('rehearsals:list', {});
  const error = contacts.error ?? library.error ?? history.error;
  return {
    firstContact: contacts.data?.items[0] ?? null,
    library: library.data ?? NO_SCENARIOS,
    history: history.data ?? NO_HISTORY,
    // Only the first read shows as loading: a history read again after a call keeps the screen as it is.
    loading: error === null && (contacts.data === null || library.data === null || history.data === null),
    error,
    reloadHistory: history.reload,
  };
}
