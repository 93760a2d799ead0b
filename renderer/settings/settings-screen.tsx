import type { Theme } from '../../core/settings';
import { AboutData } from './about-data';
import { ThemeSetting } from './theme-setting';

interface SettingsScreenProps {
  theme: Theme;
  onThemeSaved: (theme: Theme) => void;
}

export function SettingsScreen({ theme, onThemeSaved }: SettingsScreenProps) {
  return (
    <div className="screen settings-screen">
      <div className="screen-header">
        <div>
          <h1 className="screen-title" tabIndex={-1}>
            Settings
          </h1>
          <p className="screen-subtitle">How Someday looks, and where your data lives.</p>
        </div>
      </div>
      <div className="settings-body">
        <section className="settings-section" aria-labelledby="appearance-title">
          <h2 id="appearance-title" className="settings-section-title">
            Appearance
          </h2>
          <ThemeSetting theme={theme} onSaved={onThemeSaved} />
        </section>
        <AboutData />
      </div>
    </div>
  );
}
