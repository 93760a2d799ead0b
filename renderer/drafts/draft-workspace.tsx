import { useCallback, useMemo, useState } from 'react';
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
import { runCoach } from './coach-run';
import type { DocField, DraftDoc } from './edit-history';
import { EditorAside } from './editor-aside';
import { useEditorSelector } from './editor-store';
import { EditorHeader } from './editor-header';
import { EditorToolbar } from './editor-toolbar';
import { useCoachReport } from './use-coach-report';
import { useDraftEditor } from './use-draft-editor';

interface DraftWorkspaceProps {
  draft: Draft;
  contact: Contact;
}

function sameSuggestion(a: CoachSuggestion, b: CoachSuggestion): boolean {
  return a.action === b.action && a.target === b.target && a.text === b.text;
}

/**
 * The editor screen. Typing does not render it: the text lives in the editor's store (see
 * use-draft-editor.ts), and each part reads what it shows from there. It renders when the coach's
 * report arrives (the marks, the meter and the coach panel change), and on commands.
 */
export function DraftWorkspace({ draft: initialDraft, contact }: DraftWorkspaceProps) {
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { settings } = useSettings();
  const [draft, setDraft] = useState(initialDraft);
  const [active, setActive] = useState<TextSpan | null>(null);
  const [showCueCard, setShowCueCard] = useState(false);
  const [applied, setApplied] = useState<{ suggestion: CoachSuggestion; body: string } | null>(null);
  const { editor, saveState, saveCount } = useDraftEditor(initialDraft);

  const inputFor = useCallback(
    (doc: DraftDoc): CoachInput => ({
      channel: draft.channel,
      subject: draft.channel === 'email' ? doc.subject : '',
      body: doc.body,
      contact: { name: contact.name, company: contact.company, highlight: contact.highlight },
      wordsPerMinute: settings.speakingWpm,
    }),
    [draft.channel, contact.name, contact.company, contact.highlight, settings.speakingWpm],
  );
  const coach = useCoachReport(editor, inputFor, settings.myName);
  // The marks are worked out when a report arrives (or a finding is pointed at), for the text then;
  // between reports the message box moves them with the text.
  const highlights = useMemo(() => findHighlights(editor.current().body, coach, active), [editor, coach, active]);
  const appliedBody = applied?.body ?? null;
  const stillApplied = useEditorSelector(editor.store, (history) => history.present.body === appliedBody);

  const applyFix = useStableCallback((offered: CoachSuggestion) => {
    const doc = editor.current();
    let suggestion: CoachSuggestion | undefined = offered;
    // The report may be a keystroke behind the text: the same suggestion, checked against the text now.
    if (coach.body !== doc.body) {
      suggestion = runCoach(inputFor(doc), settings.myName).suggestions.find((fresh) => sameSuggestion(fresh, offered));
      if (!suggestion) return;
    }
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
    if (applied && editor.current().body === applied.body) editor.undo();
    setApplied(null);
  });

  const selectInText = useStableCallback((field: DocField, start: number, end: number) => {
    editor.select(field, start, end);
  });

  const selectFinding = useStableCallback((span: TextSpan) => {
    const body = editor.current().body;
    const found = locate(span, coach.body, body);
    if (found) selectInText('body', found.start, found.end);
  });

  const restore = useStableCallback(async (revision: DraftRevision) => {
    await editor.restore(revision);
    editor.select('body', 0, 0);
    announce('Earlier version restored. Undo brings your text back.');
  });

  const afterDelete = useStableCallback(() => {
    editor.abandon();
    navigate({ screen: 'drafts', draftId: null });
  });

  const openCueCard = useCallback(() => setShowCueCard(true), []);

  const spokenAs = draft.channel === 'call' || draft.channel === 'voicemail' ? draft.channel : null;
  return (
    <div className="screen editor-screen">
      <EditorHeader draft={draft} contact={contact} editor={editor} saveState={saveState} onDeleted={afterDelete} />
      <EditorToolbar
        draft={draft}
        contact={contact}
        editor={editor}
        onDraftChanged={setDraft}
        onCueCard={openCueCard}
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
          editor={editor}
          report={coach.report}
          suggestions={coach.suggestions}
          applied={applied && stillApplied ? applied.suggestion : null}
          saveCount={saveCount}
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
