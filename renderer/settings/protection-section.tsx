/**
 * Settings, "Protection": set or change the passphrase, make a new recovery code, choose the auto-lock
 * time, and lock now. Each part saves on its own (main/protection/lock.ts); none of them touches the
 * database, only the key file.
 */
import { useState, type FormEvent } from 'react';
import { AUTO_LOCK_DEFAULT_MINUTES } from '../../core/protection';
import { call } from '../api';
import { RecoveryCode } from '../protection/lock-screen';
import { NewPassphraseFields, useNewPassphrase } from '../protection/new-passphrase';
import { PasswordField } from '../protection/password-field';
import { ProtectionContext } from '../protection/protection-context';
import { useAnnounce } from '../shell/status';
import { describeError } from '../ui/error-message';
import { describedBy, FieldFrame } from '../ui/field';
import { modifierLabel } from '../ui/shortcut';
import { use } from 'react';

const AUTO_LOCK_CHOICES = [1, 5, 15, 30, 60, 120, 240, 0] as const;

function describeMinutes(minutes: number): string {
  if (minutes === 0) return 'Never';
  if (minutes < 60) return `After ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = minutes / 60;
  return `After ${hours} hour${hours === 1 ? '' : 's'}`;
}

export function ProtectionSection() {
  const protection = use(ProtectionContext);
  const announce = useAnnounce();
  const [current, setCurrent] = useState('');
  const pair = useNewPassphrase<'current'>();
  const [codePass, setCodePass] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [newCode, setNewCode] = useState<string | null>(null);
  const [lockError, setLockError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'passphrase' | 'code' | 'minutes' | null>(null);
  // Rendered alone (a test of the Settings screen without the lock gate), there is nothing to show.
  if (!protection) return null;
  const { status, setStatus, lockNow } = protection;
  const has = status.passphrase;

  async function changePassphrase(event: FormEvent) {
    event.preventDefault();
    if (!pair.check()) return;
    setBusy('passphrase');
    try {
      setStatus(await call('protection:change-passphrase', { current, next: pair.first }));
      setCurrent('');
      pair.clear();
      announce(has ? 'Passphrase changed' : 'Passphrase set');
    } catch (failure) {
      pair.setError({ field: has ? 'current' : 'first', message: describeError(failure) });
    } finally {
      setBusy(null);
    }
    return undefined;
  }

  async function makeCode(event: FormEvent) {
    event.preventDefault();
    setBusy('code');
    setCodeError(null);
    try {
      const result = await call('protection:new-recovery-code', { passphrase: codePass });
      setCodePass('');
      setNewCode(result.recoveryCode);
      announce('New recovery code made; the old one no longer works');
    } catch (failure) {
      setCodeError(describeError(failure));
    } finally {
      setBusy(null);
    }
  }

  async function chooseMinutes(minutes: number) {
    setBusy('minutes');
    setLockError(null);
    try {
      setStatus(await call('protection:set-auto-lock', { minutes }));
      announce('Auto-lock saved');
    } catch (failure) {
      setLockError(describeError(failure));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="settings-section" aria-labelledby="protection-title">
      <h2 id="protection-title" className="settings-section-title">
        Protection
      </h2>
      <p className="settings-text">
        Everything Someday keeps is encrypted on this computer.{' '}
        {has
          ? 'Your passphrase or your recovery code opens it.'
          : 'The system keychain opens it for you; set a passphrase to be able to lock it.'}{' '}
        If you forget both the passphrase and the recovery code, nobody can open your data again.
      </p>

      <div className="protection-actions">
        <button
          type="button"
          className="button"
          onClick={() => void lockNow()}
          disabled={!has}
          aria-describedby="lock-now-hint"
        >
          Lock now
        </button>
        <span className="field-hint" id="lock-now-hint">
          {has ? `Or press ${modifierLabel()}+L.` : 'Set a passphrase first: it is what unlocks your data again.'}
        </span>
      </div>

      <div className="protection-form">
        <FieldFrame
          id="auto-lock"
          label="Lock automatically"
          hint="When you have not used Someday for this long, it closes your data until you unlock it."
          error={lockError ?? undefined}
          live
        >
          <select
            id="auto-lock"
            className="input select"
            value={status.autoLockMinutes}
            disabled={!has || busy === 'minutes'}
            onChange={(event) => void chooseMinutes(Number(event.target.value))}
            {...describedBy('auto-lock', 'hint', lockError ?? undefined)}
          >
            {[...new Set([...AUTO_LOCK_CHOICES, status.autoLockMinutes])].map((minutes) => (
              <option key={minutes} value={minutes}>
                {describeMinutes(minutes)}
                {minutes === AUTO_LOCK_DEFAULT_MINUTES ? ' (default)' : ''}
              </option>
            ))}
          </select>
        </FieldFrame>
      </div>

      <form className="protection-form" onSubmit={changePassphrase} noValidate aria-label="Passphrase">
        <h3 className="settings-subtitle">{has ? 'Change your passphrase' : 'Set a passphrase'}</h3>
        {has ? (
          <PasswordField
            id="passphrase-current"
            label="Current passphrase"
            hint="Leave it empty if you opened Someday with your recovery code this time."
            value={current}
            onChange={setCurrent}
            error={pair.error?.field === 'current' ? pair.error.message : undefined}
          />
        ) : null}
        <NewPassphraseFields
          pair={pair}
          ids={['passphrase-next', 'passphrase-again']}
          labels={['New passphrase', 'The new passphrase again']}
          hint="At least 8 characters. Your data is not re-encrypted; only its key is."
        />
        <div className="protection-actions">
          <button type="submit" className="button" aria-busy={busy === 'passphrase'}>
            {has ? 'Change passphrase' : 'Set passphrase'}
          </button>
        </div>
      </form>

      <form className="protection-form" onSubmit={makeCode} noValidate aria-label="Recovery code">
        <h3 className="settings-subtitle">Recovery code</h3>
        <p className="field-hint">A new code replaces the old one, which stops working. It is shown only once.</p>
        {has ? (
          <PasswordField
            id="recovery-passphrase"
            label="Your passphrase"
            value={codePass}
            onChange={setCodePass}
            error={codeError ?? undefined}
          />
        ) : codeError ? (
          <p className="field-error" role="alert">
            {codeError}
          </p>
        ) : null}
        {newCode ? <RecoveryCode code={newCode} /> : null}
        <div className="protection-actions">
          <button type="submit" className="button" aria-busy={busy === 'code'}>
            Make a new recovery code
          </button>
        </div>
      </form>
    </section>
  );
}
