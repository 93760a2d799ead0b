import { standardKeymap } from '@codemirror/commands';
import {
  Annotation,
  Compartment,
  EditorState,
  StateEffect,
  StateField,
  type Extension,
  type Text,
} from '@codemirror/state';
import { Decoration, EditorView, keymap, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import { StyleModule } from 'style-mod';
import { findPlaceholders } from '../../core/placeholders';
import type { ChangedRange } from './edit-history';
import type { Highlight, HighlightKind } from './highlight-segments';

/**
 * The message text as a CodeMirror 6 view. CodeMirror draws only the lines in view and changes only
 * the lines a keystroke touches, and the coach's findings and the placeholders are mark decorations
 * on the same text (no second copy of it to lay out). The editor's own undo history
 * (`edit-history.ts`) stays the one history: CodeMirror gets no history extension, so Ctrl+Z reaches
 * `useDraftEditor`, and text set from outside (undo, a restored revision, a suggestion) comes back in
 * as a change marked `fromOutside`, which is not reported as typing.
 */

/** Marks a change made to match the React state, so it is not sent back as an edit. */
export const fromOutside = Annotation.define<boolean>();

const setHighlights = StateEffect.define<readonly Highlight[]>();

const MARKS: Record<HighlightKind, Decoration> = {
  part: Decoration.mark({ class: 'mark-part' }),
  tone: Decoration.mark({ class: 'mark-tone' }),
  placeholder: Decoration.mark({ class: 'mark-placeholder' }),
  active: Decoration.mark({ class: 'mark-active' }),
};

const KIND_OF = new Map<Decoration, HighlightKind>(
  Object.entries(MARKS).map(([kind, mark]) => [mark, kind as HighlightKind]),
);

/**
 * The coach's marks given from outside. Placeholders are left out: the editor finds those in its own
 * text on every change (placeholderField), so a filled one loses its mark with the keystroke itself.
 */
function drawable(highlights: readonly Highlight[], length: number): Highlight[] {
  return highlights.filter(
    (highlight) =>
      highlight.kind !== 'placeholder' &&
      highlight.start >= 0 &&
      highlight.end <= length &&
      highlight.start < highlight.end,
  );
}

function placeholderMarks(doc: Text): DecorationSet {
  return Decoration.set(
    findPlaceholders(doc.toString()).map((match) => MARKS.placeholder.range(match.start, match.end)),
    true,
  );
}

/** The placeholders' marks, found again in the text on each change (a regular expression over it). */
const placeholderField = StateField.define<DecorationSet>({
  create: (state) => placeholderMarks(state.doc),
  update: (marks, transaction) => (transaction.docChanged ? placeholderMarks(transaction.state.doc) : marks),
  provide: (field) => EditorView.decorations.from(field),
});

function buildMarks(highlights: readonly Highlight[], length: number): DecorationSet {
  return Decoration.set(
    drawable(highlights, length).map((highlight) => MARKS[highlight.kind].range(highlight.start, highlight.end)),
    true,
  );
}

const markKey = (from: number, to: number, kind: HighlightKind | undefined) => `${from}:${to}:${kind ?? ''}`;

/**
 * Whether the view already shows exactly these marks. While the person types, the marks it has moved
 * with the text are usually the very ones the editor computes again (the report carried across the
 * keystroke), so the keystroke needs no second transaction, which would redraw and measure again.
 */
export function showsHighlights(state: EditorState, highlights: readonly Highlight[]): boolean {
  const wanted = drawable(highlights, state.doc.length).map((h) => markKey(h.start, h.end, h.kind));
  const shown: string[] = [];
  for (let cursor = state.field(highlightField).iter(); cursor.value; cursor.next()) {
    shown.push(markKey(cursor.from, cursor.to, KIND_OF.get(cursor.value)));
  }
  if (shown.length !== wanted.length) return false;
  wanted.sort();
  shown.sort();
  return wanted.every((key, i) => key === shown[i]);
}

/** The marks move with the text between reports and are replaced when a new set arrives. */
const highlightField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    let next = marks.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (effect.is(setHighlights)) next = buildMarks(effect.value, transaction.state.doc.length);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export function highlightsEffect(highlights: readonly Highlight[]) {
  return setHighlights.of(highlights);
}

/**
 * The page's Content-Security-Policy (`style-src 'self'`) refuses the `<style>` element CodeMirror
 * adds to a document; a constructed style sheet is allowed. style-mod uses one only for a shadow
 * root, so the editor's few layout rules are mounted on a detached shadow root and that same sheet
 * is adopted by the document (where a browser lacks constructed sheets, as jsdom does, nothing changes).
 */
function adoptStylesThroughConstructedSheet(): void {
  const mount = StyleModule.mount.bind(StyleModule);
  if (typeof document === 'undefined' || !('adoptedStyleSheets' in document)) return;
  const holder = document.createElement('div').attachShadow({ mode: 'open' });
  StyleModule.mount = (root, modules, options) => {
    if (root !== document) return mount(root, modules, options);
    mount(holder, modules, options);
    const sheet = holder.adoptedStyleSheets[0];
    if (sheet && !document.adoptedStyleSheets.includes(sheet)) {
      document.adoptedStyleSheets = [sheet, ...document.adoptedStyleSheets];
    }
  };
}
adoptStylesThroughConstructedSheet();

export interface BodyEditorOptions {
  doc: string;
  /** Attributes of the content element (the textbox): its id, label and description. */
  attributes: Record<string, string>;
  /** The new text, and where it changed when that is one range (a keystroke, a paste). */
  onChange: (text: string, range: ChangedRange | undefined) => void;
  onBlur: () => void;
}

function changedRange(update: ViewUpdate): ChangedRange | undefined {
  let range: ChangedRange | undefined;
  let ranges = 0;
  update.changes.iterChangedRanges((fromA, toA, _fromB, toB) => {
    ranges += 1;
    range = { from: fromA, toBefore: toA, toAfter: toB };
  });
  return ranges === 1 ? range : undefined;
}

export const attributesSlot = new Compartment();

/** The tab stop is explicit so checkers see that the scrolling box holds something focusable. */
export function contentAttributes(attributes: Record<string, string>): Extension {
  return EditorView.contentAttributes.of({ spellcheck: 'true', autocorrect: 'on', tabindex: '0', ...attributes });
}

export function createBodyState({ doc, attributes, onChange, onBlur }: BodyEditorOptions): EditorState {
  return EditorState.create({
    doc,
    extensions: [
      EditorView.lineWrapping,
      keymap.of(standardKeymap),
      highlightField,
      placeholderField,
      attributesSlot.of(contentAttributes(attributes)),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        if (update.transactions.every((transaction) => transaction.annotation(fromOutside))) return;
        onChange(update.state.doc.toString(), changedRange(update));
      }),
      EditorView.domEventHandlers({ blur: () => onBlur() }),
    ],
  });
}
