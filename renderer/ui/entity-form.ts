/**
 * The one form model for entity forms (a contact, a template): the schema main also uses, the field
 * order (which is also the order in which the first invalid field gets focus), dirty state against
 * the last saved values, server issues put back on their fields, and the unsaved-changes name the
 * screen's guard asks about. Values, dirty state and errors live in react-hook-form; the schema check
 * is its resolver, so a form validates on the first Save and on every change after it, as before.
 */
import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import {
  useForm,
  useWatch,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Path,
  type PathValue,
} from 'react-hook-form';
import type { ApiIssue } from '../../core/api-result';
import { ApiCallError } from '../api';
import { describeError } from './error-message';

/** A form's values: every field is text (a select's value included). */
export type Values<V> = { [K in keyof V]: string };
export type ErrorsOf<V extends FieldValues & Values<V>> = Partial<Record<keyof V & string, string>>;

export interface SortedIssues<V extends FieldValues & Values<V>> {
  fieldErrors: ErrorsOf<V>;
  otherMessages: string[];
}

export type Checked<V extends FieldValues & Values<V>, Out> =
  { ok: true; value: Out } | ({ ok: false } & SortedIssues<V>);

export interface FormModel<V extends FieldValues & Values<V>, Out> {
  idPrefix: string;
  fieldOrder: readonly (keyof V & string)[];
  /** Server paths may carry a prefix ("contact.email" on update). */
  issuePrefix?: RegExp;
  /** The same zod check main makes; its issues' paths name the fields. */
  parse: (values: V) => { success: true; data: Out } | { success: false; error: { issues: readonly IssueLike[] } };
}

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

export function fieldIdOf<V extends FieldValues & Values<V>>(
  model: FormModel<V, unknown>,
  field: keyof V & string,
): string {
  return `${model.idPrefix}-${field}`;
}

export function sortIssuesFor<V extends FieldValues & Values<V>>(
  model: FormModel<V, unknown>,
  issues: readonly ApiIssue[],
): SortedIssues<V> {
  const fieldErrors: ErrorsOf<V> = {};
  const otherMessages: string[] = [];
  const names: readonly string[] = model.fieldOrder;
  for (const issue of issues) {
    const path = model.issuePrefix ? issue.path.replace(model.issuePrefix, '') : issue.path;
    const field = path.split('.')[0] ?? '';
    if (names.includes(field)) fieldErrors[field as keyof V & string] ??= issue.message;
    else otherMessages.push(issue.message);
  }
  return { fieldErrors, otherMessages };
}

export function checkValues<V extends FieldValues & Values<V>, Out>(
  model: FormModel<V, Out>,
  values: V,
): Checked<V, Out> {
  const parsed = model.parse(values);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  return { ok: false, ...sortIssuesFor(model, issues) };
}

export function firstInvalidOf<V extends FieldValues & Values<V>>(
  model: FormModel<V, unknown>,
  errors: ErrorsOf<V>,
): (keyof V & string) | undefined {
  return model.fieldOrder.find((field) => errors[field]);
}

export function sameValues<V extends FieldValues & Values<V>>(model: FormModel<V, unknown>, a: V, b: V): boolean {
  return model.fieldOrder.every((field) => a[field] === b[field]);
}

export interface EntityFormOptions<V extends FieldValues & Values<V>, Out, Saved> {
  model: FormModel<V, Out>;
  initial: V;
  focusOnMount: (keyof V & string) | null;
  onSave: (value: Out) => Promise<Saved>;
  toValues: (saved: Saved) => V;
  /** The name for unsaved changes ("Priya Raman", "the new contact"). */
  describeUnsaved: (values: V) => string;
  onDirtyChange: (name: string | null) => void;
}

export interface EntityForm<V extends FieldValues & Values<V>> {
  values: V;
  update: <K extends keyof V & string>(field: K, value: V[K]) => void;
  errorOf: (field: keyof V & string) => string | undefined;
  fieldProps: (
    field: keyof V & string,
    label: string,
    hint: string,
  ) => { id: string; label: string; hint: string; error: string | undefined };
  messages: string[];
  saving: boolean;
  submit: (event: FormEvent<HTMLFormElement>) => void;
}

