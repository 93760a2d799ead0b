/**
 * The renderer's only way to reach its data. In Electron the preload exposes `window.api`; in
 * browser mode the same channels go over fetch to the loopback server, with the launch token taken
 * once from the URL fragment, kept in sessionStorage and wiped from the address bar so that it does
 * not linger in history or screenshots. Every failure surfaces as one ApiCallError.
 */
import type { ApiErrorCode, ApiIssue, ApiResult } from '../core/api-result';
import type { ChannelName } from '../core/channels';
import type { Bridge, Input, Output } from '../core/contract';
import { API_PREFIX, TOKEN_HEADER } from '../core/transport';

declare global {
  interface Window {
    api?: Bridge;
  }
}

const TOKEN_STORAGE_KEY = 'someday.token';
const TOKEN_FRAGMENT = /(?:^#|&)token=([^&]+)/;

export class ApiCallError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: ApiIssue[];

  constructor(code: ApiErrorCode, message: string, issues: ApiIssue[] = []) {
    super(message);
    this.name = 'ApiCallError';
    this.code = code;
    this.issues = issues;
  }
}

let cachedToken: string | null = null;

/** Moves a `#token=…` fragment into sessionStorage and removes it from the address bar. */
export function captureToken(): string | null {
  const match = TOKEN_FRAGMENT.exec(window.location.hash);
  if (match?.[1]) {
    cachedToken = decodeURIComponent(match[1]);
    window.sessionStorage.setItem(TOKEN_STORAGE_KEY, cachedToken);
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    return cachedToken;
  }
  cachedToken ??= window.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  return cachedToken;
}

function readResult<T>(result: ApiResult<T>): T {
  if (result.ok) return result.value;
  throw new ApiCallError(result.error.code, result.error.message, result.error.issues);
}

async function callOverHttp<C extends ChannelName>(channel: C, input: Input<C> | undefined): Promise<Output<C>> {
  const token = captureToken();
  if (!token) {
    throw new ApiCallError(
      'unauthorized',
      'Open Someday with the full address printed when browser mode started; it carries a private key.',
    );
  }
  let response: Response;
  try {
    response = await fetch(`${API_PREFIX}${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(input ?? {}),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    throw new ApiCallError('internal', 'Someday could not reach its data. Is browser mode still running?');
  }
  let result: ApiResult<Output<C>>;
  try {
    result = (await response.json()) as ApiResult<Output<C>>;
  } catch {
    throw new ApiCallError('internal', `Someday got an unreadable answer (HTTP ${response.status}).`);
  }
  return readResult(result);
}

export async function call<C extends ChannelName>(channel: C, input?: Input<C>): Promise<Output<C>> {
  const bridge = window.api;
  if (!bridge) return callOverHttp(channel, input);
  let result: ApiResult<Output<C>>;
  try {
    result = await bridge[channel](input);
  } catch {
    throw new ApiCallError('internal', 'Someday could not reach its data. Try restarting the app.');
  }
  return readResult(result);
}
