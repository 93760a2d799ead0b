import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Draft, DraftRevision } from '../../core/drafts';
import { ApiCallError, call } from '../api';
import { useLeaveGuard } from '../shell/navigation';
import { describeError } from '../ui/error-message';
import { isDialogOpen, isMacLike } from '../ui/shortcut';
import { DraftAutosave, type SaveFailure, type SaveState } from './autosave';
import type { SelectableField, TextSource } from './body-field';
import {
  caretBetween,
  recordEdit,
  redoEdit,
  startHistory,
  undoEdit,
  type Caret,
  type ChangedRange,
  type DocField,
  type DraftDoc,
  type EditHistory,
} from './edit-history';
import { EditorStore } from './editor-store';

/** Leaving the editor waits this long at most for the last save before moving on. */
const LEAVE_WAIT_MS = 3_000;
/** The Edit menu's Undo can arrive as both a keydown and a beforeinput; the second is ignored. */
const DUPLICATE_COMMAND_MS = 80;

/**
 * The editor's text, history and commands. The object is made once per draft and never changes, so
 * the parts of the screen that take it are not redrawn by typing: they read the text through
 * `store` (see editor-store.ts), or through `current()` at the moment they need it (a click).
 */
export interface DraftEditor {
  store: EditorStore;
  /** The text now (for a command or a click; to show it, select it from the store). */
  current: () => DraftDoc;
  /** The message text, for the message box: what it is now, and a call on every change. */
  body: TextSource;
  titleRef: RefObject<HTMLInputElement | null>;
  subjectRef: RefObject<HTMLInputElement | null>;
  bodyRef: RefObject<SelectableField | null>;
  /** Typing; `range` is where the text changed, when the field knows it. */
  edit: (field: DocField, value: string, range?: ChangedRange) => void;
  /** A change made for the person (a coach suggestion): one step of its own, which Undo takes back. */
  replace: (field: DocField, value: string) => void;
  undo: () => void;
  redo: () => void;
  select: (field: DocField, start: number, end: number) => void;
  saveNow: () => void;
  abandon: () => void;
  restore: (revision: DraftRevision) => Promise<void>;
}

export interface DraftEditorState {
  editor: DraftEditor;
  saveState: SaveState;
  /** Goes up after every confirmed save, so the revision list knows to look again. */
  saveCount: number;
}

function toDoc(draft: Draft): DraftDoc {
  return { title: draft.title, subject: draft.subject, body: draft.body };
}

function describeSaveFailure(error: unknown): SaveFailure {
  const permanent = error instanceof ApiCallError && (error.code === 'invalid-input' || error.code === 'not-found');
  return { message: describeError(error), retry: !permanent };
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, ms));
}

function historyCommand(event: KeyboardEvent): 'undo' | 'redo' | null {
  const command = isMacLike() ? event.metaKey : event.ctrlKey;
  if (!command || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey && !isMacLike()) return 'redo';
  return null;
}

