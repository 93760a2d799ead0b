import { useDeferredValue, useMemo } from 'react';
import { analyzeDraft } from '../../core/coach/analyze';
import type { CoachInput, CoachReport } from '../../core/coach/types';

export interface CoachResult {
  report: CoachReport;
  /** The body the report was made from; highlights apply only while it matches the text on screen. */
  body: string;
}

/**
 * The coach runs on every change, but at a lower priority than typing: React renders the new text
 * first and the report (and its highlights) a moment later if the draft is long.
 */
export function useCoachReport(input: CoachInput): CoachResult {
  const deferred = useDeferredValue(input);
  const report = useMemo(() => analyzeDraft(deferred), [deferred]);
  return { report, body: deferred.body };
}
