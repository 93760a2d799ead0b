import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { DraftDoc } from './edit-history';
import type { DraftEditor } from './use-draft-editor';
import type { CoachInput } from '../../core/coach/types';
import { runCoach, type CoachRequest, type CoachResult } from './coach-run';
import type { CoachResponse } from './coach-worker';

export type { CoachResult } from './coach-run';

const WORKERS = typeof Worker !== 'undefined';

/** The coach's thread: one request at a time, and only the newest text waits its turn. */
class CoachThread {
  private readonly worker = new Worker(new URL('./coach-worker.ts', import.meta.url), {
    type: 'module',
    name: 'someday-coach',
  });
  private busy = false;
  private next: CoachRequest | null = null;
  private id = 0;

  constructor(onResult: (result: CoachResult) => void) {
    this.worker.onmessage = (event: MessageEvent<CoachResponse>) => {
      this.busy = false;
      if ('result' in event.data) onResult(event.data.result);
      else console.warn(`The coach could not read this text: ${event.data.error}`);
      this.send();
    };
  }

  ask(input: CoachInput, myName: string): void {
    this.id += 1;
    this.next = { id: this.id, input, myName };
    this.send();
  }

  stop(): void {
    this.worker.terminate();
  }

  private send(): void {
    if (this.busy || !this.next) return;
    this.busy = true;
    this.worker.postMessage(this.next);
    this.next = null;
  }
}

/**
 * The coach's report (and its checked suggestions) for the editor's text. In a browser the first
 * report is made here, so the screen opens with it; after that the coach runs on its own thread
 * (coach-worker.ts) on the newest text, asked straight from the editor's store on each change (a
 * keystroke renders nothing for it), and the marks follow a moment later, carried across the edits
 * in between (coach-highlights.ts). Where there are no workers (jsdom), it runs here at a lower
 * priority than typing (a deferred value).
 */
export function useCoachReport(
  editor: DraftEditor,
  inputFor: (doc: DraftDoc) => CoachInput,
  myName: string,
): CoachResult {
  const [threaded, setThreaded] = useState<CoachResult | null>(() =>
    WORKERS ? runCoach(inputFor(editor.current()), myName) : null,
  );
  const [localInput, setLocalInput] = useState<CoachInput | null>(() => (WORKERS ? null : inputFor(editor.current())));
  const thread = useRef<CoachThread | null>(null);
  const deferred = useDeferredValue(localInput);
  const local = useMemo(() => (deferred ? runCoach(deferred, myName) : null), [deferred, myName]);

  useEffect(() => {
    if (!WORKERS) return;
    const started = new CoachThread(setThreaded);
    thread.current = started;
    return () => {
      started.stop();
      thread.current = null;
    };
  }, []);

  useEffect(() => {
    let asked: DraftDoc | null = null;
    let frame = 0;
    let timer = 0;
    const send = () => {
      frame = 0;
      timer = 0;
      const doc = editor.current();
      if (asked && asked.subject === doc.subject && asked.body === doc.body) return;
      asked = doc;
      if (thread.current) thread.current.ask(inputFor(doc), myName);
      else if (!WORKERS) setLocalInput(inputFor(doc));
    };
    // With a thread, the text goes to it just after the keystroke's frame is drawn (copying it into
    // the message takes about a millisecond), and keys typed before then go as one.
    const ask = () => {
      if (!thread.current) send();
      else if (frame === 0 && timer === 0) frame = requestAnimationFrame(() => (timer = window.setTimeout(send, 0)));
    };
    send();
    const stop = editor.store.subscribe(ask);
    return () => {
      stop();
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [editor, inputFor, myName]);

  return local ?? threaded!;
}
