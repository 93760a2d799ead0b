interface ListMessageProps {
  error: string | null;
  loading: boolean;
  filtered: boolean;
  archived: boolean;
  onRetry: () => void;
  onClearFilters: () => void;
  onAddFirst: () => void;
}

/** What the list area says when it has no rows to show: loading, a failure, or an empty result. */
export function ContactListMessage({
  error,
  loading,
  filtered,
  archived,
  onRetry,
  onClearFilters,
  onAddFirst,
}: ListMessageProps) {
  if (error) {
    return (
      <div className="empty-state" role="alert">
        <h2 className="empty-title">Your contacts didn’t load</h2>
        <p className="empty-text">{error}</p>
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  if (loading) {
    return (
      <div className="empty-state">
        <p className="empty-text">Loading your contacts…</p>
      </div>
    );
  }
  if (filtered) {
    return (
      <div className="empty-state">
        <h2 className="empty-title">No one matches</h2>
        <p className="empty-text">Try fewer words, part of a company name, or a different status.</p>
        <button type="button" className="button" onClick={onClearFilters}>
          Clear search and filters
        </button>
      </div>
    );
  }
  if (archived) {
    return (
      <div className="empty-state">
        <h2 className="empty-title">Nothing archived</h2>
        <p className="empty-text">People you archive rest here, out of the way but never lost.</p>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <h2 className="empty-title">No contacts yet</h2>
      <p className="empty-text">
        Add the people who made the decision: the hiring manager, the recruiter, the people who interviewed you. Someday
        will suggest when to thank them and when to check in.
      </p>
      <button type="button" className="button button-primary" onClick={onAddFirst}>
        Add your first contact
      </button>
    </div>
  );
}
