import { ApiCallError } from '../api';

export function describeError(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  return 'Something unexpected went wrong. Nothing was changed.';
}
