import { FollowupSettings } from '../followups/followup-settings';
import { Screen } from '../shell/screen-header';
import { useSettings } from '../shell/settings-context';
import { AboutData } from './about-data';
import { ProfileSetting } from './profile-setting';
import { SpeakingPaceSetting } from './speaking-pace-setting';
import { ThemeSetting } from './theme-setting';
import { RecordingRetentionSetting } from '../rehearse/recording-retention-setting';
import { YourData } from './data/your-data';
import { ProtectionSection } from './protection-section';
import './settings.css';

export function SettingsScreen() {
  const { loaded } = useSettings();
  return (
    <Screen
      className="settings-screen"
      title="Settings"
      subtitle={'Your details, how Someday looks, and where your data lives.'}
    >
      <div className="settings-body">
        <ProfileSetting key={`profile-${loaded}`} />
        <SpeakingPaceSetting key={`pace-${loaded}`} />
        <RecordingRetentionSetting key={`retention-${loaded}`} />
        <FollowupSettings key={`followup-settings-${loaded}`} />
        <ThemeSetting />
        <ProtectionSection />
        <YourData />
        <AboutData />
      </div>
    </Screen>
  );
}
