/** Kinds of highlight drawn behind the message text, from calmest to strongest. */
export type HighlightKind = 'part' | 'tone' | 'placeholder' | 'active';

export interface Highlight {
  start: number;
  end: number;
  kind: HighlightKind;
}

export interface Segment {
  start: number;
  text: string;
  kinds: HighlightKind[];
}

const ORDER: readonly HighlightKind[] = ['part', 'tone', 'placeholder', 'active'];

/**
 * Cuts the text at every highlight edge, so overlapping highlights combine on the pieces they share.
 * One sweep over the sorted edges, counting how many highlights of each kind are open.
 */
export function segmentText(text: string, highlights: readonly Highlight[]): Segment[] {
  const changes = new Map<number, Partial<Record<HighlightKind, number>>>();
  const note = (at: number, kind: HighlightKind, delta: number) => {
    const entry = changes.get(at) ?? {};
    entry[kind] = (entry[kind] ?? 0) + delta;
    changes.set(at, entry);
  };
  for (const highlight of highlights) {
    if (highlight.start < 0 || highlight.end > text.length || highlight.start >= highlight.end) continue;
    note(highlight.start, highlight.kind, 1);
    note(highlight.end, highlight.kind, -1);
  }
  const points = [...new Set([0, text.length, ...changes.keys()])].sort((a, b) => a - b);
  const open: Record<HighlightKind, number> = { part: 0, tone: 0, placeholder: 0, active: 0 };
  const segments: Segment[] = [];
  for (let index = 0; index < points.length - 1; index += 1) {
    const start = points[index]!;
    const end = points[index + 1]!;
    for (const [kind, delta] of Object.entries(changes.get(start) ?? {})) open[kind as HighlightKind] += delta;
    segments.push({ start, text: text.slice(start, end), kinds: ORDER.filter((kind) => open[kind] > 0) });
  }
  return segments.length > 0 ? segments : [{ start: 0, text, kinds: [] }];
}
