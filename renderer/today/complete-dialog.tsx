import { useState, type FormEvent } from 'react';
import { DEFAULT_OUTCOME, type TodayItem } from '../../core/followups';
import { call } from '../api';
import {
  DraftUsedField,
  GuardNotice,
  InteractionFields,
  useGuardWarnings,
  type InteractionDraft,
} from '../followups/interaction-fields';
import { currentTimeZone } from '../followups/time-zone';
import { DialogFrame } from '../ui/dialog-frame';
import { describeError } from '../ui/error-message';
import { useApiRead } from '../ui/use-api';

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
  const drafts = useApiRead('drafts:list', { contactId: item.contactId, limit: 100 }).data?.items ?? [];
  /** The newest draft not sent yet on the step's channel is most likely the one just written for it. */
  const likely = drafts.find((draft) => draft.status !== 'sent' && draft.channel === item.channel) ?? null;
  const [chosenDraft, setDraft] = useState<string | null>(null);
  const draftId = chosenDraft ?? (likely ? String(likely.id) : '');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await call('reminders:complete', {
        id: item.id,
        ...value,
        draftId: draftId ? Number(draftId) : null,
        timeZone: currentTimeZone(),
      });
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
      formClassName="form-stack"
      error={error}
      unsaved={value.summary.trim() !== '' && !busy}
      actions={
        <button type="submit" className="button button-primary" aria-busy={busy}>
          {warnings.length > 0 ? 'Log it anyway' : 'Log it'}
        </button>
      }
    >
      <InteractionFields idPrefix="complete" value={value} onChange={setValue} />
      {drafts.length > 0 ? (
        <DraftUsedField
          id="complete-draft"
          label="Draft used (it is marked sent)"
          drafts={drafts}
          value={draftId}
          onChange={setDraft}
        />
      ) : null}
      <GuardNotice warnings={warnings} />
    </DialogFrame>
  );
}
