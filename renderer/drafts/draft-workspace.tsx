import { useMemo, useState } from 'react';
import { applySuggestion, type CoachSuggestion } from '../../core/coach/suggest';
import type { CoachInput, TextSpan } from '../../core/coach/types';
import type { Contact } from '../../core/contacts';
import { buildCueCard } from '../../core/cue-card';
import type { Draft, DraftRevision } from '../../core/drafts';
import { useNavigate } from '../shell/navigation';
import { useSettings } from '../shell/settings-context';
import { useAnnounce } from '../shell/status';
import { useStableCallback } from '../ui/use-stable-callback';
import { CueCardDialog } from './cue-card-dialog';
import { DraftSheet } from './draft-sheet';
import { findHighlights, locate } from './coach-highlights';
import type { DocField } from './edit-history';
import { EditorAside } from './editor-aside';
import { EditorHeader } from './editor-header';
import { EditorToolbar } from './editor-toolbar';
import { useCoachReport } from './use-coach-report';
import { useDraftEditor } from './use-draft-editor';

const NO_SUGGESTIONS: readonly CoachSuggestion[] = [];

interface DraftWorkspaceProps {
  draft: Draft;
  contact: Contact;
}

export function DraftWorkspace({ draft: initialDraft, contact }: DraftWorkspaceProps) {
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { settings } = useSettings();
  const [draft, setDraft] = useState(initialDraft);
  const [active, setActive] = useState<TextSpan | null>(null);
  const [showCueCard, setShowCueCard] = useState(false);
  const [applied, setApplied] = useState<{ suggestion: CoachSuggestion; body: string } | null>(null);
  const editor = useDraftEditor(initialDraft);
  const { doc } = editor;

  const coachInput = useMemo<CoachInput>(
    () => ({
      channel: draft.channel,
      subject: draft.channel === 'email' ? doc.subject : '',
      body: doc.body,
      contact: { name: contact.name, company: contact.company, highlight: contact.highlight },
      wordsPerMinute: settings.speakingWpm,
    }),
    [draft.channel, doc.subject, doc.body, contact.name, contact.company, contact.highlight, settings.speakingWpm],
  );
  const coach = useCoachReport(coachInput, settings.myName);
  const highlights = useMemo(() => findHighlights(doc.body, coach, active), [doc.body, coach, active]);
  // One empty list while the report is behind, so the memoised coach panel is not redrawn on every key.
  const current = coach.body === doc.body ? coach.suggestions : NO_SUGGESTIONS;

  const applyFix = useStableCallback((suggestion: CoachSuggestion) => {
    if (coach.body !== doc.body) return;
    const body = applySuggestion(doc.body, suggestion);
    editor.replace('body', body);
    setApplied({ suggestion, body });
    announce(
      suggestion.action === 'insert'
        ? 'Sentence added. Undo takes it out.'
        : 'Sentence changed. Undo brings yours back.',
    );
  });

  const undoFix = useStableCallback(() => {
    if (applied && doc.body === applied.body) editor.undo();
    setApplied(null);
  });

  function selectInText(field: DocField, start: number, end: number) {
    editor.select(field, start, end);
  }

  const selectFinding = useStableCallback((span: TextSpan) => {
    const found = locate(span, coach.body, doc.body);
    if (found) selectInText('body', found.start, found.end);
  });

  async function restore(revision: DraftRevision) {
    await editor.restore(revision);
    editor.select('body', 0, 0);
    announce('Earlier version restored. Undo brings your text back.');
  }

  function afterDelete() {
    editor.abandon();
    navigate({ screen: 'drafts', draftId: null });
  }

  const spokenAs = draft.channel === 'call' || draft.channel === 'voicemail' ? draft.channel : null;
  return (
    <div className="screen editor-screen">
      <EditorHeader
        draft={draft}
        contact={contact}
        title={doc.title}
        saveState={editor.saveState}
        onDeleted={afterDelete}
      />
      <EditorToolbar
        draft={draft}
        contact={contact}
        editor={editor}
        onDraftChanged={setDraft}
        onCueCard={() => setShowCueCard(true)}
      />
      <div className="editor-body">
        <div className="editor-main">
          <DraftSheet
            channel={draft.channel}
            editor={editor}
            highlights={highlights}
            length={coach.report.length}
            wordsPerMinute={settings.speakingWpm}
            onSelectPlaceholder={selectInText}
          />
        </div>
        <EditorAside
          draftId={draft.id}
          doc={doc}
          report={coach.report}
          suggestions={current}
          applied={applied && doc.body === applied.body ? applied.suggestion : null}
          saveCount={editor.saveCount}
          onReveal={setActive}
          onSelect={selectFinding}
          onApply={applyFix}
          onUndoApply={undoFix}
          onRestore={restore}
        />
      </div>
      {showCueCard && spokenAs ? (
        <CueCardDialog
          card={buildCueCard(coach.report, contact, draft)}
          spokenAs={spokenAs}
          phone={settings.myPhone}
          onClose={() => setShowCueCard(false)}
        />
      ) : null}
    </div>
  );
}
