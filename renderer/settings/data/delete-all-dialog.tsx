import { useState } from 'react';
import { DELETE_ALL_WORD } from '../../../core/data';
import { call } from '../../api';
import { DialogFrame } from '../../ui/dialog-frame';
import { describeError } from '../../ui/error-message';

const FIELD_ID = 'delete-all-confirmation';

/**
 * The one action in Someday that cannot be undone, so the person types a word to confirm it; main
 * checks the same word again. Afterwards the data folder holds nothing of theirs, backups included.
 */
export function DeleteAllDialog({ onDeleted }: { onDeleted: () => void }) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function changeOpen(next: boolean) {
    if (busy) return;
    setTyped('');
    setError(null);
    setOpen(next);
  }

  async function confirm() {
    if (busy) return;
    if (typed !== DELETE_ALL_WORD) {
      setError(`Type ${DELETE_ALL_WORD} in capitals to confirm.`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await call('data:delete-all', { confirmation: DELETE_ALL_WORD });
      setOpen(false);
      setTyped('');
      onDeleted();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <DialogFrame
      alert
      open={open}
      onOpenChange={changeOpen}
      trigger={
        <button type="button" className="button button-danger">
          Delete all my data…
        </button>
      }
      title="Delete everything Someday holds?"
      description="Every contact, draft, template, setting, backup and recording is removed from this computer, and Someday starts again empty. This cannot be undone: export your data first if you may want it back."
      onSubmit={(event) => {
        event.preventDefault();
        void confirm();
      }}
      formClassName="delete-all-form"
      cancelLabel="Keep my data"
      actions={
        <button type="submit" className="button button-danger" aria-busy={busy}>
          Delete everything
        </button>
      }
    >
      <div className="field" data-invalid={error ? 'true' : undefined}>
        <label className="field-label" htmlFor={FIELD_ID}>
          Type {DELETE_ALL_WORD} to confirm
        </label>
        <input
          id={FIELD_ID}
          className="input"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${FIELD_ID}-error` : undefined}
          onChange={(event) => {
            setTyped(event.target.value);
            setError(null);
          }}
        />
        {error ? (
          <p className="field-error" id={`${FIELD_ID}-error`} role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </DialogFrame>
  );
}
