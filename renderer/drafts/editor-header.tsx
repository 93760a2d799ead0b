import { memo } from 'react';
import type { Contact } from '../../core/contacts';
import { DRAFT_CHANNEL_LABELS, type Draft } from '../../core/drafts';
import { describeRole } from '../contacts/describe-role';
import { useArrivalHeading, useNavigate } from '../shell/navigation';
import { BackIcon } from '../ui/icons';
import type { SaveState } from './autosave';
import { DeleteDraftDialog } from './delete-draft-dialog';
import { useEditorSelector } from './editor-store';
import { SaveIndicator } from './save-indicator';
import type { DraftEditor } from './use-draft-editor';

interface EditorHeaderProps {
  draft: Draft;
  contact: Contact;
  editor: DraftEditor;
  saveState: SaveState;
  onDeleted: () => void;
}

export function BackToDrafts() {
  const navigate = useNavigate();
  return (
    <button
      type="button"
      className="button button-quiet back-button"
      onClick={() => navigate({ screen: 'drafts', draftId: null })}
    >
      <BackIcon />
      All drafts
    </button>
  );
}

/** Memoised, and the title read from the editor's store: typing in the message does not render it. */
export const EditorHeader = memo(function EditorHeader({
  draft,
  contact,
  editor,
  saveState,
  onDeleted,
}: EditorHeaderProps) {
  const title = useEditorSelector(editor.store, (history) => history.present.title);
  const navigate = useNavigate();
  const headingRef = useArrivalHeading();
  const role = describeRole(contact);
  return (
    <div className="editor-header">
      <BackToDrafts />
      <div className="editor-heading-row">
        <div className="editor-heading">
          <h1 className="screen-title" tabIndex={-1} ref={headingRef}>
            {DRAFT_CHANNEL_LABELS[draft.channel]} to {contact.name}
          </h1>
          <p className="screen-subtitle">
            {role ? <span>{role} · </span> : null}
            <button
              type="button"
              className="link-button"
              onClick={() => navigate({ screen: 'contacts', contactId: contact.id })}
            >
              Open contact
            </button>
          </p>
        </div>
        <div className="editor-heading-actions">
          <SaveIndicator state={saveState} />
          <DeleteDraftDialog draftId={draft.id} title={title} onDeleted={onDeleted} />
        </div>
      </div>
    </div>
  );
});
