import { useState } from 'react';
import { DRAFT_STATUS_LABELS, DRAFT_STATUSES, type Draft, type DraftStatus } from '../../core/drafts';
import { call } from '../api';
import { useAnnounce } from '../shell/status';
import { describeError } from '../ui/error-message';
import { formatDay } from '../ui/format-date';
import { SentDateDialog } from './sent-date-dialog';

interface StatusControlProps {
  draft: Draft;
  onChanged: (draft: Draft) => void;
}

export function StatusControl({ draft, onChanged }: StatusControlProps) {
  const announce = useAnnounce();
  const [askingDate, setAskingDate] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function setStatus(status: DraftStatus, sentOn: string | null = null) {
    setError(null);
    try {
      const updated = await call('drafts:set-status', { id: draft.id, status, sentOn });
      onChanged(updated);
      announce(
        updated.status === 'sent' && updated.sentOn
          ? `Marked as sent on ${formatDay(updated.sentOn)}`
          : `Marked as ${DRAFT_STATUS_LABELS[updated.status].toLowerCase()}`,
      );
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  function choose(status: DraftStatus) {
    if (status === draft.status) return;
    if (status === 'sent') setAskingDate(true);
    else void setStatus(status);
  }

  return (
    <div className="status-control">
      <fieldset className="segmented" aria-describedby={error ? 'status-error' : undefined}>
        <legend className="visually-hidden">Status</legend>
        {DRAFT_STATUSES.map((status) => (
          <label key={status} className="segment" data-checked={status === draft.status ? 'true' : undefined}>
            <input
              type="radio"
              name="draft-status"
              value={status}
              checked={status === draft.status}
              onChange={() => choose(status)}
            />
            <span>{DRAFT_STATUS_LABELS[status]}</span>
          </label>
        ))}
      </fieldset>
      {draft.status === 'sent' && draft.sentOn ? <p className="status-sent-on">on {formatDay(draft.sentOn)}</p> : null}
      {error ? (
        <p className="field-error" id="status-error" role="alert">
          {error}
        </p>
      ) : null}
      {askingDate ? (
        <SentDateDialog
          channel={draft.channel}
          onCancel={() => setAskingDate(false)}
          onConfirm={async (sentOn) => {
            await setStatus('sent', sentOn);
            setAskingDate(false);
          }}
        />
      ) : null}
    </div>
  );
}
