import { lazy, Suspense, useState } from 'react';
import type { Contact } from '../../core/contacts';
import { DRAFT_CHANNEL_LABELS, type DraftSummary } from '../../core/drafts';
import { describeDraftDate, draftTitle } from '../drafts/describe-draft';
import { DraftStatusBadge } from '../drafts/draft-status-badge';
import { useNavigate } from '../shell/navigation';
import { useApiRead } from '../ui/use-api';
import { PlusIcon } from '../ui/icons';

const NewDraftDialog = lazy(() =>
  import('../drafts/new-draft-dialog').then((module) => ({ default: module.NewDraftDialog })),
);

interface DraftsState {
  drafts: DraftSummary[] | null;
  error: string | null;
}

function DraftRows({ state }: { state: DraftsState }) {
  const navigate = useNavigate();
  if (state.error) {
    return (
      <p className="pane-drafts-empty" role="alert">
        {state.error}
      </p>
    );
  }
  if (!state.drafts) return <p className="pane-drafts-empty">Loading drafts…</p>;
  if (state.drafts.length === 0) {
    return <p className="pane-drafts-empty">No drafts yet. Start one to thank them or to check in.</p>;
  }
  return (
    <ul className="pane-drafts-list">
      {state.drafts.map((draft) => (
        <li key={draft.id}>
          <button
            type="button"
            className="pane-draft-row"
            onClick={() => navigate({ screen: 'drafts', draftId: draft.id })}
          >
            <span className="pane-draft-title">{draftTitle(draft)}</span>
            <span className="pane-draft-meta">
              <span>{DRAFT_CHANNEL_LABELS[draft.channel]}</span>
              <DraftStatusBadge status={draft.status} />
              <span>{describeDraftDate(draft)}</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function ContactDrafts({ contact }: { contact: Contact }) {
  const navigate = useNavigate();
  const { data, error } = useApiRead('drafts:list', { contactId: contact.id, limit: 100 });
  const state: DraftsState = { drafts: data?.items ?? null, error };
  const [creating, setCreating] = useState(false);

  return (
    <section className="pane-drafts" aria-labelledby="pane-drafts-title">
      <div className="pane-drafts-header">
        <h3 id="pane-drafts-title" className="pane-section-title">
          Drafts
        </h3>
        <button type="button" className="button button-quiet" onClick={() => setCreating(true)}>
          <PlusIcon />
          New draft
        </button>
      </div>
      <DraftRows state={state} />
      {creating ? (
        <Suspense fallback={null}>
          <NewDraftDialog
            contactId={contact.id}
            onClose={() => setCreating(false)}
            onCreated={(draft) => navigate({ screen: 'drafts', draftId: draft.id })}
          />
        </Suspense>
      ) : null}
    </section>
  );
}
