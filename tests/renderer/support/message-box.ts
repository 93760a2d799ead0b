import { EditorView } from '@codemirror/view';
import { act } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/**
 * The message box is a CodeMirror view; its content element is the textbox. These read and set its
 * text the way the tests once read a textarea's value and selection.
 */
function viewOf(box: HTMLElement): EditorView {
  const view = EditorView.findFromDOM(box);
  if (!view) throw new Error('This element is not the message box');
  return view;
}

export function textOf(box: HTMLElement): string {
  return viewOf(box).state.doc.toString();
}

export function selectionOf(box: HTMLElement): { start: number; end: number; text: string } {
  const { state } = viewOf(box);
  const { from, to } = state.selection.main;
  return { start: from, end: to, text: state.sliceDoc(from, to) };
}

/** Replaces the whole text at once, as a paste over everything would. */
export function setText(box: HTMLElement, text: string): void {
  const view = viewOf(box);
  act(() => {
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, userEvent: 'input.paste' });
  });
}

/** Clicks into the box and puts the caret at the end of the text (Ctrl+End). */
export async function caretToEnd(user: UserEvent, box: HTMLElement): Promise<void> {
  await user.click(box);
  await user.keyboard('{Control>}{End}{/Control}');
}

/** Types at the end of the text, key by key. */
export async function typeAtEnd(user: UserEvent, box: HTMLElement, text: string): Promise<void> {
  await caretToEnd(user, box);
  await user.keyboard(text);
}
