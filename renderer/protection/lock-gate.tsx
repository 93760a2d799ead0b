/**
 * Between the page and the app: asks main whether the data is locked, and shows the lock screen (or, for a
 * folder without protection yet, the set-up screen) instead of the app until it is unlocked. Locking
 * unmounts the whole app, so no screen, form or cached answer of the data stays in the page. It also
 * reports use to main (at most every 15 s) for auto-lock, looks again every 15 s and whenever main refuses
 * a call as locked, and locks on Ctrl/Cmd+L.
 */
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ProtectionStatus } from '../../core/protection';
import { call, onLockedAnswer } from '../api';
import { describeError } from '../ui/error-message';
import { isCommandKey } from '../ui/shortcut';
import { LockScreen, RecoveryCodeScreen, SetupScreen } from './lock-screen';
import { ProtectionContext, type ProtectionState } from './protection-context';
import './protection.css';

const LOOK_EVERY_MS = 15_000;
const REPORT_USE_EVERY_MS = 15_000;
const USE_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

export function LockGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<ProtectionStatus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const [locking, setLocking] = useState(false);
  const lastReport = useRef(0);

  const look = useCallback(
    () =>
      call('protection:status').then(
        (next) => {
          setStatus(next);
          setProblem(null);
        },
        (error: unknown) => setProblem(describeError(error)),
      ),
    [],
  );

  useEffect(() => {
    void look();
    const timer = window.setInterval(() => void look(), LOOK_EVERY_MS);
    const stop = onLockedAnswer(() => void look());
    const onFocus = () => void look();
    window.addEventListener('focus', onFocus);
    return () => {
      window.clearInterval(timer);
      stop();
      window.removeEventListener('focus', onFocus);
    };
  }, [look]);

  const unlocked = status?.state === 'unlocked' && !locking;

  const lockNow = useCallback(async () => {
    // The app goes first (its unmount saves what is pending), then main closes the data and drops the key.
    setLocking(true);
    await new Promise((resolve) => window.setTimeout(resolve, 0));
    try {
      setStatus(await call('protection:lock'));
    } catch (error) {
      setProblem(describeError(error));
      await look();
    } finally {
      setLocking(false);
    }
  }, [look]);

  const onUse = useEffectEvent((event: Event) => {
    if (!unlocked) return;
    if (event instanceof KeyboardEvent && isCommandKey(event, 'l') && status?.passphrase) {
      event.preventDefault();
      void lockNow();
      return;
    }
    const now = Date.now();
    if (now - lastReport.current < REPORT_USE_EVERY_MS) return;
    lastReport.current = now;
    call('protection:activity').catch(() => undefined);
  });

  useEffect(() => {
    const listener = (event: Event) => onUse(event);
    USE_EVENTS.forEach((name) => window.addEventListener(name, listener, { capture: true, passive: false }));
    return () => USE_EVENTS.forEach((name) => window.removeEventListener(name, listener, { capture: true }));
  }, []);

  const context = useMemo<ProtectionState | null>(
    () => (status ? { status, lockNow, setStatus } : null),
    [status, lockNow],
  );

  if (!status) {
    return (
      <main className="lock-screen" aria-busy={problem ? undefined : 'true'}>
        {problem ? (
          <p className="lock-problem" role="alert">
            {problem}
          </p>
        ) : null}
      </main>
    );
  }
  if (recoveryCode) return <RecoveryCodeScreen code={recoveryCode} onDone={() => setRecoveryCode(null)} />;
  if (status.state === 'setup' || (status.state === 'locked' && !locking)) {
    const onUnlocked = (next: ProtectionStatus, code: string | null) => {
      setRecoveryCode(code);
      setStatus(next);
    };
    return status.state === 'setup' ? (
      <SetupScreen onUnlocked={onUnlocked} />
    ) : (
      <LockScreen status={status} onUnlocked={onUnlocked} />
    );
  }
  if (!unlocked) return <main className="lock-screen" aria-busy="true" />;
  return <ProtectionContext value={context}>{children}</ProtectionContext>;
}
