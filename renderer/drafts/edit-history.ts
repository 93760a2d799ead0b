/**
 * The editor's own undo history. The browser's undo stack cannot see text that React sets (a restored
 * revision, a filled placeholder), so every change goes through here instead. Typing is grouped by
 * word: a word with the spaces around it undoes together, a run of deletions within a word undoes
 * together, and anything else (paste, cut, a restore) is a step of its own.
 */
export const DOC_FIELDS = ['title', 'subject', 'body'] as const;
export type DocField = (typeof DOC_FIELDS)[number];

export interface DraftDoc {
  title: string;
  subject: string;
  body: string;
}

export type EditSource = 'typing' | 'command';

type GroupKind = 'word' | 'space' | 'delete';

interface OpenGroup {
  field: DocField;
  kind: GroupKind;
  /** Where the caret was after the group's last edit. */
  caret: number;
  /** Typing: a word char has been typed. Deleting: a word char has been deleted. */
  sawWord: boolean;
}

export interface EditHistory {
  past: DraftDoc[];
  present: DraftDoc;
  future: DraftDoc[];
  group: OpenGroup | null;
}

export const HISTORY_LIMIT = 300;

export interface TextChange {
  start: number;
  removed: string;
  inserted: string;
}

export function diffText(before: string, after: string): TextChange {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore -= 1;
    endAfter -= 1;
  }
  return { start, removed: before.slice(start, endBefore), inserted: after.slice(start, endAfter) };
}

/** Where an edit happened, as the editor reports it: [from, toBefore) in the old text became [from, toAfter). */
export interface ChangedRange {
  from: number;
  toBefore: number;
  toAfter: number;
}

/**
 * `diffText`'s very answer, found from the range the editor says changed: the text outside it is the
 * same in both, so the scans start at its ends instead of the ends of the whole text (a keystroke in a
 * long message compares a few characters, not all of them).
 */
export function diffTextNear(before: string, after: string, range: ChangedRange): TextChange {
  let start = range.from;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  // The whole-text scan from the end walks through the unchanged tail down to the range, or to `start`.
  const lift = Math.max(0, start - Math.min(range.toBefore, range.toAfter));
  let endBefore = range.toBefore + lift;
  let endAfter = range.toAfter + lift;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore -= 1;
    endAfter -= 1;
  }
  return { start, removed: before.slice(start, endBefore), inserted: after.slice(start, endAfter) };
}

export function changedField(before: DraftDoc, after: DraftDoc): DocField | null {
  return DOC_FIELDS.find((field) => before[field] !== after[field]) ?? null;
}

const SPACE = /\s/;

interface Keystroke {
  kind: GroupKind;
  caret: number;
  word: boolean;
}

function classify(change: TextChange): Keystroke | null {
  if (change.removed === '' && change.inserted.length === 1) {
    const word = !SPACE.test(change.inserted);
    return { kind: word ? 'word' : 'space', caret: change.start + 1, word };
  }
  if (change.inserted === '' && change.removed.length === 1) {
    return { kind: 'delete', caret: change.start, word: !SPACE.test(change.removed) };
  }
  return null;
}

/** A word char typed after the spaces that followed a word starts the next group, and so on for deleting. */
function continues(group: OpenGroup, field: DocField, next: Keystroke, change: TextChange): boolean {
  if (group.field !== field) return false;
  if ((next.kind === 'delete') !== (group.kind === 'delete')) return false;
  const adjacent =
    next.kind === 'delete'
      ? change.start === group.caret || change.start + 1 === group.caret
      : change.start === group.caret;
  if (!adjacent) return false;
  if (next.kind === 'delete') return !(group.sawWord && !next.word);
  return !(next.word && group.kind === 'space' && group.sawWord);
}

export function startHistory(doc: DraftDoc): EditHistory {
  return { past: [], present: doc, future: [], group: null };
}

/** `range`, when given, is where the changed field changed (the message box reports it). */
export function recordEdit(
  history: EditHistory,
  next: DraftDoc,
  source: EditSource,
  range?: ChangedRange,
): EditHistory {
  const field = changedField(history.present, next);
  if (field === null) return history;
  const change = range
    ? diffTextNear(history.present[field], next[field], range)
    : diffText(history.present[field], next[field]);
  const keystroke = source === 'typing' ? classify(change) : null;
  const group = history.group;
  if (keystroke && group && continues(group, field, keystroke, change)) {
    const sawWord = group.sawWord || keystroke.word;
    return {
      ...history,
      present: next,
      future: [],
      group: { field, kind: keystroke.kind, caret: keystroke.caret, sawWord },
    };
  }
  return {
    past: [...history.past, history.present].slice(-HISTORY_LIMIT),
    present: next,
    future: [],
    group: keystroke ? { field, kind: keystroke.kind, caret: keystroke.caret, sawWord: keystroke.word } : null,
  };
}

export interface Caret {
  field: DocField;
  position: number;
}

/** Where the caret belongs after jumping from one state to another: at the end of what changed. */
export function caretBetween(from: DraftDoc, to: DraftDoc): Caret | null {
  const field = changedField(from, to);
  if (field === null) return null;
  const change = diffText(from[field], to[field]);
  return { field, position: change.start + change.inserted.length };
}

export function undoEdit(history: EditHistory): EditHistory | null {
  const previous = history.past.at(-1);
  if (previous === undefined) return null;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    group: null,
  };
}

export function redoEdit(history: EditHistory): EditHistory | null {
  const next = history.future[0];
  if (next === undefined) return null;
  return { past: [...history.past, history.present], present: next, future: history.future.slice(1), group: null };
}
