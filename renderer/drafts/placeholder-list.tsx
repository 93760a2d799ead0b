import { memo } from 'react';
import { describePlaceholder, findPlaceholders, type PlaceholderMatch } from '../../core/placeholders';
import type { DocField } from './edit-history';
import { sameJson, useEditorSelector, type EditorStore } from './editor-store';

interface PlaceholderListProps {
  id: string;
  store: EditorStore;
  /** The subject is the email's only: other channels have none to fill. */
  email: boolean;
  onSelect: (field: DocField, start: number, end: number) => void;
}

interface Unfilled {
  name: string;
  field: DocField;
  match: PlaceholderMatch;
  count: number;
}

/** One entry per placeholder name, pointing at its first place (subject before body). */
export function listUnfilled(subject: string | null, body: string): Unfilled[] {
  const byName = new Map<string, Unfilled>();
  const found: [DocField, PlaceholderMatch][] = [
    ...findPlaceholders(subject ?? '').map((match): [DocField, PlaceholderMatch] => ['subject', match]),
    ...findPlaceholders(body).map((match): [DocField, PlaceholderMatch] => ['body', match]),
  ];
  for (const [field, match] of found) {
    const known = byName.get(match.name);
    if (known) known.count += 1;
    else byName.set(match.name, { name: match.name, field, match, count: 1 });
  }
  return [...byName.values()];
}

/** Renders when the placeholders or their places change, not on every key (nor on each report). */
export const PlaceholderList = memo(function PlaceholderList({ id, store, email, onSelect }: PlaceholderListProps) {
  const unfilled = useEditorSelector(
    store,
    (history) => listUnfilled(email ? history.present.subject : null, history.present.body),
    sameJson,
  );
  if (unfilled.length === 0) return null;
  return (
    <div id={id} className="placeholder-list">
      <span className="placeholder-list-label">Still to fill:</span>
      <ul className="placeholder-chips">
        {unfilled.map((item) => (
          <li key={item.name}>
            <button
              type="button"
              className="placeholder-chip"
              title={`Select ${item.match.text} in the ${item.field === 'subject' ? 'subject' : 'message'}`}
              onClick={() => onSelect(item.field, item.match.start, item.match.end)}
            >
              {describePlaceholder(item.name)}
              {item.count > 1 ? <span className="placeholder-count"> ×{item.count}</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
});
