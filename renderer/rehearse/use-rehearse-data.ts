import { useCallback, useEffect, useState } from 'react';
import type { Contact } from '../../core/contacts';
import type { Rehearsal } from '../../core/rehearsals';
import type { ScenarioLibrary } from '../../core/scenarios';
import { call } from '../api';
import { describeError } from '../ui/error-message';

export interface RehearseData {
  /** The contact the set-up opens on (the first by name), or null when there is nobody to call yet. */
  firstContact: Contact | null;
  library: ScenarioLibrary;
  history: Rehearsal[];
  loading: boolean;
  error: string | null;
  reloadHistory: () => void;
}

/** The first contact to call (the picker searches the rest), the scenarios, and past rehearsals. */
export function useRehearseData(): RehearseData {
  const [firstContact, setFirstContact] = useState<Contact | null>(null);
  const [library, setLibrary] = useState<ScenarioLibrary>({ scenarios: [], problems: [] });
  const [history, setHistory] = useState<Rehearsal[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    Promise.all([call('contacts:list', { limit: 1 }), call('scenarios:list', {}), call('rehearsals:list', {})]).then(
      ([page, scenarios, past]) => {
        if (!current) return;
        setFirstContact(page.items[0] ?? null);
        setLibrary(scenarios);
        setHistory(past);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(describeError(failure));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, []);

  const reloadHistory = useCallback(() => {
    call('rehearsals:list', {}).then(setHistory, (failure: unknown) => setError(describeError(failure)));
  }, []);

  return { firstContact, library, history, loading, error, reloadHistory };
}
