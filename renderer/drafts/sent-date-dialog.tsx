import { useState, type FormEvent } from 'react';
import type { DraftChannel } from '../../core/drafts';
import { DialogFrame } from '../ui/dialog-frame';
import { todayIsoDay } from '../ui/format-date';

interface SentDateDialogProps {
  channel: DraftChannel;
  onCancel: () => void;
  onConfirm: (sentOn: string) => Promise<void>;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function SentDateDialog({ channel, onCancel, onConfirm }: SentDateDialogProps) {
  const [day, setDay] = useState(() => todayIsoDay());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const spoken = channel === 'call' || channel === 'voicemail';

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!ISO_DAY.test(day)) {
      setError('Choose the day you sent it.');
      return;
    }
    if (day > todayIsoDay()) {
      setError('That day is still to come. Choose today or an earlier day.');
      return;
    }
    setBusy(true);
    await onConfirm(day);
    setBusy(false);
  }

  return (
    <DialogFrame
      onClose={onCancel}
      title={spoken ? 'When did you say it?' : 'When did you send it?'}
      description="Someday marks the draft as sent or said on this day."
      onSubmit={confirm}
      actions={
        <button type="submit" className="button button-primary" aria-busy={busy}>
          Mark as sent
        </button>
      }
    >
      <div className="field dialog-field" data-invalid={error ? 'true' : undefined}>
        <label className="field-label" htmlFor="sent-on">
          Date
        </label>
        <input
          id="sent-on"
          className="input"
          type="date"
          value={day}
          max={todayIsoDay()}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'sent-on-error' : undefined}
          onChange={(event) => {
            setDay(event.target.value);
            setError(null);
          }}
        />
        {error ? (
          <p className="field-error" id="sent-on-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </DialogFrame>
  );
}
