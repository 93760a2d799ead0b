import { DRAFT_STATUS_LABELS, type DraftStatus } from '../../core/drafts';

export function DraftStatusBadge({ status }: { status: DraftStatus }) {
  return (
    <span className="badge" data-draft-status={status}>
      {DRAFT_STATUS_LABELS[status]}
    </span>
  );
}
