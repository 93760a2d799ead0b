import { DRAFT_CHANNEL_LABELS, type DraftSummary } from '../../core/drafts';
import { describeDraftDate, draftTitle } from './describe-draft';
import { DraftStatusBadge } from './draft-status-badge';
import { SnippetText } from './snippet-text';

export function DraftRow({ draft, onOpen }: { draft: DraftSummary; onOpen: (draft: DraftSummary) => void }) {
  const who = [draft.contactName, draft.company, DRAFT_CHANNEL_LABELS[draft.channel]].filter(Boolean).join(' · ');
  return (
    <button type="button" className="list-row draft-row" data-draft-id={draft.id} onClick={() => onOpen(draft)}>
      <span className="draft-row-main">
        <span className="draft-row-title">{draftTitle(draft)}</span>
        <span className="draft-row-who">{who}</span>
        <span className="draft-row-text">
          {draft.snippet ? <SnippetText snippet={draft.snippet} /> : draft.excerpt || 'Nothing written yet'}
        </span>
      </span>
      <span className="draft-row-side">
        <DraftStatusBadge status={draft.status} />
        <span className="draft-row-date">{describeDraftDate(draft)}</span>
      </span>
    </button>
  );
}
