import { useState, type FormEvent } from 'react';
import type { TodayItem } from '../../core/followups';
import { call } from '../api';
import { currentTimeZone } from '../followups/time-zone';
import { DialogFrame } from '../ui/dialog-frame';
import { describeError } from '../ui/error-message';
import { InputField } from '../ui/field';
import { todayIsoDay } from '../ui/format-date';

type SnoozeBy = 'day' | 'week' | 'date';

const CHOICES: { by: SnoozeBy; label: string }[] = [
  { by: 'day', label: 'Until tomorrow' },
  { by: 'week', label: 'For a week' },
  { by: 'date', label: 'Until a day I choose' },
];

interface SnoozeDialogProps {
  item: TodayItem;
  onClose: () => void;
  onSnoozed: (message: string) => void;
}

export function SnoozeDialog({ item, onClose, onSnoozed }: SnoozeDialogProps) {
  const [by, setBy] = useState<SnoozeBy>('day');
  const [until, setUntil] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (by === 'date' && !until) {
      setError('Choose the day to snooze until.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const moved = await call('reminders:snooze', {
        id: item.id,
        by,
        ...(by === 'date' ? { until } : {}),
        timeZone: currentTimeZone(),
      });
      onSnoozed(`Snoozed until ${moved.dueDay}.`);
    } catch (failure) {
      setError(describeError(failure));
      setBusy(false);
    }
  }

  const tomorrow = new Date();
  tomorrow.setDate(tomorrow.getDate() + 1);
  return (
    <DialogFrame
      onClose={onClose}
      title={`Snooze: ${item.contactName}`}
      description="It comes back to Today on the day you pick."
      onSubmit={submit}
      formClassName="form-stack"
      error={error}
      actions={
        <button type="submit" className="button button-primary" aria-busy={busy}>
          Snooze
        </button>
      }
    >
      <fieldset className="choice-list">
        <legend className="field-label">How long</legend>
        {CHOICES.map((choice) => (
          <label key={choice.by} className="choice">
            <input
              type="radio"
              name="snooze-by"
              value={choice.by}
              checked={by === choice.by}
              onChange={() => setBy(choice.by)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </fieldset>
      {by === 'date' ? (
        <InputField
          id="snooze-until"
          label="Snooze until"
          type="date"
          min={todayIsoDay(tomorrow)}
          value={until}
          onChange={setUntil}
        />
      ) : null}
    </DialogFrame>
  );
}
