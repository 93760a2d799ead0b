import { DraftEditor } from './draft-editor';
import { DraftList } from './draft-list';

export function DraftsScreen({ draftId }: { draftId: number | null }) {
  return draftId === null ? <DraftList /> : <DraftEditor key={draftId} draftId={draftId} />;
}
