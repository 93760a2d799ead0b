/**
 * Turns what a person types into a safe FTS5 query: every word becomes a quoted prefix term, so
 * FTS5 operators, quotes and column filters typed by the user are matched as plain text.
 */
export function toFtsQuery(search: string): string | null {
  const words = search.match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words
    .slice(0, 16)
    .map((word) => `"${word}"*`)
    .join(' ');
}
