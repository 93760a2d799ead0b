import { useState } from 'react';
import { RECORDING_RETENTION_MODES, type RecordingRetention } from '../../core/settings';
import { SettingsForm } from '../settings/number-setting';
import { SettingsSection } from '../settings/settings-section';
import { useSettingAutosave } from '../settings/use-setting-autosave';
import { useSettings } from '../shell/settings-context';
import { ChoiceCards } from '../ui/choice-cards';

const CHOICES: Record<RecordingRetention['mode'], { label: string; hint: string }> = {
  keep: { label: 'Keep them', hint: 'Until you delete the rehearsal' },
  days: { label: 'For a while', hint: 'Each is deleted after the days below' },
  never: { label: 'Never keep them', hint: 'Your answers stay as text only' },
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
        <p className="settings-text">
          When you speak an answer in a rehearsal, its recording is saved on this computer, encrypted.
        </p>
        <ChoiceCards
          name="recording-retention"
          legend="Keep recordings"
          value={mode}
          choices={RECORDING_RETENTION_MODES.map((value) => ({ value, ...CHOICES[value] }))}
          onChange={(value) => {
            setMode(value);
            autosave.clearErrors();
            autosave.saveNow(patch(value, days));
          }}
        />
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
