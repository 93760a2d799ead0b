import { useState } from 'react';
import { RECORDING_RETENTION_MODES, type RecordingRetention } from '../../core/settings';
import { SettingsForm } from '../settings/number-setting';
import { SettingsSection } from '../settings/settings-section';
import { useSettingAutosave } from '../settings/use-setting-autosave';
import { useSettings } from '../shell/settings-context';

const LABELS: Record<RecordingRetention['mode'], string> = {
  keep: 'Keep them',
  days: 'Keep them for a number of days',
  never: 'Never keep them',
};

/** How long rehearsal recordings stay in the data folder; each choice is saved as it is made. */
export function RecordingRetentionSetting() {
  const { settings } = useSettings();
  const autosave = useSettingAutosave();
  const [mode, setMode] = useState(settings.recordingRetention.mode);
  const [days, setDays] = useState(String(settings.recordingRetention.days));
  const patch = (nextMode: RecordingRetention['mode'], nextDays: string) => ({
    recordingRetention: { mode: nextMode, days: nextDays.trim() === '' ? Number.NaN : Number(nextDays) },
  });
  const error = autosave.errors.recordingRetention;

  return (
    <SettingsSection id="retention-title" title="Rehearsal recordings" state={autosave.state}>
      <SettingsForm autosave={autosave} labelledBy="retention-title">
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
                  autosave.clearErrors();
                  autosave.saveNow(patch(value, days));
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
                autosave.clearErrors();
                autosave.saveSoon(patch(mode, event.target.value));
              }}
              onBlur={() => autosave.saveNow(patch(mode, days))}
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
      </SettingsForm>
    </SettingsSection>
  );
}
