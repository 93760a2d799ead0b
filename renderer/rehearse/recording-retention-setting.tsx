import { useState, type FormEvent } from 'react';
import { RECORDING_RETENTION_MODES, type RecordingRetention } from '../../core/settings';
import { call } from '../api';
import { errorsFromFailure, validatePatch } from '../settings/settings-patch';
import { useSettings, withDefaults } from '../shell/settings-context';
import { useAnnounce } from '../shell/status';

const LABELS: Record<RecordingRetention['mode'], string> = {
  keep: 'Keep them',
  days: 'Keep them for a number of days',
  never: 'Never keep them',
};

/** How long rehearsal recordings stay in the data folder. */
export function RecordingRetentionSetting() {
  const { settings, onSaved } = useSettings();
  const announce = useAnnounce();
  const [mode, setMode] = useState(settings.recordingRetention.mode);
  const [days, setDays] = useState(String(settings.recordingRetention.days));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const patch = { recordingRetention: { mode, days: days.trim() === '' ? Number.NaN : Number(days) } };
    const invalid = validatePatch(patch);
    if (invalid) {
      setError(invalid.recordingRetention ?? invalid.form ?? 'Check the number of days.');
      return;
    }
    setSaving(true);
    try {
      onSaved(withDefaults(await call('settings:update', patch)));
      setError(null);
      announce('Recording setting saved');
    } catch (failure) {
      const errors = errorsFromFailure(failure);
      setError(errors.recordingRetention ?? errors.form ?? 'The setting was not saved.');
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="settings-section" aria-labelledby="retention-title">
      <h2 id="retention-title" className="settings-section-title">
        Rehearsal recordings
      </h2>
      <form className="settings-form" noValidate onSubmit={submit} aria-labelledby="retention-title">
        <fieldset className="field">
          <legend className="field-label">When you speak an answer, the recording is saved on this computer.</legend>
          {RECORDING_RETENTION_MODES.map((value) => (
            <label key={value} className="retention-choice">
              <input
                type="radio"
                name="recording-retention"
                value={value}
                checked={mode === value}
                onChange={() => {
                  setMode(value);
                  setError(null);
                }}
              />{' '}
              {LABELS[value]}
            </label>
          ))}
        </fieldset>
        {mode === 'days' ? (
          <div className="field" data-invalid={error ? 'true' : undefined}>
            <label className="field-label" htmlFor="settings-retention-days">
              Days to keep recordings
            </label>
            <input
              id="settings-retention-days"
              className="input pace-input"
              type="number"
              inputMode="numeric"
              min={1}
              max={365}
              value={days}
              onChange={(event) => {
                setDays(event.target.value);
                setError(null);
              }}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'settings-retention-error' : undefined}
            />
          </div>
        ) : null}
        {error ? (
          <p className="field-error" id="settings-retention-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button button-primary" aria-busy={saving}>
          Save recording setting
        </button>
      </form>
    </section>
  );
}
