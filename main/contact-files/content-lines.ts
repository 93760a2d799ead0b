/**
 * Writing vCard 4.0 (RFC 6350) and iCalendar (RFC 5545) content lines: text values escaped
 * (backslash, comma, semicolon, line breaks), structured values (N, ORG, ADR) escaped part by part
 * and joined with unescaped semicolons, and every line folded so that no line is longer than 75
 * octets of UTF-8 (a continuation line's leading space counts), cut between characters, never
 * inside one. ical.js folds continuation lines to 76 octets and does not escape ORG's parts, so
 * both exports are written here.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

export function structured(parts: readonly string[]): string {
  return parts.map(escapeText).join(';');
}

/** Octets of one character (a code point) in UTF-8. */
function utf8Length(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

export function foldLine(line: string): string {
  // Most lines of a card are short: at most 75 UTF-16 units is at most 75 octets when all are ASCII.
  if (line.length <= 75 && !/[^ -~\t]/.test(line)) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = utf8Length(char);
    if (size + bytes > 75) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += bytes;
  }
  out.push(current);
  return out.join('\r\n');
}

/** Lines joined with CRLF, each folded, ending with CRLF. */
export function contentLines(lines: readonly string[]): string {
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
