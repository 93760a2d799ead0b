import { useState, type FormEvent, type ReactNode } from 'react';
import type { FollowupSettingKey } from '../../core/followup-settings';
import type { SettingsPatch } from '../../core/settings';
import { describedBy } from '../ui/field';
import type { SettingAutosave } from './use-setting-autosave';

type NumberKey = 'speakingWpm' | 'backupsToKeep' | FollowupSettingKey;

interface NumberFieldProps {
  field: NumberKey;
  label: string;
  hint: string;
  min: number;
  max: number;
  initial: number;
  autosave: SettingAutosave;
}

function toNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** One whole-number setting, saved after a pause in typing or on leaving the field (see useSettingAutosave). */
export function NumberField({ field, label, hint, min, max, initial, autosave }: NumberFieldProps) {
  const [value, setValue] = useState(String(initial));
  const id = `settings-${field}`;
  const patch = (text: string): SettingsPatch => ({ [field]: toNumber(text) });
  const error = autosave.errors[field];
  return (
    <div className="field" data-invalid={error ? 'true' : undefined}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        name={id}
        className="input pace-input"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          autosave.clearErrors();
          autosave.saveSoon(patch(event.target.value));
        }}
        onBlur={() => autosave.saveNow(patch(value))}
        onKeyDown={(event) => {
          if (event.key === 'Enter') autosave.saveNow(patch(value));
        }}
        {...describedBy(id, hint, error)}
      />
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}

interface SettingsFormProps {
  autosave: SettingAutosave;
  className?: string;
  /** The form's accessible name, or the id of the heading that names it. */
  label?: string;
  labelledBy?: string;
  children: ReactNode;
}

/** A settings form: no Save button (each field saves itself), a mistake main reports for no one field below. */
export function SettingsForm({ autosave, className = '', label, labelledBy, children }: SettingsFormProps) {
  return (
    <form
      className={`settings-form ${className}`.trim()}
      noValidate
      onSubmit={(event: FormEvent<HTMLFormElement>) => event.preventDefault()}
      aria-label={label}
      aria-labelledby={labelledBy}
    >
      {children}
      {autosave.errors.form ? (
        <p className="field-error" role="alert">
          {autosave.errors.form}
        </p>
      ) : null}
    </form>
  );
}
