import type { Draft, DraftSummary } from '../../core/drafts';
import { formatDay, formatMoment } from '../ui/format-date';

export function draftTitle(draft: Pick<Draft, 'title'>): string {
  return draft.title.trim() || 'Untitled draft';
}

/** "Sent 14 Mar 2026" for a sent draft, otherwise when it was last edited. */
export function describeDraftDate(draft: Pick<DraftSummary, 'status' | 'sentOn' | 'updatedAt'>): string {
  if (draft.status === 'sent' && draft.sentOn) return `Sent ${formatDay(draft.sentOn)}`;
  return `Edited ${formatMoment(draft.updatedAt)}`;
}
