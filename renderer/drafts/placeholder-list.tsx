import { describePlaceholder, findPlaceholders, type PlaceholderMatch } from '../../core/placeholders';
import type { DocField } from './edit-history';

interface PlaceholderListProps {
  id: string;
  subject: string | null;
  body: string;
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

export function PlaceholderList({ id, subject, body, onSelect }: PlaceholderListProps) {
  const unfilled = listUnfilled(subject, body);
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
}
