import type { Contact } from '../../core/contacts';
import type { Draft } from '../../core/drafts';
import { RedoIcon, UndoIcon } from '../ui/icons';
import { isMacLike, modifierLabel } from '../ui/shortcut';
import { OutputActions } from './output-actions';
import { StatusControl } from './status-control';
import type { DraftEditorState } from './use-draft-editor';

interface EditorToolbarProps {
  draft: Draft;
  contact: Contact;
  editor: DraftEditorState;
  onDraftChanged: (draft: Draft) => void;
  onCueCard: () => void;
}

export function EditorToolbar({ draft, contact, editor, onDraftChanged, onCueCard }: EditorToolbarProps) {
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
          disabled={!editor.canUndo}
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
          disabled={!editor.canRedo}
          onClick={editor.redo}
        >
          <RedoIcon />
        </button>
      </div>
      <OutputActions doc={editor.doc} channel={draft.channel} contact={contact} onCueCard={onCueCard} />
      <StatusControl draft={draft} onChanged={onDraftChanged} />
    </div>
  );
}
