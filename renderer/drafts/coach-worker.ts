/**
 * The coach's own thread in the editor: a 2,000-word draft takes the coach tens of milliseconds on a
 * busy machine, which on the window's thread would delay the next keystroke's frame. In: the newest
 * text (CoachRequest); out: { id, result }, or { id, error } if the coach failed.
 */
import { runCoach, type CoachRequest, type CoachResult } from './coach-run';

export type CoachResponse = { id: number; result: CoachResult } | { id: number; error: string };

/** The worker's own scope (the window's DOM types describe `self` as a window). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CoachRequest>) => void) | null;
  postMessage: (message: CoachResponse) => void;
};

scope.onmessage = (event) => {
  const { id, input, myName } = event.data;
  try {
    scope.postMessage({ id, result: runCoach(input, myName) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
