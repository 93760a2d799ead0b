/**
 * The renderer's only way to reach its data and the rest of the computer. In Electron the preload
 * exposes `window.api`; in browser mode the same channels go over fetch to the loopback server, with
 * the launch token taken once from the URL fragment, kept in sessionStorage and wiped from the address
 * bar so that it does not linger in history or screenshots. Opening the mail program, saving a file
 * and copying also live here, because each picks its transport by where the app runs. Every failure
 * surfaces as one ApiCallError.
 */
import type { z } from 'zod';
import type { ApiErrorCode, ApiIssue, ApiResult } from '../core/api-result';
import type { ChannelName } from '../core/channels';
import type { Bridge, Input, InputArgs, Output } from '../core/contract';
import { buildMailtoUrl, MailtoSchema, SaveFileSchema, type MailtoInput, type SaveFileResult } from '../core/output';
import type { ChosenSource } from '../core/data';
import { API_PREFIX, DOWNLOAD_PREFIX, TOKEN_HEADER, UPLOAD_PATH } from '../core/transport';

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

/** The desktop app (the preload's bridge is on the page) rather than browser mode. */
export function inDesktopApp(): boolean {
  return window.api !== undefined;
}

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

const lockedListeners = new Set<() => void>();

/** Called whenever main refuses a call because the data is locked (auto-lock, the menu): the lock gate listens. */
export function onLockedAnswer(listener: () => void): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

function readResult<T>(result: ApiResult<T>): T {
  if (result.ok) return result.value;
  if (result.error.code === 'locked') lockedListeners.forEach((listener) => listener());
  throw new ApiCallError(result.error.code, result.error.message, result.error.issues);
}

export interface CallOptions {
  /** Lets the request outlive the page (pagehide, beforeunload) in browser mode. */
  keepalive?: boolean;
  /** Cancels the request in browser mode (a screen that moved on); over IPC the answer is dropped by the caller. */
  signal?: AbortSignal;
}

/** Browsers refuse keepalive requests whose bodies add up to more than 64 KiB. */
const KEEPALIVE_BODY_LIMIT = 60_000;

async function callOverHttp<C extends ChannelName>(
  channel: C,
  input: Input<C> | undefined,
  options: CallOptions,
): Promise<Output<C>> {
  const token = captureToken();
  if (!token) {
    throw new ApiCallError(
      'unauthorized',
      'Open Someday with the full address printed when browser mode started; it carries a private key.',
    );
  }
  const body = JSON.stringify(input ?? {});
  let response: Response;
  try {
    response = await fetch(`${API_PREFIX}${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body,
      cache: 'no-store',
      credentials: 'omit',
      keepalive: options.keepalive === true && new Blob([body]).size <= KEEPALIVE_BODY_LIMIT,
      ...(options.signal ? { signal: options.signal } : {}),
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

/** A call through either transport; `call` below is the same function with the contract's types. */
export type UntypedCall = (channel: ChannelName, input?: unknown, options?: CallOptions) => Promise<unknown>;

async function callChannel<C extends ChannelName>(
  channel: C,
  input?: Input<C>,
  options: CallOptions = {},
): Promise<Output<C>> {
  const bridge = window.api;
  if (!bridge) return callOverHttp(channel, input, options);
  let result: ApiResult<Output<C>>;
  try {
    result = await (bridge[channel] as (input?: Input<C>) => Promise<ApiResult<Output<C>>>)(input);
  } catch {
    throw new ApiCallError('internal', 'Someday could not reach its data. Try restarting the app.');
  }
  return readResult(result);
}

/** A channel that needs input cannot be called without it (see InputArgs in core/contract.ts). */
export const call = callChannel as <C extends ChannelName>(
  channel: C,
  ...args: [...InputArgs<C>, options?: CallOptions]
) => Promise<Output<C>>;

function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  throw new ApiCallError('invalid-input', issues[0]?.message ?? 'That cannot be sent.', issues);
}

function followLink(href: string, download?: string): void {
  const link = document.createElement('a');
  link.href = href;
  if (download !== undefined) link.download = download;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Opens a new message in the person's mail program. The desktop app asks main, which alone may call
 * shell.openExternal; browser mode follows the same validated mailto: link, which the browser hands
 * to the mail program without leaving the page.
 */
export async function openMail(input: MailtoInput): Promise<{ opened: boolean }> {
  const parsed = parseOrThrow(MailtoSchema, input);
  if (window.api) return call('output:open-mail', parsed);
  followLink(buildMailtoUrl(parsed));
  return { opened: true };
}

export interface SaveFileInput {
  kind: 'txt' | 'eml' | 'ics' | 'csv' | 'vcf';
  fileName: string;
  content: string;
}

const FILE_TYPES: Record<SaveFileInput['kind'], string> = {
  txt: 'text/plain;charset=utf-8',
  eml: 'message/rfc822',
  ics: 'text/calendar;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  vcf: 'text/vcard;charset=utf-8',
};

/** The desktop app shows a save dialog in main; browser mode downloads the file. */
export async function saveFile(input: SaveFileInput): Promise<SaveFileResult> {
  const parsed = parseOrThrow(SaveFileSchema, input);
  if (window.api) return call('output:save-file', parsed);
  const url = URL.createObjectURL(new Blob([parsed.content], { type: FILE_TYPES[parsed.kind] }));
  followLink(url, parsed.fileName);
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true, path: null };
}

/**
 * Browser mode: sends an export file to main as a stream (the browser reads it from disk as it goes,
 * so any size fits), and answers with the id the import channels take.
 */
export async function uploadExportFile(file: File, signal?: AbortSignal): Promise<ChosenSource> {
  const token = captureToken();
  if (!token)
    throw new ApiCallError('unauthorized', 'Open Someday with the full address printed when browser mode started.');
  let response: Response;
  try {
    response = await fetch(`${UPLOAD_PATH}?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', [TOKEN_HEADER]: token },
      body: file,
      cache: 'no-store',
      credentials: 'omit',
      ...(signal ? { signal } : {}),
    });
  } catch {
    throw new ApiCallError('internal', `Someday could not read ${file.name}, or browser mode has stopped.`);
  }
  try {
    return readResult((await response.json()) as ApiResult<ChosenSource>);
  } catch (error) {
    if (error instanceof ApiCallError) throw error;
    throw new ApiCallError('internal', `Someday got an unreadable answer (HTTP ${response.status}).`);
  }
}

/** Browser mode: hands a finished export to the browser's download (streamed from main, once). */
export function downloadExport(download: string, fileName: string): void {
  followLink(`${DOWNLOAD_PREFIX}${encodeURIComponent(download)}`, fileName);
}

function copyWithSelection(text: string): boolean {
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  active?.focus();
  return copied;
}

export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    if (copyWithSelection(text)) return;
  }
  throw new ApiCallError('internal', 'Someday could not copy the text. Select it and press Ctrl+C instead.');
}
