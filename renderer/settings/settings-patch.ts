import type { ApiIssue } from '../../core/api-result';
import { SettingsPatchSchema, type SettingsPatch } from '../../core/settings';
import { ApiCallError } from '../api';
import { describeError } from '../ui/error-message';

export type PatchErrors = Partial<Record<keyof SettingsPatch, string>> & { form?: string };

function toErrors(issues: readonly ApiIssue[], fallback: string): PatchErrors {
  const errors: PatchErrors = {};
  for (const issue of issues) {
    const field = issue.path.split('.')[0] as keyof SettingsPatch | '';
    if (field) errors[field] ??= issue.message;
    else errors.form ??= issue.message;
  }
  if (Object.keys(errors).length === 0) errors.form = fallback;
  return errors;
}

/** The schema main parses with, run first so that a mistake is shown without a round trip. */
export function validatePatch(patch: SettingsPatch): PatchErrors | null {
  const parsed = SettingsPatchSchema.safeParse(patch);
  if (parsed.success) return null;
  return toErrors(
    parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    'Check the values and try again.',
  );
}

export function errorsFromFailure(failure: unknown): PatchErrors {
  if (failure instanceof ApiCallError && failure.issues.length > 0) return toErrors(failure.issues, failure.message);
  return { form: describeError(failure) };
}
