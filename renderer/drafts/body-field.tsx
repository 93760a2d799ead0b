import { EditorView } from '@codemirror/view';
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, type RefObject } from 'react';
import { useStableCallback } from '../ui/use-stable-callback';
import {
  attributesSlot,
  contentAttributes,
  createBodyState,
  fromOutside,
  highlightsEffect,
  showsHighlights,
} from './body-editor';
import { diffText, type ChangedRange } from './edit-history';
import type { Highlight } from './highlight-segments';

/** What the editor needs from a text field: the inputs have these, and the message box provides them. */
export interface SelectableField {
  focus: () => void;
  setSelectionRange: (start: number, end: number) => void;
}

/** Text kept outside React: what it is now, and a call whenever it may have changed. */
export interface TextSource {
  get: () => string;
  subscribe: (listener: () => void) => () => void;
}

interface BodyFieldProps {
  id: string;
  label: string;
  text: TextSource;
  highlights: readonly Highlight[];
  describedBy: string | undefined;
  fieldRef: RefObject<SelectableField | null>;
  onChange: (value: string, range: ChangedRange | undefined) => void;
  onBlur: () => void;
}

function attributesFor(id: string, describedBy: string | undefined): Record<string, string> {
  return { id, 'aria-labelledby': `${id}-label`, ...(describedBy ? { 'aria-describedby': describedBy } : {}) };
}

/**
 * The message text: a CodeMirror view (see body-editor.ts) kept equal to `text`. Typing reports the
 * new text through `onChange`; a text from outside that differs from the view's (undo, a restored
 * version, a coach suggestion) is written into the view as the smallest change, so the caret and the
 * scroll position stay where they were. The view follows `text` without React: a keystroke renders
 * nothing here. The content element is the textbox and carries the label.
 */
export function BodyField({ id, label, text, highlights, describedBy, fieldRef, onChange, onBlur }: BodyFieldProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  // The text the view holds, as last reported or written: when `text` comes back as that very text
  // (each keystroke), the view is not read out whole again to compare.
  const reported = useRef<string | null>(null);
  const changed = useStableCallback((typed: string, range: ChangedRange | undefined) => {
    reported.current = typed;
    onChange(typed, range);
  });
  const blurred = useStableCallback(onBlur);

  useLayoutEffect(() => {
    const view = new EditorView({
      parent: hostRef.current!,
      state: createBodyState({
        doc: text.get(),
        attributes: attributesFor(id, describedBy),
        onChange: changed,
        onBlur: blurred,
      }),
    });
    viewRef.current = view;
    return () => {
      viewRef.current = null;
      view.destroy();
    };
    // The view is made once; the effects below keep its text, marks and attributes current.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useLayoutEffect(() => {
    const follow = () => {
      const view = viewRef.current;
      const value = text.get();
      if (!view || value === reported.current) return;
      const current = view.state.doc.toString();
      reported.current = value;
      if (current === value) return;
      const change = diffText(current, value);
      view.dispatch({
        changes: { from: change.start, to: change.start + change.removed.length, insert: change.inserted },
        annotations: fromOutside.of(true),
      });
    };
    follow();
    return text.subscribe(follow);
  }, [text]);

  useLayoutEffect(() => {
    const view = viewRef.current;
    if (view && !showsHighlights(view.state, highlights)) view.dispatch({ effects: highlightsEffect(highlights) });
  }, [highlights]);

  useEffect(() => {
    viewRef.current?.dispatch({
      effects: attributesSlot.reconfigure(contentAttributes(attributesFor(id, describedBy))),
    });
  }, [id, describedBy]);

  useImperativeHandle(
    fieldRef,
    () => ({
      focus: () => viewRef.current?.focus(),
      setSelectionRange: (start: number, end: number) => {
        const view = viewRef.current;
        if (!view) return;
        const length = view.state.doc.length;
        view.dispatch({
          selection: { anchor: Math.min(start, length), head: Math.min(end, length) },
          effects: EditorView.scrollIntoView(Math.min(start, length), { y: 'center' }),
        });
      },
    }),
    [],
  );

  return (
    <div className="body-field">
      <span className="sheet-label" id={`${id}-label`}>
        {label}
      </span>
      <div className="body-editor" ref={hostRef} />
    </div>
  );
}
