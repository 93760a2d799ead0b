import { memo } from 'react';
import type { Contact } from '../../core/contacts';
import type { Draft } from '../../core/drafts';
import { RedoIcon, UndoIcon } from '../ui/icons';
import { isMacLike, modifierLabel } from '../ui/shortcut';
import { OutputActions } from './output-actions';
import { StatusControl } from './status-control';
import { useEditorSelector } from './editor-store';
import type { DraftEditor } from './use-draft-editor';

interface EditorToolbarProps {
  draft: Draft;
  contact: Contact;
  editor: DraftEditor;
  onDraftChanged: (draft: Draft) => void;
  onCueCard: () => void;
}

/**
 * Memoised; Undo and Redo follow the history exactly (they render when a step first becomes
 * possible or the last one is used up), and the output buttons read the text when clicked.
 */
export const EditorToolbar = memo(function EditorToolbar({
  draft,
  contact,
  editor,
  onDraftChanged,
  onCueCard,
}: EditorToolbarProps) {
  const canUndo = useEditorSelector(editor.store, (history) => history.past.length > 0);
  const canRedo = useEditorSelector(editor.store, (history) => history.future.length > 0);
  const mod = modifierLabel();
  const redoKeys = isMacLike() ? `${mod}+Shift+Z` : `${mod}+Y`;
  return (
    <div className="editor-toolbar">
      <div className="toolbar-group" aria-label="Edit history" role="group">
        <button
          type="button"
          className="button button-small button-icon"
          aria-label="Undo"
          aria-keyshortcuts={isMacLike() ? 'Meta+Z' : 'Control+Z'}
          title={`Undo (${mod}+Z)`}
          disabled={!canUndo}
          onClick={editor.undo}
        >
          <UndoIcon />
        </button>
        <button
          type="button"
          className="button button-small button-icon"
          aria-label="Redo"
          aria-keyshortcuts={isMacLike() ? 'Meta+Shift+Z' : 'Control+Y Control+Shift+Z'}
          title={`Redo (${redoKeys})`}
          disabled={!canRedo}
          onClick={editor.redo}
        >
          <RedoIcon />
        </button>
      </div>
      <OutputActions current={editor.current} channel={draft.channel} contact={contact} onCueCard={onCueCard} />
      <StatusControl draft={draft} onChanged={onDraftChanged} />
    </div>
  );
});
