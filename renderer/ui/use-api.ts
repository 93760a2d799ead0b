/**
 * The one way screens read and change data: TanStack Query over renderer/api.ts. A read is cached by
 * channel and input, dropped (and in browser mode cancelled) when the screen moves on, and read again
 * after any write that names its channel in `invalidates`. Errors come back as one sentence.
 */
import {
  keepPreviousData,
  QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { ChannelName } from '../../core/channels';
import type { Input, InputArgs, Output } from '../../core/contract';
import { call, type UntypedCall } from '../api';
import { describeError } from './error-message';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false, staleTime: 0 },
      mutations: { retry: false },
    },
  });
}

export function apiKey<C extends ChannelName>(channel: C, input?: Input<C>): QueryKey {
  return input === undefined ? [channel] : [channel, input];
}

export interface ApiRead<T> {
  data: T | null;
  error: string | null;
  /** True while an answer is on its way (the first one or a fresh one after a change). */
  loading: boolean;
  reload: () => void;
}

export interface ReadOptions {
  enabled?: boolean;
  /** Keeps the last answer on screen while the one for a new input loads, or when it fails (a list being filtered). */
  keepPrevious?: boolean;
  /** Reads again whenever this changes (a count of saves, say), beside changes of the input. */
  version?: string | number;
}

const anyCall = (...args: Parameters<UntypedCall>) => (call as UntypedCall)(...args);

/** Reads a channel; like `call`, a channel that needs input cannot be read without it. */
export function useApiRead<C extends ChannelName>(
  channel: C,
  ...[input, options = {}]: [...InputArgs<C>, options?: ReadOptions] | [input: Input<C>, options?: ReadOptions]
): ApiRead<Output<C>> {
  const { enabled = true, keepPrevious = false, version } = options as ReadOptions;
  const key = apiKey(channel, input as Input<C> | undefined);
  const query = useQuery({
    queryKey: version === undefined ? key : [...key, { version }],
    queryFn: ({ signal }) => anyCall(channel, input, { signal }) as Promise<Output<C>>,
    enabled,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
  });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  const [last, setLast] = useState<Output<C> | null>(null);
  if (keepPrevious && query.data !== undefined && query.data !== last) setLast(query.data);
  return {
    data: query.data ?? (keepPrevious ? last : null),
    error: query.error ? describeError(query.error) : null,
    loading: query.isFetching,
    reload,
  };
}

/** Writes through a channel and marks the reads of the named channels stale, so mounted screens read again. */
export function useApiWrite<C extends ChannelName>(
  channel: C,
  invalidates: readonly ChannelName[],
): (input: Input<C>) => Promise<Output<C>> {
  const client = useQueryClient();
  const { mutateAsync } = useMutation({
    mutationFn: (input: Input<C>) => anyCall(channel, input) as Promise<Output<C>>,
    onSuccess: () => {
      for (const name of invalidates) void client.invalidateQueries({ queryKey: [name] });
    },
  });
  return mutateAsync;
}

/** Replaces a cached answer in place (a saved item shown at once, without asking main again). */
export function useApiCache() {
  const client = useQueryClient();
  return useCallback(
    <C extends ChannelName>(channel: C, input: Input<C> | undefined, update: (previous: Output<C>) => Output<C>) => {
      client.setQueryData<Output<C>>(apiKey(channel, input), (previous) =>
        previous === undefined ? previous : update(previous),
      );
    },
    [client],
  );
}
