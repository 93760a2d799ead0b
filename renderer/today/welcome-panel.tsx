import { useState, type FormEvent } from 'react';
import { PROFILE_LIMITS } from '../../core/settings';
import { call } from '../api';
import { DataImportDialog } from '../settings/data/data-import-dialog';
import { EXPORT_FILE_ACCEPT, useExportFileChoice } from '../settings/data/use-export-file-choice';
import { useSettings, withDefaults } from '../shell/settings-context';
import { useAnnounce } from '../shell/status';
import { describeError } from '../ui/error-message';
import { useApiRead } from '../ui/use-api';
import { InputField } from '../ui/field';

/**
 * The first run, on Today: the person's own name (the calls greet them with it and the drafts sign
 * with it; skippable), or bringing back everything from a Someday export through the same import
 * dialog as Settings. Answering or skipping sets `welcomed`, so it is asked once; a folder that
 * already holds contacts (an earlier version's) is not asked.
 */
export function WelcomePanel({ onRestored }: { onRestored: () => void }) {
  const { settings, loaded, onSaved } = useSettings();
  const announce = useAnnounce();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { chosen, setChosen, fileRef, choose, onFileInput } = useExportFileChoice((notice) =>
    setError(notice?.kind === 'error' ? notice.text : null),
  );
  // A first run is a folder with no one in it: someone who upgrades with their contacts is not welcomed again.
  const asking = loaded && !settings.welcomed;
  const someone = useApiRead('contacts:list', { limit: 1 }, { enabled: asking });
  if (!asking || someone.data === null || someone.data.total > 0) return null;

  async function finish(myName: string | null) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const patch = myName ? { welcomed: true, myName } : { welcomed: true };
      onSaved(await call('settings:update', patch));
      announce(myName ? `Welcome, ${myName}` : 'Welcome to Someday');
    } catch (failure) {
      setError(describeError(failure));
      setBusy(false);
    }
  }

  function start(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void finish(name.trim() || null);
  }

  async function restored() {
    setChosen(null);
    try {
      const now = withDefaults(await call('settings:get'));
      onSaved(now.welcomed ? now : await call('settings:update', { welcomed: true }));
    } catch (failure) {
      setError(describeError(failure));
    }
    announce('Restored from your export');
    onRestored();
  }

  return (
    <section className="today-section welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title" className="settings-section-title">
        Welcome to Someday
      </h2>
      <p className="settings-text">
        What is your name? When you rehearse a call the other side greets you with it, and your drafts sign with it.
      </p>
      <form className="welcome-form" onSubmit={start} noValidate aria-labelledby="welcome-title">
        <InputField
          id="welcome-name"
          label="Your name (optional)"
          autoComplete="name"
          value={name}
          onChange={(value) => setName(value.slice(0, PROFILE_LIMITS.myName))}
        />
        <div className="pane-alert" role="alert">
          {error}
        </div>
        <div className="data-actions">
          <button type="submit" className="button button-primary" aria-busy={busy}>
            Start fresh
          </button>
          <button type="button" className="button" onClick={() => void choose()}>
            Restore from a Someday export…
          </button>
          <button type="button" className="button button-quiet" onClick={() => void finish(null)}>
            Skip for now
          </button>
        </div>
      </form>
      <input
        ref={fileRef}
        type="file"
        accept={EXPORT_FILE_ACCEPT}
        hidden
        aria-label="Someday export to restore"
        onChange={(event) => void onFileInput(event)}
      />
      {chosen ? (
        <DataImportDialog file={chosen} onClose={() => setChosen(null)} onImported={() => void restored()} />
      ) : null}
    </section>
  );
}