function toErrorMap<V extends FieldValues & Values<V>>(
  errors: FieldErrors<V>,
  order: readonly (keyof V & string)[],
): ErrorsOf<V> {
  const map: ErrorsOf<V> = {};
  for (const field of order) {
    const message = (errors as Record<string, { message?: string } | undefined>)[field]?.message;
    if (message) map[field] = message;
  }
  return map;
}

export function useEntityForm<V extends FieldValues & Values<V>, Out, Saved>({
  model,
  initial,
  focusOnMount,
  onSave,
  toValues,
  describeUnsaved,
  onDirtyChange,
}: EntityFormOptions<V, Out, Saved>): EntityForm<V> {
  const form = useForm<V>({
    defaultValues: initial as DefaultValues<V>,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
    resolver: (values) => {
      const checked = checkValues(model, values);
      if (checked.ok) return { values, errors: {} };
      const errors: Record<string, { type: string; message: string }> = {};
      for (const [field, message] of Object.entries(checked.fieldErrors)) {
        if (message) errors[field] = { type: 'schema', message };
      }
      return { values: {}, errors: errors as FieldErrors<V> };
    },
  });
  const { control, setValue, setError, reset, handleSubmit, formState } = form;
  const values = useWatch({ control }) as V;
  const [messages, setMessages] = useState<string[]>([]);
  const [baseline, setBaseline] = useState<V>(initial);
  const errors = toErrorMap(formState.errors, model.fieldOrder);

  function focusField(field: (keyof V & string) | undefined) {
    if (field) document.getElementById(fieldIdOf(model, field))?.focus();
  }

  useEffect(() => {
    if (focusOnMount) document.getElementById(fieldIdOf(model, focusOnMount))?.focus();
  }, [focusOnMount, model]);

  const unsavedName = sameValues(model, values, baseline) ? null : describeUnsaved(values);
  useEffect(() => onDirtyChange(unsavedName), [unsavedName, onDirtyChange]);
  useEffect(() => () => onDirtyChange(null), [onDirtyChange]);

  function showServerError(error: unknown) {
    if (error instanceof ApiCallError && error.issues.length > 0) {
      const sorted = sortIssuesFor(model, error.issues);
      const hasFieldErrors = Object.keys(sorted.fieldErrors).length > 0;
      for (const [field, message] of Object.entries(sorted.fieldErrors)) {
        if (message) setError(field as Path<V>, { type: 'server', message });
      }
      setMessages(sorted.otherMessages.length > 0 || hasFieldErrors ? sorted.otherMessages : [error.message]);
      focusField(firstInvalidOf(model, sorted.fieldErrors));
      return;
    }
    setMessages([describeError(error)]);
  }

  const save = handleSubmit(
    async (checkedValues) => {
      const checked = checkValues(model, checkedValues);
      if (!checked.ok) return;
      setMessages([]);
      try {
        const saved = await onSave(checked.value);
        const next = toValues(saved);
        setBaseline(next);
        reset(next);
      } catch (error) {
        showServerError(error);
      }
    },
    () => {
      const checked = checkValues(model, form.getValues());
      if (checked.ok) return;
      setMessages(checked.otherMessages);
      focusField(firstInvalidOf(model, checked.fieldErrors));
    },
  );

  return {
    values,
    update: (field, value) =>
      setValue(field as unknown as Path<V>, value as PathValue<V, Path<V>>, {
        shouldDirty: true,
        shouldValidate: formState.isSubmitted,
      }),
    errorOf: (field) => errors[field],
    fieldProps: (field, label, hint) => ({ id: fieldIdOf(model, field), label, hint, error: errors[field] }),
    messages,
    saving: formState.isSubmitting,
    submit: (event) => {
      if (formState.isSubmitting) {
        event.preventDefault();
        return;
      }
      void save(event);
    },
  };
}

/**
 * Escape in an entity's pane is Cancel; the screen's guard then asks before unsaved edits go. A key
 * a dialog or a field already used (defaultPrevented) is left alone.
 */
export function cancelOnEscape(onCancel: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onCancel();
  };
}
