/**
 * The one error shape every transport (Electron IPC and the browser-mode HTTP server) returns.
 * Handlers never throw across a process boundary: the dispatcher turns every failure into
 * `{ ok: false, error }` so the renderer can show `error.message` as it is.
 */
export type ApiErrorCode =
  | 'invalid-input'
  | 'unknown-channel'
  | 'not-found'
  | 'conflict'
  | 'unauthorized'
  | 'forbidden'
  | 'too-large'
  | 'locked'
  | 'needs-passphrase'
  | 'internal';

export interface ApiIssue {
  path: string;
  message: string;
}

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  issues?: ApiIssue[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside handlers and repositories for expected failures; the dispatcher maps it to ApiError. */
export class AppError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: ApiIssue[] | undefined;

  constructor(code: ApiErrorCode, message: string, issues?: ApiIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }
}

export function failure(code: ApiErrorCode, message: string, issues?: ApiIssue[]): ApiResult<never> {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}
