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
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiErrorCode } from '../../core/api-result';
import type { ChannelName } from '../../core/channels';
import type { Input, InputArgs, Output } from '../../core/contract';
import { ApiCallError, call, type UntypedCall } from '../api';
import { describeError } from './error-message';
import { useStableCallback } from './use-stable-callback';

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
  /** The failure's code (`needs-passphrase`, `not-found`, …) when main gave one. */
  errorCode: ApiErrorCode | null;
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
  /** Reads again every this many milliseconds while enabled (a progress bar, a status). */
  refetchInterval?: number;
  /**
   * Drops the answer as soon as no screen reads it, rather than keeping it for the next visit: for an input
   * that holds a secret (a passphrase), a one-off answer (a transfer's progress), or a copy the person edits.
   */
  forget?: boolean;
}

const anyCall = (...args: Parameters<UntypedCall>) => (call as UntypedCall)(...args);

/** Reads a channel; like `call`, a channel that needs input cannot be read without it. */
export function useApiRead<C extends ChannelName>(
  channel: C,
  ...[input, options = {}]: [...InputArgs<C>, options?: ReadOptions] | [input: Input<C>, options?: ReadOptions]
): ApiRead<Output<C>> {
  const { enabled = true, keepPrevious = false, version, refetchInterval, forget = false } = options as ReadOptions;
  const key = apiKey(channel, input as Input<C> | undefined);
  const query = useQuery({
    queryKey: version === undefined ? key : [...key, { version }],
    queryFn: ({ signal }) => anyCall(channel, input, { signal }) as Promise<Output<C>>,
    enabled,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
    refetchInterval,
    ...(forget ? { gcTime: 0 } : {}),
  });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  const [last, setLast] = useState<Output<C> | null>(null);
  if (keepPrevious && query.data !== undefined && query.data !== last) setLast(query.data);
  return {
    data: query.data ?? (keepPrevious ? last : null),
    error: query.error ? describeError(query.error) : null,
    errorCode: query.error instanceof ApiCallError ? query.error.code : null,
    loading: query.isFetching,
    reload,
  };
}

/**
 * Writes through a channel and marks the reads of the named channels stale, so mounted screens read again.
 * Like `call`, a channel that needs input cannot be written without it.
 */
export function useApiWrite<C extends ChannelName>(
  channel: C,
  invalidates: readonly ChannelName[],
): (...args: InputArgs<C>) => Promise<Output<C>> {
  const refresh = useApiRefresh();
  const { mutateAsync } = useMutation({
    mutationFn: (input: Input<C> | undefined) => anyCall(channel, input) as Promise<Output<C>>,
    onSuccess: () => void refresh(invalidates),
  });
  return useCallback((...args: InputArgs<C>) => mutateAsync(args[0]), [mutateAsync]);
}

/**
 * Marks the reads of the named channels stale after a change made elsewhere (a dialog's own call, an
 * import); mounted screens read them again, and the promise settles when they have.
 */
export function useApiRefresh(): (channels: readonly ChannelName[]) => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    async (channels: readonly ChannelName[]) => {
      await Promise.all(channels.map((name) => client.invalidateQueries({ queryKey: [name] })));
    },
    [client],
  );
}

/**
 * Hands the first answer of a read to `apply`, once per `key`: server data copied into local state that the
 * person then edits (a proposed plan, the choices a dialog opens on), or a pane opened on what was asked for.
 * An answer still being refreshed is not used, and later answers (a re-read after a write) leave the copy
 * alone; a new `key` (another contact asked for) takes the next first answer.
 */
export function useFirstAnswer<T>(
  read: Pick<ApiRead<T>, 'data' | 'loading'>,
  apply: (value: T) => void,
  key: unknown = null,
): void {
  const applied = useRef<{ key: unknown } | null>(null);
  const applyLatest = useStableCallback(apply);
  const { data, loading } = read;
  useEffect(() => {
    if (loading || data === null || (applied.current !== null && Object.is(applied.current.key, key))) return;
    applied.current = { key };
    applyLatest(data);
  }, [data, loading, key, applyLatest]);
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
