import type { LengthFinding } from '../../core/coach/types';
import { DRAFT_LIMITS, type DraftChannel } from '../../core/drafts';
import { BodyField } from './body-field';
import type { DocField } from './edit-history';
import type { Highlight } from './highlight-segments';
import { LengthMeter } from './length-meter';
import { listUnfilled, PlaceholderList } from './placeholder-list';
import type { DraftEditorState } from './use-draft-editor';

interface DraftSheetProps {
  channel: DraftChannel;
  editor: DraftEditorState;
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

export function DraftSheet({
  channel,
  editor,
  highlights,
  length,
  wordsPerMinute,
  onSelectPlaceholder,
}: DraftSheetProps) {
  const { doc, titleRef, subjectRef, bodyRef, edit, saveNow } = editor;
  const email = channel === 'email';
  const unfilled = listUnfilled(email ? doc.subject : null, doc.body).length > 0;
  return (
    <div className="sheet">
      <div className="sheet-field">
        <label className="sheet-label" htmlFor="draft-title">
          Title
        </label>
        <input
          id="draft-title"
          ref={titleRef}
          className="sheet-input sheet-title"
          value={doc.title}
          maxLength={DRAFT_LIMITS.title}
          autoComplete="off"
          onChange={(event) => edit('title', event.target.value)}
          onBlur={saveNow}
        />
      </div>
      {email ? (
        <div className="sheet-field">
          <label className="sheet-label" htmlFor="draft-subject">
            Subject
          </label>
          <input
            id="draft-subject"
            ref={subjectRef}
            className="sheet-input"
            value={doc.subject}
            maxLength={DRAFT_LIMITS.subject}
            autoComplete="off"
            spellCheck
            onChange={(event) => edit('subject', event.target.value)}
            onBlur={saveNow}
          />
        </div>
      ) : null}
      <BodyField
        id="draft-body"
        label={BODY_LABELS[channel]}
        value={doc.body}
        highlights={highlights}
        describedBy={unfilled ? PLACEHOLDER_LIST_ID : undefined}
        fieldRef={bodyRef}
        onChange={(value) => edit('body', value)}
        onBlur={saveNow}
      />
      <div className="sheet-footer">
        <PlaceholderList
          id={PLACEHOLDER_LIST_ID}
          subject={email ? doc.subject : null}
          body={doc.body}
          onSelect={onSelectPlaceholder}
        />
        <LengthMeter length={length} wordsPerMinute={wordsPerMinute} />
      </div>
    </div>
  );
}
