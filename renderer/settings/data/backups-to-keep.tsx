import { useSettings } from '../../shell/settings-context';
import { NumberField, SettingsForm } from '../number-setting';
import { SaveNote } from '../settings-section';
import { useSettingAutosave } from '../use-setting-autosave';

const HINT =
  'Someday keeps this many of the newest daily backups (1–100). Backups you make, and those made before an import, a restore or an update, are kept until you delete all your data.';

export function BackupsToKeepSetting() {
  const { settings } = useSettings();
  const autosave = useSettingAutosave();
  return (
    <SettingsForm autosave={autosave} className="pace-form backups-to-keep" label="Backups to keep">
      <NumberField
        field="backupsToKeep"
        label="Backups to keep"
        hint={HINT}
        min={1}
        max={100}
        initial={settings.backupsToKeep}
        autosave={autosave}
      />
      <SaveNote state={autosave.state} />
    </SettingsForm>
  );
}
