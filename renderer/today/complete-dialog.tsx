import { useState, type FormEvent } from 'react';
import { DEFAULT_OUTCOME, type TodayItem } from '../../core/radar';
import { call } from '../api';
import {
  GuardNotice,
  InteractionFields,
  useGuardWarnings,
  type InteractionDraft,
} from '../followups/interaction-fields';
import { currentTimeZone } from '../followups/time-zone';
import { DialogFrame } from '../ui/dialog-frame';
import { describeError } from '../ui/error-message';

interface CompleteDialogProps {
  item: TodayItem;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Done: what you did and how it went; it is logged on the contact's timeline and the next step is planned. */
export function CompleteDialog({ item, onClose, onDone }: CompleteDialogProps) {
  const [value, setValue] = useState<InteractionDraft>({
    kind: item.channel,
    outcome: DEFAULT_OUTCOME[item.channel],
    summary: '',
  });
  const [openedAt] = useState(() => new Date().toISOString());
  const warnings = useGuardWarnings({ contactId: item.contactId, kind: value.kind, occurredAt: openedAt });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await call('reminders:complete', { id: item.id, ...value, timeZone: currentTimeZone() });
      onDone(
        result.next
          ? `Logged. The next check-in with ${item.contactName} is planned.`
          : `Logged on ${item.contactName}’s timeline.`,
      );
    } catch (failure) {
      setError(describeError(failure));
      setBusy(false);
    }
  }

  return (
    <DialogFrame
      className="dialog-wide"
      onClose={onClose}
      title={`Done: ${item.contactName}`}
      description="Say what you did and how it went. It goes on their timeline, and Someday plans what comes next."
      onSubmit={submit}
      formClassName="radar-form"
      error={error}
      unsaved={value.summary.trim() !== '' && !busy}
      actions={
        <button type="submit" className="button button-primary" aria-busy={busy}>
          {warnings.length > 0 ? 'Log it anyway' : 'Log it'}
        </button>
      }
    >
      <InteractionFields idPrefix="complete" value={value} onChange={setValue} />
      <GuardNotice warnings={warnings} />
    </DialogFrame>
  );
}
