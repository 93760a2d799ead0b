import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { ContactsScreen } from './contacts/contacts-screen';
import { DueBanner } from './today/due-banner';
import { SettingsScreen } from './settings/settings-screen';
import { BackupNotice } from './shell/backup-notice';
import { ModalBackgroundContext } from './shell/modal-background';
import {
  NavigationContext,
  runGuards,
  sameRoute,
  type LeaveGuard,
  type Navigation,
  type Route,
  type Screen,
} from './shell/navigation';
import { ScreenLoading } from './shell/screen-loading';
import { SettingsContext, withDefaults, type SettingsState } from './shell/settings-context';
import { Sidebar } from './shell/sidebar';
import { useSidebarCollapsed } from './shell/sidebar-state';
import { StatusLine, StatusProvider } from './shell/status';
import { applyTheme } from './shell/theme';
import { createQueryClient, useApiCache, useApiRead } from './ui/use-api';

const DraftsScreen = lazy(() => import('./drafts/drafts-screen').then((module) => ({ default: module.DraftsScreen })));
const TodayScreen = lazy(() => import('./today/today-screen').then((module) => ({ default: module.TodayScreen })));
const TemplatesScreen = lazy(() =>
  import('./templates/templates-screen').then((module) => ({ default: module.TemplatesScreen })),
);

const RehearseScreen = lazy(() =>
  import('./rehearse/rehearse-screen').then((module) => ({ default: module.RehearseScreen })),
);

const SCREEN_ROUTES: Record<Screen, Route> = {
  today: { screen: 'today' },
  contacts: { screen: 'contacts', contactId: null },
  drafts: { screen: 'drafts', draftId: null },
  templates: { screen: 'templates' },
  rehearse: { screen: 'rehearse' },
  settings: { screen: 'settings' },
};

function CurrentScreen({ route }: { route: Route }) {
  if (route.screen === 'today')
    return (
      <Suspense fallback={<ScreenLoading />}>
        <TodayScreen />
      </Suspense>
    );
  if (route.screen === 'contacts')
    return (
      <ContactsScreen
        key={route.create ? 'new' : (route.contactId ?? 'all')}
        openContactId={route.contactId}
        startWithNew={route.create === true}
      />
    );
  if (route.screen === 'settings') return <SettingsScreen />;
  if (route.screen === 'rehearse')
    return (
      <Suspense fallback={<ScreenLoading />}>
        <RehearseScreen />
      </Suspense>
    );
  if (route.screen === 'templates')
    return (
      <Suspense fallback={<ScreenLoading />}>
        <TemplatesScreen />
      </Suspense>
    );
  return (
    <Suspense fallback={<ScreenLoading />}>
      <DraftsScreen draftId={route.draftId} />
    </Suspense>
  );
}

/** Today is the home screen; tests of other screens may start elsewhere. */
export function App({ initialScreen = 'today' }: { initialScreen?: Screen } = {}) {
  const [client] = useState(createQueryClient);
  // Unmounted when the data locks: no answer of the data may stay cached in the page.
  useEffect(() => () => client.clear(), [client]);
  return (
    <QueryClientProvider client={client}>
      <Shell initialScreen={initialScreen} />
    </QueryClientProvider>
  );
}

function Shell({ initialScreen }: { initialScreen: Screen }) {
  const [route, setRoute] = useState<Route>(SCREEN_ROUTES[initialScreen]);
  const loaded = useApiRead('settings:get');
  const updateCache = useApiCache();
  const settingsLoaded = loaded.data !== null;
  const settings = useMemo(() => (loaded.data ? withDefaults(loaded.data) : DEFAULT_SETTINGS), [loaded.data]);
  const onSaved = useCallback((saved: Settings) => updateCache('settings:get', undefined, () => saved), [updateCache]);
  const [backgroundInert, setBackgroundInert] = useState(false);
  const [sidebarCollapsed, toggleSidebar] = useSidebarCollapsed();
  const routeRef = useRef(route);
  const guardsRef = useRef(new Set<LeaveGuard>());
  const arrivalRef = useRef(false);

  // Only the saved theme is applied: the defaults shown while the settings load would flash the wrong colours.
  useEffect(() => {
    if (settingsLoaded) applyTheme(settings.theme);
  }, [settingsLoaded, settings.theme]);

  const navigate = useCallback((next: Route) => {
    if (sameRoute(routeRef.current, next)) return;
    runGuards(guardsRef.current, () => {
      routeRef.current = next;
      arrivalRef.current = true;
      setRoute(next);
    });
  }, []);

  const registerGuard = useCallback((guard: LeaveGuard) => {
    guardsRef.current.add(guard);
    return () => {
      guardsRef.current.delete(guard);
    };
  }, []);

  const claimArrival = useCallback(() => {
    const arrived = arrivalRef.current;
    arrivalRef.current = false;
    return arrived;
  }, []);

  const navigation = useMemo<Navigation>(
    () => ({ navigate, registerGuard, claimArrival }),
    [navigate, registerGuard, claimArrival],
  );
  const settingsState = useMemo<SettingsState>(
    () => ({ settings, loaded: settingsLoaded, onSaved }),
    [settings, settingsLoaded, onSaved],
  );

  return (
    <StatusProvider>
      <SettingsContext value={settingsState}>
        <NavigationContext value={navigation}>
          <ModalBackgroundContext value={setBackgroundInert}>
            <div className="app" data-sidebar={sidebarCollapsed ? 'collapsed' : 'expanded'} inert={backgroundInert}>
              <Sidebar
                current={route.screen}
                onNavigate={(screen) => navigate(SCREEN_ROUTES[screen])}
                collapsed={sidebarCollapsed}
                onToggle={toggleSidebar}
              />
              <main className="main">
                <BackupNotice onOpenSettings={() => navigate(SCREEN_ROUTES.settings)} />
                <CurrentScreen route={route} />
              </main>
            </div>
            <DueBanner onOpenToday={() => navigate(SCREEN_ROUTES.today)} />
            <StatusLine />
          </ModalBackgroundContext>
        </NavigationContext>
      </SettingsContext>
    </StatusProvider>
  );
}
