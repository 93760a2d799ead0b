import { STATUS_LABELS, type ContactStatus } from '../../core/contacts';

export function StatusBadge({ status }: { status: ContactStatus }) {
  return (
    <span className="badge" data-status={status}>
      {STATUS_LABELS[status]}
    </span>
  );
}

export function ArchivedBadge() {
  return (
    <span className="badge" data-status="archived">
      Archived
    </span>
  );
}
