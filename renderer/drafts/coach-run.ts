import { analyzeDraft } from '../../core/coach/analyze';
import { suggestFixes, type CoachSuggestion } from '../../core/coach/suggest';
import type { CoachInput, CoachReport } from '../../core/coach/types';

export interface CoachResult {
  report: CoachReport;
  /** The body the report was made from; highlights apply only while it matches the text on screen. */
  body: string;
  /** Checked suggestions for this report (see core/coach/suggest.ts). */
  suggestions: CoachSuggestion[];
}

export interface CoachRequest {
  id: number;
  input: CoachInput;
  myName: string;
}

/** One full coach pass: the report, and the suggestions checked against it. */
export function runCoach(input: CoachInput, myName: string): CoachResult {
  const report = analyzeDraft(input);
  const suggestions = suggestFixes(input, report, { contact: input.contact, myName });
  return { report, body: input.body, suggestions };
}
