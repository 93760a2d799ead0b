import { useSettings } from '../shell/settings-context';
import { NumberField, SettingsForm } from './number-setting';
import { SettingsSection } from './settings-section';
import { useSettingAutosave } from './use-setting-autosave';

const HINT = 'Most people speak 120–160 words a minute. Someday uses this to time calls and voicemails (80–240).';

export function SpeakingPaceSetting() {
  const { settings } = useSettings();
  const autosave = useSettingAutosave();
  return (
    <SettingsSection id="pace-title" title="Speaking pace" state={autosave.state}>
      <SettingsForm autosave={autosave} className="pace-form" labelledBy="pace-title">
        <NumberField
          field="speakingWpm"
          label="Words per minute"
          hint={HINT}
          min={80}
          max={240}
          initial={settings.speakingWpm}
          autosave={autosave}
        />
      </SettingsForm>
    </SettingsSection>
  );
}
