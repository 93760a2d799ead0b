import * as Tabs from '@radix-ui/react-tabs';
import type { CoachSuggestion } from '../../core/coach/suggest';
import type { CoachReport, TextSpan } from '../../core/coach/types';
import type { DraftRevision } from '../../core/drafts';
import { CoachPanel } from './coach-panel';
import { RevisionPanel } from './revision-panel';
import type { DraftEditor } from './use-draft-editor';

interface EditorAsideProps {
  draftId: number;
  editor: DraftEditor;
  report: CoachReport;
  suggestions: readonly CoachSuggestion[];
  applied: CoachSuggestion | null;
  saveCount: number;
  onReveal: (span: TextSpan | null) => void;
  onSelect: (span: TextSpan) => void;
  onApply: (suggestion: CoachSuggestion) => void;
  onUndoApply: () => void;
  onRestore: (revision: DraftRevision) => Promise<void>;
}

export function EditorAside({ draftId, editor, saveCount, onRestore, ...coach }: EditorAsideProps) {
  return (
    <aside className="editor-aside" aria-label="Coach and history">
      <Tabs.Root className="aside-tabs" defaultValue="coach">
        <Tabs.List className="tab-list" aria-label="Side panel">
          <Tabs.Trigger className="tab" value="coach">
            Coach
          </Tabs.Trigger>
          <Tabs.Trigger className="tab" value="history">
            History
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content className="tab-panel" value="coach">
          <CoachPanel {...coach} />
        </Tabs.Content>
        <Tabs.Content className="tab-panel" value="history">
          <RevisionPanel draftId={draftId} editor={editor} saveCount={saveCount} onRestore={onRestore} />
        </Tabs.Content>
      </Tabs.Root>
    </aside>
  );
}
