import { ROADMAP_PARTS, type TextSpan } from '../../core/coach/types';
import { findPlaceholders } from '../../core/placeholders';
import { diffText } from './edit-history';
import type { Highlight } from './highlight-segments';
import type { CoachResult } from './use-coach-report';

/**
 * The report may be a keystroke behind the text (it is deferred). Its spans are carried across the
 * edit: those before it stay, those after it move with it, and one the edit touched waits for the
 * next report. The marks then never blink off and on while the person types.
 */
function carrySpans(spans: Highlight[], from: string, to: string): Highlight[] {
  if (from === to) return spans;
  const change = diffText(from, to);
  const editEnd = change.start + change.removed.length;
  const shift = change.inserted.length - change.removed.length;
  return spans.flatMap((span) => {
    if (span.end <= change.start) return [span];
    if (span.start >= editEnd) return [{ ...span, start: span.start + shift, end: span.end + shift }];
    return [];
  });
}

export function findHighlights(
  body: string,
  coach: Pick<CoachResult, 'report' | 'body'>,
  active: TextSpan | null,
): Highlight[] {
  const fromCoach: Highlight[] = [];
  for (const part of ROADMAP_PARTS) {
    const evidence = coach.report.parts[part].evidence;
    if (coach.report.parts[part].found && evidence) fromCoach.push({ ...evidence, kind: 'part' });
  }
  for (const flag of coach.report.toneFlags) fromCoach.push({ start: flag.start, end: flag.end, kind: 'tone' });
  if (active) fromCoach.push({ start: active.start, end: active.end, kind: 'active' });
  const placeholders: Highlight[] = findPlaceholders(body).map((match) => ({ ...match, kind: 'placeholder' }));
  return [...carrySpans(fromCoach, coach.body, body), ...placeholders];
}

/** Where a finding's text is in the body now; the report may be a keystroke behind. */
export function locate(span: TextSpan, reportBody: string, body: string): TextSpan | null {
  const [carried] = carrySpans([{ start: span.start, end: span.end, kind: 'active' }], reportBody, body);
  return carried ? { start: carried.start, end: carried.end, text: body.slice(carried.start, carried.end) } : null;
}
