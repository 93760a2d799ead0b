import { useEffect, useRef, useState } from 'react';
import type { Theme } from '../core/settings';
import { call } from './api';
import { ContactsScreen } from './contacts/contacts-screen';
import { SettingsScreen } from './settings/settings-screen';
import { ModalBackgroundContext } from './shell/modal-background';
import { Sidebar, type Screen } from './shell/sidebar';
import { StatusLine, StatusProvider } from './shell/status';
import { applyTheme } from './shell/theme';

export function App() {
  const [screen, setScreen] = useState<Screen>('contacts');
  const [theme, setTheme] = useState<Theme>('system');
  const [backgroundInert, setBackgroundInert] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const navigatedRef = useRef(false);

  useEffect(() => {
    let current = true;
    call('settings:get').then(
      (settings) => {
        if (current) setTheme(settings.theme);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => applyTheme(theme), [theme]);

  useEffect(() => {
    if (!navigatedRef.current) return;
    navigatedRef.current = false;
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [screen]);

  function navigate(next: Screen) {
    navigatedRef.current = next !== screen;
    setScreen(next);
  }

  return (
    <StatusProvider>
      <ModalBackgroundContext value={setBackgroundInert}>
        <div className="app" inert={backgroundInert}>
          <Sidebar current={screen} onNavigate={navigate} />
          <main className="main" ref={mainRef}>
            {screen === 'contacts' ? <ContactsScreen /> : <SettingsScreen theme={theme} onThemeSaved={setTheme} />}
          </main>
        </div>
        <StatusLine />
      </ModalBackgroundContext>
    </StatusProvider>
  );
}
