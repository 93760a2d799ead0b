/** Kinds of mark drawn on the message text (decorations in body-editor.ts), from calmest to strongest. */
export type HighlightKind = 'part' | 'tone' | 'placeholder' | 'active';

export interface Highlight {
  start: number;
  end: number;
  kind: HighlightKind;
}
