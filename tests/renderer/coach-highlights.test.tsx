import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../core/coach/analyze';
import { findHighlights, locate } from '../../renderer/drafts/coach-highlights';

const BEFORE = 'Thank you for the call. Hi {{contact.firstName}}. I would still love to work at Northwind Labs.';

function report(body: string) {
  return analyzeDraft({ channel: 'letter', subject: '', body, contact: null, wordsPerMinute: 150 });
}

function marked(body: string, highlights: ReturnType<typeof findHighlights>, kind: string): string[] {
  return highlights
    .filter((highlight) => highlight.kind === kind)
    .sort((a, b) => a.start - b.start)
    .map((highlight) => body.slice(highlight.start, highlight.end));
}

describe('coach highlights while the report is a keystroke behind', () => {
  it('keeps the marks of a stale report on their words when text is typed before them', () => {
    const coach = { report: report(BEFORE), body: BEFORE };
    const after = `Dear all. ${BEFORE}`;
    const highlights = findHighlights(after, coach, null);
    expect(marked(after, highlights, 'part')).toEqual([
      'Thank you for the call.',
      'I would still love to work at Northwind Labs.',
    ]);
    expect(marked(after, highlights, 'placeholder')).toEqual(['{{contact.firstName}}']);
  });

  it('drops a mark the edit went through until the next report, and keeps the others where they were', () => {
    const coach = { report: report(BEFORE), body: BEFORE };
    const after = BEFORE.replace('the call', 'the long call');
    expect(marked(after, findHighlights(after, coach, null), 'part')).toEqual([
      'I would still love to work at Northwind Labs.',
    ]);
    const span = coach.report.parts.sincerity.evidence!;
    expect(locate(span, coach.body, after)?.text).toBe('I would still love to work at Northwind Labs.');
    expect(locate(coach.report.parts.gratitude.evidence!, coach.body, after)).toBeNull();
  });

  it('marks the finding in focus on top of the others', () => {
    const coach = { report: report(BEFORE), body: BEFORE };
    const active = coach.report.parts.gratitude.evidence!;
    const highlights = findHighlights(BEFORE, coach, active);
    expect(marked(BEFORE, highlights, 'active')).toEqual(['Thank you for the call.']);
    expect(marked(BEFORE, highlights, 'part')).toContain('Thank you for the call.');
  });
});
