import { memo, useState } from 'react';
import type { DraftRevision } from '../../core/drafts';
import { describeError } from '../ui/error-message';
import { useApiRead } from '../ui/use-api';
import { capitalize, formatMoment } from '../ui/format-date';
import { plural, shortQuote } from './coach-text';
import { sameJson, useEditorSelector } from './editor-store';
import type { DraftEditor } from './use-draft-editor';

interface RevisionPanelProps {
  draftId: number;
  editor: DraftEditor;
  saveCount: number;
  onRestore: (revision: DraftRevision) => Promise<void>;
}

type Revisions = { kind: 'loading' } | { kind: 'ready'; items: DraftRevision[] } | { kind: 'failed'; message: string };

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Memoised: it renders when the versions are read again or the current one changes. */
export const RevisionPanel = memo(function RevisionPanel({
  draftId,
  editor,
  saveCount,
  onRestore,
}: RevisionPanelProps) {
  const read = useApiRead('drafts:revisions', { id: draftId }, { version: saveCount });
  const revisions: Revisions = read.data
    ? { kind: 'ready', items: read.data }
    : read.error
      ? { kind: 'failed', message: read.error }
      : { kind: 'loading' };
  // The version equal to the text now (renders when that changes, not on every key).
  const items = read.data;
  const currentIds = useEditorSelector(
    editor.store,
    (history) => {
      const doc = history.present;
      return (items ?? [])
        .filter((revision) => revision.body === doc.body && revision.subject === doc.subject)
        .map((revision) => revision.id);
    },
    sameJson,
  );
  const [busyId, setBusyId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function restore(revision: DraftRevision) {
    if (busyId !== null) return;
    setBusyId(revision.id);
    setError(null);
    try {
      await onRestore(revision);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusyId(null);
    }
  }

  if (revisions.kind === 'loading') return <p className="revision-note">Loading earlier versions…</p>;
  if (revisions.kind === 'failed') {
    return (
      <p className="revision-note" role="alert">
        {revisions.message}
      </p>
    );
  }
  return (
    <div className="revisions">
      <p className="revision-note">
        Someday keeps a version when you leave the editor and every few minutes while you write. Restoring one can be
        undone.
      </p>
      <p className="dialog-error" role="alert">
        {error}
      </p>
      <ol className="revision-list">
        {revisions.items.map((revision) => {
          const current = currentIds.includes(revision.id);
          const when = capitalize(formatMoment(revision.createdAt));
          return (
            <li key={revision.id} className="revision" data-current={current ? 'true' : undefined}>
              <div className="revision-text">
                <p className="revision-time">{when}</p>
                <p className="revision-preview">{shortQuote(revision.body, 110) || 'Empty'}</p>
                <p className="revision-meta">{plural(countWords(revision.body), 'word')}</p>
              </div>
              {current ? (
                <span className="revision-current">Current</span>
              ) : (
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Restore the version from ${when}`}
                  aria-busy={busyId === revision.id}
                  onClick={() => void restore(revision)}
                >
                  Restore
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
});
