import { useState, type FormEvent } from 'react';
import { CADENCE_BOUNDS, type CadenceKey } from '../../core/cadence-settings';
import { call } from '../api';
import { errorsFromFailure, validatePatch, type PatchErrors } from '../settings/settings-patch';
import { useSettings, withDefaults } from '../shell/settings-context';
import { useAnnounce } from '../shell/status';

const FIELDS: { key: CadenceKey; label: string; hint: string }[] = [
  { key: 'cadenceThankYouHours', label: 'Say thank you within (hours)', hint: 'Counted from the decision.' },
  { key: 'cadenceCheckInDays', label: 'First check-in after (days)', hint: 'About a month is usual.' },
  {
    key: 'cadenceRepeatMonths',
    label: 'Then check in every (months)',
    hint: 'Every three months keeps you in mind without crowding them.',
  },
  {
    key: 'cadenceMinSpacingDays',
    label: 'Warn if sooner than (days)',
    hint: 'Someday warns before you reach out again this soon.',
  },
  {
    key: 'cadenceReminderHour',
    label: 'Remind me at (hour, 0–23)',
    hint: 'Reminders fall due at this hour of your local day.',
  },
];

function toNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** The follow-up rhythm: when the thank-you, the check-in and the regular notes fall, and the spacing guard. */
export function CadenceSettings() {
  const { settings, onSaved } = useSettings();
  const announce = useAnnounce();
  const [values, setValues] = useState<Record<CadenceKey, string>>(
    () => Object.fromEntries(FIELDS.map(({ key }) => [key, String(settings[key])])) as Record<CadenceKey, string>,
  );
  const [errors, setErrors] = useState<PatchErrors>({});
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const patch = Object.fromEntries(FIELDS.map(({ key }) => [key, toNumber(values[key])]));
    const invalid = validatePatch(patch);
    if (invalid) {
      setErrors(invalid);
      return;
    }
    setSaving(true);
    try {
      const saved = withDefaults(await call('settings:update', patch));
      onSaved(saved);
      setErrors({});
      announce('Follow-up rhythm saved');
    } catch (failure) {
      setErrors(errorsFromFailure(failure));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="settings-section" aria-labelledby="cadence-title">
      <h2 id="cadence-title" className="settings-section-title">
        Follow-up rhythm
      </h2>
      <form className="settings-form cadence-form" noValidate onSubmit={submit} aria-labelledby="cadence-title">
        {FIELDS.map(({ key, label, hint }) => {
          const id = `settings-${key}`;
          const error = errors[key];
          const { min, max } = CADENCE_BOUNDS[key];
          return (
            <div className="field" key={key} data-invalid={error ? 'true' : undefined}>
              <label className="field-label" htmlFor={id}>
                {label}
              </label>
              <input
                id={id}
                className="input cadence-input"
                type="number"
                inputMode="numeric"
                min={min}
                max={max}
                step={1}
                value={values[key]}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
                onChange={(event) => {
                  setValues((previous) => ({ ...previous, [key]: event.target.value }));
                  setErrors({});
                }}
              />
              {error ? (
                <p className="field-error" id={`${id}-error`} role="alert">
                  {error}
                </p>
              ) : null}
              <p className="field-hint" id={`${id}-hint`}>
                {hint} ({min}–{max})
              </p>
            </div>
          );
        })}
        {errors.form ? (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        ) : null}
        <div>
          <button type="submit" className="button button-primary" aria-busy={saving}>
            Save rhythm
          </button>
        </div>
      </form>
    </section>
  );
}
