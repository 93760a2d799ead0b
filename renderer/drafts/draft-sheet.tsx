import { memo, type ComponentProps } from 'react';
import type { LengthFinding } from '../../core/coach/types';
import { DRAFT_LIMITS, type DraftChannel } from '../../core/drafts';
import { BodyField } from './body-field';
import type { DocField } from './edit-history';
import { useEditorSelector } from './editor-store';
import type { Highlight } from './highlight-segments';
import { LengthMeter } from './length-meter';
import { listUnfilled, PlaceholderList } from './placeholder-list';
import type { DraftEditor } from './use-draft-editor';

interface DraftSheetProps {
  channel: DraftChannel;
  editor: DraftEditor;
  highlights: readonly Highlight[];
  length: LengthFinding;
  wordsPerMinute: number;
  onSelectPlaceholder: (field: DocField, start: number, end: number) => void;
}

const BODY_LABELS: Record<DraftChannel, string> = {
  call: 'Call script',
  voicemail: 'Voicemail script',
  email: 'Message',
  linkedin: 'Note',
  letter: 'Message',
};

const PLACEHOLDER_LIST_ID = 'draft-unfilled';

/** The title or the subject: renders when its own text changes, not on every key in the message. */
const DocInput = memo(function DocInput({
  field,
  editor,
  ...props
}: { field: 'title' | 'subject'; editor: DraftEditor } & Omit<
  ComponentProps<'input'>,
  'value' | 'onChange' | 'onBlur'
>) {
  const value = useEditorSelector(editor.store, (history) => history.present[field]);
  return (
    <input
      {...props}
      value={value}
      onChange={(event) => editor.edit(field, event.target.value)}
      onBlur={editor.saveNow}
    />
  );
});

/** Renders when the coach's report arrives, and when a placeholder is filled or added; not on every key. */
export const DraftSheet = memo(function DraftSheet({
  channel,
  editor,
  highlights,
  length,
  wordsPerMinute,
  onSelectPlaceholder,
}: DraftSheetProps) {
  const { store, titleRef, subjectRef, bodyRef, edit, saveNow } = editor;
  const email = channel === 'email';
  const unfilled = useEditorSelector(store, (history) => {
    const doc = history.present;
    return listUnfilled(email ? doc.subject : null, doc.body).length > 0;
  });
  return (
    <div className="sheet">
      <div className="sheet-field">
        <label className="sheet-label" htmlFor="draft-title">
          Title
        </label>
        <DocInput
          field="title"
          editor={editor}
          id="draft-title"
          ref={titleRef}
          className="sheet-input sheet-title"
          maxLength={DRAFT_LIMITS.title}
          autoComplete="off"
        />
      </div>
      {email ? (
        <div className="sheet-field">
          <label className="sheet-label" htmlFor="draft-subject">
            Subject
          </label>
          <DocInput
            field="subject"
            editor={editor}
            id="draft-subject"
            ref={subjectRef}
            className="sheet-input"
            maxLength={DRAFT_LIMITS.subject}
            autoComplete="off"
            spellCheck
          />
        </div>
      ) : null}
      <BodyField
        id="draft-body"
        label={BODY_LABELS[channel]}
        text={editor.body}
        highlights={highlights}
        describedBy={unfilled ? PLACEHOLDER_LIST_ID : undefined}
        fieldRef={bodyRef}
        onChange={(value, range) => edit('body', value, range)}
        onBlur={saveNow}
      />
      <div className="sheet-footer">
        <PlaceholderList id={PLACEHOLDER_LIST_ID} store={store} email={email} onSelect={onSelectPlaceholder} />
        <LengthMeter length={length} wordsPerMinute={wordsPerMinute} />
      </div>
    </div>
  );
});
