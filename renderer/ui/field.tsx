import type { ReactNode } from 'react';

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  wide?: boolean | undefined;
  /** The error is read out when it appears (for a field that saves on change, with no submit to go back to). */
  live?: boolean | undefined;
  children: ReactNode;
}

export function describedBy(id: string, hint: string | undefined, error: string | undefined) {
  const ids = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean);
  return {
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
    'aria-invalid': error ? true : undefined,
  };
}

export function FieldFrame({ id, label, hint, error, wide, live, children }: FieldFrameProps) {
  return (
    <div className={`field${wide ? ' field-wide' : ''}`} data-invalid={error ? 'true' : undefined}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children}
      {error ? (
        <p className="field-error" id={`${id}-error`} role={live ? 'alert' : undefined}>
          {error}
        </p>
      ) : null}
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface InputFieldProps extends Omit<FieldFrameProps, 'children'> {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date' | 'password';
  autoComplete?: string;
  autoFocus?: boolean | undefined;
  spellCheck?: boolean | undefined;
  /** The earliest day a date field offers (YYYY-MM-DD). */
  min?: string | undefined;
  onBlur?: () => void;
}

export function InputField({
  value,
  onChange,
  onBlur,
  type = 'text',
  autoComplete = 'off',
  autoFocus,
  spellCheck,
  min,
  ...frame
}: InputFieldProps) {
  return (
    <FieldFrame {...frame}>
      <input
        id={frame.id}
        name={frame.id}
        className="input"
        type={type}
        value={value}
        autoComplete={autoComplete}
        autoFocus={autoFocus}
        spellCheck={spellCheck}
        min={min}
        required={frame.required}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        {...describedBy(frame.id, frame.hint, frame.error)}
      />
    </FieldFrame>
  );
}

interface TextAreaFieldProps extends Omit<FieldFrameProps, 'children'> {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  compact?: boolean;
}

export function TextAreaField({ value, onChange, rows = 5, compact = false, ...frame }: TextAreaFieldProps) {
  return (
    <FieldFrame {...frame}>
      <textarea
        id={frame.id}
        name={frame.id}
        className={`input textarea${compact ? ' textarea-compact' : ''}`}
        value={value}
        rows={rows}
        onChange={(event) => onChange(event.target.value)}
        {...describedBy(frame.id, frame.hint, frame.error)}
      />
    </FieldFrame>
  );
}

interface SelectFieldProps<V extends string> extends Omit<FieldFrameProps, 'children'> {
  value: V;
  options: Record<V, string>;
  onChange: (value: V) => void;
}

export function SelectField<V extends string>({ value, options, onChange, ...frame }: SelectFieldProps<V>) {
  return (
    <FieldFrame {...frame}>
      <select
        id={frame.id}
        name={frame.id}
        className="input select"
        value={value}
        onChange={(event) => onChange(event.target.value as V)}
        {...describedBy(frame.id, frame.hint, frame.error)}
      >
        {(Object.keys(options) as V[]).map((option) => (
          <option key={option} value={option}>
            {options[option]}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** The hint under a text field that has a length limit. */
export function upTo(limit: number): string {
  return `Up to ${limit.toLocaleString('en')} characters`;
}

/** The messages of an entity form that belong to no one field, read out when they change. */
export function FormMessages({ messages }: { messages: readonly string[] }) {
  return (
    <div className="form-alert" role="alert">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}

export function FormFooter({ saveLabel, onCancel }: { saveLabel: string; onCancel: () => void }) {
  return (
    <div className="form-footer">
      <button type="submit" className="button button-primary">
        {saveLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
