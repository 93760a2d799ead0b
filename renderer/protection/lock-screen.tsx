/**
 * The screens shown instead of the app while the data is locked: the lock screen (passphrase, or the
 * recovery code), the set-up screen of a folder without protection yet, and the recovery code shown once
 * after set-up. None of them reads anything of the data.
 */
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { ProtectionStatus } from '../../core/protection';
import { call, copyText } from '../api';
import { describeError } from '../ui/error-message';
import { LockIcon } from '../ui/icons';
import { NewPassphraseFields, useNewPassphrase } from './new-passphrase';
import { PasswordField } from './password-field';

type OnUnlocked = (status: ProtectionStatus, recoveryCode: string | null) => void;

/** Seconds left before main hears the next attempt, counted down on screen; `waitFor` starts a new wait. */
function useWait(initialMs: number): [number, (waitMs: number) => void] {
  const [until, setUntil] = useState(() => Date.now() + initialMs);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => {
      const time = Date.now();
      setNow(time);
      if (time >= until) window.clearInterval(timer);
    }, 250);
    return () => window.clearInterval(timer);
  }, [until]);
  const waitFor = (waitMs: number) => {
    setNow(Date.now());
    setUntil(Date.now() + waitMs);
  };
  return [Math.max(0, Math.ceil((until - now) / 1000)), waitFor];
}

export function LockScreen({ status, onUnlocked }: { status: ProtectionStatus; onUnlocked: OnUnlocked }) {
  const [useCode, setUseCode] = useState(!status.passphrase);
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [wait, waitFor] = useWait(status.waitMs);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || wait > 0) return;
    if (secret === '') {
      setError(useCode ? 'Enter your recovery code.' : 'Enter your passphrase.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await call('protection:unlock', useCode ? { recoveryCode: secret } : { passphrase: secret });
      setSecret('');
      onUnlocked(result.status, result.recoveryCode);
    } catch (failure) {
      setError(describeError(failure));
      try {
        waitFor((await call('protection:status')).waitMs);
      } catch {
        // The message above already says what went wrong.
      }
    } finally {
      setBusy(false);
    }
  }

  const id = useCode ? 'unlock-code' : 'unlock-passphrase';
  return (
    <LockCard title="Someday is locked">
      <p className="lock-text">
        {useCode
          ? 'Enter the recovery code you wrote down when you set up protection.'
          : 'Enter your passphrase to open your data.'}
      </p>
      <form className="lock-form" onSubmit={submit} noValidate>
        <PasswordField
          key={id}
          id={id}
          label={useCode ? 'Recovery code' : 'Passphrase'}
          value={secret}
          onChange={setSecret}
          error={error ?? undefined}
          autoFocus
          autoComplete={useCode ? 'off' : 'current-password'}
        />
        <p className="lock-wait" role="status">
          {wait > 0 ? `You can try again in ${wait} second${wait === 1 ? '' : 's'}.` : ''}
        </p>
        <button type="submit" className="button button-primary" aria-busy={busy} disabled={wait > 0}>
          Unlock
        </button>
      </form>
      {status.passphrase ? (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            setUseCode(!useCode);
            setSecret('');
            setError(null);
          }}
        >
          {useCode ? 'Use your passphrase instead' : 'Use your recovery code instead'}
        </button>
      ) : null}
    </LockCard>
  );
}

function LockCard({ title, badge = true, children }: { title: string; badge?: boolean; children: ReactNode }) {
  return (
    <main className="lock-screen">
      <div className="lock-card">
        {badge ? (
          <span className="lock-badge" aria-hidden="true">
            <LockIcon />
          </span>
        ) : null}
        <h1 className="lock-title">{title}</h1>
        {children}
      </div>
    </main>
  );
}

export function SetupScreen({ onUnlocked }: { onUnlocked: OnUnlocked }) {
  const pair = useNewPassphrase();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !pair.check()) return;
    setBusy(true);
    try {
      const result = await call('protection:unlock', { passphrase: pair.first });
      onUnlocked(result.status, result.recoveryCode);
    } catch (failure) {
      pair.setError({ field: 'first', message: describeError(failure) });
    } finally {
      setBusy(false);
    }
    return undefined;
  }

  return (
    <LockCard title="Protect your data">
      <p className="lock-text">
        Someday encrypts everything it keeps on this computer. Choose a passphrase to open it with; you will also get a
        recovery code.
      </p>
      <p className="lock-warning">
        If you forget both the passphrase and the recovery code, nobody can open your data again, you included.
      </p>
      <form className="lock-form" onSubmit={submit} noValidate>
        <NewPassphraseFields
          pair={pair}
          ids={['setup-passphrase', 'setup-again']}
          labels={['Passphrase', 'The same passphrase again']}
          hint="At least 8 characters; a few unrelated words are easy to remember and hard to guess."
          autoFocus
        />
        <button type="submit" className="button button-primary" aria-busy={busy}>
          Protect my data
        </button>
      </form>
    </LockCard>
  );
}

/** The recovery code, shown once, with a way to copy it. */
export function RecoveryCode({ code }: { code: string }) {
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <div className="recovery-code">
      <code className="recovery-code-value" aria-label="Recovery code">
        {code}
      </code>
      <button
        type="button"
        className="button button-small"
        onClick={() =>
          copyText(code).then(
            () => setCopied('Copied.'),
            (error: unknown) => setCopied(describeError(error)),
          )
        }
      >
        Copy
      </button>
      <span role="status">{copied}</span>
    </div>
  );
}

export function RecoveryCodeScreen({ code, onDone }: { code: string; onDone: () => void }) {
  return (
    <LockCard title="Your recovery code" badge={false}>
      <p className="lock-text">
        Write this code down and keep it somewhere safe, away from this computer. It opens your data if you forget your
        passphrase. It is shown only this once.
      </p>
      <RecoveryCode code={code} />
      <button type="button" className="button button-primary" onClick={onDone} autoFocus>
        I have written it down
      </button>
    </LockCard>
  );
}
