import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
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
 * The coach's report (and its checked suggestions) for the text on screen. In a browser the first
 * report is made here, so the screen opens with it; after that the coach runs on its own thread
 * (coach-worker.ts) on the newest text, so a keystroke never waits for it, and the marks follow a
 * moment later, carried across the edits in between (coach-highlights.ts). Where there are no
 * workers (jsdom), it runs here at a lower priority than typing (a deferred value).
 */
export function useCoachReport(input: CoachInput, myName: string): CoachResult {
  const [threaded, setThreaded] = useState<CoachResult | null>(() => (WORKERS ? runCoach(input, myName) : null));
  const thread = useRef<CoachThread | null>(null);
  const deferred = useDeferredValue(input);
  const local = useMemo(() => (WORKERS ? null : runCoach(deferred, myName)), [deferred, myName]);

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
    thread.current?.ask(input, myName);
  }, [input, myName]);

  return local ?? threaded!;
}
