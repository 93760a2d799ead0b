import { useState, type FormEvent } from 'react';
import { call } from '../../api';
import { useSettings, withDefaults } from '../../shell/settings-context';
import { useAnnounce } from '../../shell/status';
import { describedBy } from '../../ui/field';
import { errorsFromFailure, validatePatch, type PatchErrors } from '../settings-patch';

const FIELD_ID = 'settings-backupsToKeep';
const HINT =
  'Someday keeps this many of the newest daily backups (1–100). Backups you make, and those made before an import, a restore or an update, are kept until you delete all your data.';

export function BackupsToKeepSetting() {
  const { settings, onSaved } = useSettings();
  const announce = useAnnounce();
  const [value, setValue] = useState(String(settings.backupsToKeep));
  const [errors, setErrors] = useState<PatchErrors>({});
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const patch = { backupsToKeep: value.trim() === '' ? Number.NaN : Number(value) };
    const invalid = validatePatch(patch);
    if (invalid) {
      setErrors(invalid);
      return;
    }
    setSaving(true);
    try {
      const saved = withDefaults(await call('settings:update', patch));
      onSaved(saved);
      setValue(String(saved.backupsToKeep));
      setErrors({});
      announce('Number of backups saved');
    } catch (failure) {
      setErrors(errorsFromFailure(failure));
    } finally {
      setSaving(false);
    }
  }

  const error = errors.backupsToKeep ?? errors.form;
  return (
    <form className="settings-form pace-form" noValidate onSubmit={submit} aria-label="Backups to keep">
      <div className="field" data-invalid={error ? 'true' : undefined}>
        <label className="field-label" htmlFor={FIELD_ID}>
          Backups to keep
        </label>
        <div className="pace-row">
          <input
            id={FIELD_ID}
            name={FIELD_ID}
            className="input pace-input"
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            step={1}
            value={value}
            onChange={(event) => {
              setValue(event.target.value);
              setErrors({});
            }}
            {...describedBy(FIELD_ID, HINT, error)}
          />
          <button type="submit" className="button" aria-busy={saving}>
            Save
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
  );
}