export function useDraftEditor(draft: Draft): DraftEditorState {
  const [store] = useState(() => new EditorStore(startHistory(toDoc(draft))));
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const [saveCount, setSaveCount] = useState(0);
  // Goes up on each command (undo, redo, a suggestion, a restore), never on typing: after the
  // render it causes, the caret goes where the command left it.
  const [commands, setCommands] = useState(0);
  const caretRef = useRef<Caret | null>(null);
  const lastCommandRef = useRef(0);
  const titleRef = useRef<HTMLInputElement>(null);
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<SelectableField>(null);
  const [autosave] = useState(
    () =>
      new DraftAutosave({
        initial: store.get().present,
        send: (doc, options) =>
          call(
            'drafts:save',
            { id: draft.id, ...doc, checkpoint: options.checkpoint },
            { keepalive: options.keepalive },
          ),
        describeFailure: describeSaveFailure,
        onState: setSaveState,
        onSaved: () => setSaveCount((count) => count + 1),
      }),
  );

  const [editor] = useState<DraftEditor>(() => {
    function commit(next: EditHistory, caret: Caret | null) {
      store.set(next);
      autosave.change(next.present);
      if (caret) {
        caretRef.current = caret;
        setCommands((count) => count + 1);
      }
    }

    function edit(field: DocField, value: string, range?: ChangedRange) {
      const current = store.get();
      if (current.present[field] === value) return;
      commit(recordEdit(current, { ...current.present, [field]: value }, 'typing', range), null);
    }

    function replace(field: DocField, value: string) {
      const current = store.get();
      if (current.present[field] === value) return;
      const next = recordEdit(current, { ...current.present, [field]: value }, 'command');
      commit(next, caretBetween(current.present, next.present));
    }

    function step(direction: 'undo' | 'redo') {
      lastCommandRef.current = Date.now();
      const current = store.get();
      const next = direction === 'undo' ? undoEdit(current) : redoEdit(current);
      if (next) commit(next, caretBetween(current.present, next.present));
    }

    function select(field: DocField, start: number, end: number) {
      const element = { title: titleRef, subject: subjectRef, body: bodyRef }[field].current;
      if (!element) return;
      element.focus();
      element.setSelectionRange(start, end);
    }

    async function restore(revision: DraftRevision) {
      await autosave.flush({ checkpoint: true });
      const restored = await call('drafts:restore-revision', { draftId: draft.id, revisionId: revision.id });
      const current = store.get();
      const doc = { ...current.present, subject: restored.subject, body: restored.body };
      store.set(recordEdit(current, doc, 'command'));
      autosave.acceptSaved(doc);
      setSaveCount((count) => count + 1);
    }

    return {
      store,
      current: () => store.get().present,
      body: { get: () => store.get().present.body, subscribe: store.subscribe },
      titleRef,
      subjectRef,
      bodyRef,
      edit,
      replace,
      undo: () => step('undo'),
      redo: () => step('redo'),
      select,
      saveNow: () => void autosave.flush({ checkpoint: true }),
      abandon: () => autosave.abandon(),
      restore,
    };
  });

  useLayoutEffect(() => {
    const caret = caretRef.current;
    if (!caret) return;
    caretRef.current = null;
    const element = { title: titleRef, subject: subjectRef, body: bodyRef }[caret.field].current;
    element?.focus();
    element?.setSelectionRange(caret.position, caret.position);
  }, [commands]);

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const command = historyCommand(event);
    if (!command || isDialogOpen()) return;
    event.preventDefault();
    if (command === 'undo') editor.undo();
    else editor.redo();
  });

  const onBeforeInput = useEffectEvent((event: InputEvent) => {
    if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return;
    event.preventDefault();
    if (Date.now() - lastCommandRef.current < DUPLICATE_COMMAND_MS) return;
    if (event.inputType === 'historyUndo') editor.undo();
    else editor.redo();
  });

  useEffect(() => {
    const keydown = (event: KeyboardEvent) => onKeyDown(event);
    const beforeinput = (event: InputEvent) => onBeforeInput(event);
    const hidden = () => {
      if (document.visibilityState === 'hidden') void autosave.flush({ checkpoint: true });
    };
    const leaving = () => void autosave.flush({ checkpoint: true, keepalive: true });
    autosave.start();
    document.addEventListener('keydown', keydown);
    document.addEventListener('beforeinput', beforeinput, true);
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', leaving);
    window.addEventListener('beforeunload', leaving);
    return () => {
      document.removeEventListener('keydown', keydown);
      document.removeEventListener('beforeinput', beforeinput, true);
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', leaving);
      window.removeEventListener('beforeunload', leaving);
      void autosave.flush({ checkpoint: true });
      autosave.stop();
    };
  }, [autosave]);

  useLeaveGuard(() => Promise.race([autosave.flush({ checkpoint: true }), wait(LEAVE_WAIT_MS)]).then(() => true));

  return { editor, saveState, saveCount };
}
