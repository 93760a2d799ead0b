import { Fragment, useMemo, type RefObject } from 'react';
import { segmentText, type Highlight } from './highlight-segments';

interface BodyFieldProps {
  id: string;
  label: string;
  value: string;
  highlights: readonly Highlight[];
  describedBy: string | undefined;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  onChange: (value: string) => void;
  onBlur: () => void;
}

/**
 * The message text: a plain textarea with transparent background over a copy of the same text in
 * which placeholders and coach findings are marked. The copy is hidden from assistive technology;
 * the lists beside the editor say the same things in words. Both share one grid cell and the same
 * font metrics, and the textarea grows with its content, so the marks stay under their words.
 */
export function BodyField({
  id,
  label,
  value,
  highlights,
  describedBy,
  textareaRef,
  onChange,
  onBlur,
}: BodyFieldProps) {
  const segments = useMemo(() => segmentText(value, highlights), [value, highlights]);
  return (
    <div className="body-field">
      <label className="sheet-label" htmlFor={id}>
        {label}
      </label>
      <div className="body-stack">
        <div className="body-backdrop" aria-hidden="true">
          {segments.map((segment) =>
            segment.kinds.length > 0 ? (
              <mark
                key={segment.start}
                className={segment.kinds.map((kind) => `mark-${kind}`).join(' ')}
                data-start={segment.start}
              >
                {segment.text}
              </mark>
            ) : (
              <Fragment key={segment.start}>{segment.text}</Fragment>
            ),
          )}
          {'\u200b'}
        </div>
        <textarea
          id={id}
          ref={textareaRef}
          className="body-input"
          value={value}
          spellCheck
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        />
      </div>
    </div>
  );
}

/** Scrolls the marked copy of a range into view, since the textarea itself never scrolls. */
export function revealRange(textarea: HTMLTextAreaElement | null, start: number): void {
  const mark = textarea?.parentElement?.querySelector<HTMLElement>(`.body-backdrop [data-start="${start}"]`);
  mark?.scrollIntoView?.({ block: 'center' });
}
