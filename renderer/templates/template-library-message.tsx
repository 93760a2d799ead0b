interface TemplateLibraryMessageProps {
  error: string | null;
  onRetry: () => void;
}

/** What the library area says before it has templates to show: loading, or why it failed. */
export function TemplateLibraryMessage({ error, onRetry }: TemplateLibraryMessageProps) {
  if (error) {
    return (
      <div className="empty-state" role="alert">
        <h2 className="empty-title">Your templates didn’t load</h2>
        <p className="empty-text">{error}</p>
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <p className="empty-text">Loading your templates…</p>
    </div>
  );
}
