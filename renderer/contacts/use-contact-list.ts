import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { CONTACT_WINDOW, type Contact, type ContactSort, type ContactStatus } from '../../core/contacts';
import { call } from '../api';
import { describeError } from '../ui/error-message';
import { apiKey, useApiRead } from '../ui/use-api';

export interface ContactQuery {
  search: string;
  status: ContactStatus | null;
  sort: ContactSort;
  archived: boolean;
}

export interface ContactList {
  /** How many contacts match in all (null until the first answer). */
  total: number | null;
  /** The contact at a place in the list, or undefined while its window is on its way. */
  contactAt: (index: number) => Contact | undefined;
  error: string | null;
  loading: boolean;
  reload: () => void;
  /** The rows on screen: the windows they fall in are read (and kept) as the person scrolls. */
  showRange: (first: number, last: number) => void;
}

/**
 * Reads the list in windows of CONTACT_WINDOW: the first at once (it carries the true total), the
 * others when the rows on screen reach them, so every contact is reachable and none is held back by a
 * cap, while a screen of 25,000 contacts asks for a few hundred at a time. The previous first window
 * stays on screen until the next one arrives (a list being searched or filtered).
 */
export function useContactList(query: ContactQuery): ContactList {
  const { search, status, sort, archived } = query;
  const base = useMemo(() => ({ search, status, sort, archived }), [search, status, sort, archived]);
  const first = useApiRead('contacts:list', { ...base, limit: CONTACT_WINDOW, offset: 0 }, { keepPrevious: true });
  const [range, setRange] = useState({ first: 0, last: 0 });
  const total = first.data?.total ?? null;
  const windows: number[] = [];
  if (total !== null) {
    const lastWindow = Math.floor(Math.min(range.last, total - 1) / CONTACT_WINDOW);
    for (let w = Math.max(1, Math.floor(range.first / CONTACT_WINDOW)); w <= lastWindow; w += 1) windows.push(w);
  }
  const more = useQueries({
    queries: windows.map((w) => {
      const input = { ...base, limit: CONTACT_WINDOW, offset: w * CONTACT_WINDOW };
      return {
        queryKey: apiKey('contacts:list', input),
        queryFn: ({ signal }: { signal: AbortSignal }) => call('contacts:list', input, { signal }),
      };
    }),
  });
  const loaded = new Map<number, Contact[]>();
  if (first.data) loaded.set(0, first.data.items);
  more.forEach((result, i) => {
    if (result.data) loaded.set(windows[i]!, result.data.items);
  });
  const contactAt = (index: number) => loaded.get(Math.floor(index / CONTACT_WINDOW))?.[index % CONTACT_WINDOW];
  const failed = more.find((result) => result.error);
  const client = useQueryClient();
  const reload = useCallback(() => void client.invalidateQueries({ queryKey: ['contacts:list'] }), [client]);
  const showRange = useCallback(
    (firstRow: number, lastRow: number) =>
      setRange((current) =>
        current.first === firstRow && current.last === lastRow ? current : { first: firstRow, last: lastRow },
      ),
    [],
  );
  return {
    total,
    contactAt,
    error: first.error ?? (failed?.error ? describeError(failed.error) : null),
    loading: first.loading || more.some((result) => result.isFetching),
    reload,
    showRange,
  };
}
