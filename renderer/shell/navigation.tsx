import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Where the app is, and how screens take part in leaving: a screen with unsaved work registers a
 * guard that may ask the person first (contacts) or finish saving (the draft editor). Navigation
 * waits for every guard; a guard that answers false keeps the app where it is.
 */
export type Route =
  | { screen: 'today' }
  | { screen: 'contacts'; contactId: number | null; create?: boolean }
  | { screen: 'drafts'; draftId: number | null }
  | { screen: 'templates' }
  | { screen: 'rehearse' }
  | { screen: 'settings' };

export type Screen = Route['screen'];

export type LeaveGuard = () => boolean | Promise<boolean>;

export interface Navigation {
  navigate: (route: Route) => void;
  registerGuard: (guard: LeaveGuard) => () => void;
  /** True once after a navigation, so the arriving screen's heading takes focus. */
  claimArrival: () => boolean;
}

export const NavigationContext = createContext<Navigation>({
  navigate: () => undefined,
  registerGuard: () => () => undefined,
  claimArrival: () => false,
});

export function useNavigate(): (route: Route) => void {
  return useContext(NavigationContext).navigate;
}

export function useLeaveGuard(guard: LeaveGuard): void {
  const { registerGuard } = useContext(NavigationContext);
  const latest = useRef(guard);
  useLayoutEffect(() => {
    latest.current = guard;
  });
  useEffect(() => registerGuard(() => latest.current()), [registerGuard]);
}

/** A callback ref for a screen's h1: it takes focus when the screen was just navigated to. */
export function useArrivalHeading(): (element: HTMLElement | null) => void {
  const { claimArrival } = useContext(NavigationContext);
  return useCallback(
    (element: HTMLElement | null) => {
      if (element && claimArrival()) element.focus();
    },
    [claimArrival],
  );
}

export function sameRoute(a: Route, b: Route): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function runGuards(guards: Iterable<LeaveGuard>, proceed: () => void): void {
  const verdicts = [...guards].map((guard) => guard());
  if (verdicts.every((verdict) => verdict === true)) {
    proceed();
    return;
  }
  void Promise.all(verdicts).then(
    (answers) => {
      if (answers.every(Boolean)) proceed();
    },
    () => undefined,
  );
}
