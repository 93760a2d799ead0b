import { useState, type FormEvent } from 'react';
import { call } from '../api';
import { useSettings, withDefaults } from '../shell/settings-context';
import { useAnnounce } from '../shell/status';
import { describedBy } from '../ui/field';
import { errorsFromFailure, validatePatch, type PatchErrors } from './settings-patch';

const FIELD_ID = 'settings-speakingWpm';
const HINT = 'Most people speak 120–160 words a minute. Someday uses this to time calls and voicemails (80–240).';

function toNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

export function SpeakingPaceSetting() {
  const { settings, onSaved } = useSettings();
  const announce = useAnnounce();
  const [value, setValue] = useState(String(settings.speakingWpm));
  const [errors, setErrors] = useState<PatchErrors>({});
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const patch = { speakingWpm: toNumber(value) };
    const invalid = validatePatch(patch);
    if (invalid) {
      setErrors(invalid);
      return;
    }
    setSaving(true);
    try {
      const saved = withDefaults(await call('settings:update', patch));
      onSaved(saved);
      setValue(String(saved.speakingWpm));
      setErrors({});
      announce('Speaking pace saved');
    } catch (failure) {
      setErrors(errorsFromFailure(failure));
    } finally {
      setSaving(false);
    }
  }

  const error = errors.speakingWpm ?? errors.form;
  return (
    <section className="settings-section" aria-labelledby="pace-title">
      <h2 id="pace-title" className="settings-section-title">
        Speaking pace
      </h2>
      <form className="settings-form pace-form" noValidate onSubmit={submit} aria-labelledby="pace-title">
        <div className="field" data-invalid={error ? 'true' : undefined}>
          <label className="field-label" htmlFor={FIELD_ID}>
            Words per minute
          </label>
          <div className="pace-row">
            <input
              id={FIELD_ID}
              name={FIELD_ID}
              className="input pace-input"
              type="number"
              inputMode="numeric"
              min={80}
              max={240}
              step={1}
              value={value}
              onChange={(event) => {
                setValue(event.target.value);
                setErrors({});
              }}
              {...describedBy(FIELD_ID, HINT, error)}
            />
            <button type="submit" className="button button-primary" aria-busy={saving}>
              Save pace
            </button>
          </div>
          {error ? (
            <p className="field-error" id={`${FIELD_ID}-error`} role="alert">
              {error}
            </p>
          ) : null}
          <p className="field-hint" id={`${FIELD_ID}-hint`}>
            {HINT}
          </p>
        </div>
      </form>
    </section>
  );
}
