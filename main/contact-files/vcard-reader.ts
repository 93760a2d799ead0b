/**
 * A reader for vCard 2.1, 3.0 (RFC 2426) and 4.0 (RFC 6350) as phones, mail programs and contact
 * apps write them. ical.js reads 3.0 and 4.0 but refuses 2.1 (bare parameters like `TEL;WORK;VOICE`,
 * quoted-printable soft line breaks) and Apple's `PHOTO;BASE64:`, which is how Android, Outlook and
 * older iPhones export; so this reads every version the same tolerant way:
 *
 * - any line ending (CRLF, LF, CR, and the CR CR LF some iPhone exports have); blank lines ignored;
 * - folding: a line starting with a space or tab continues the previous one (RFC 6350 3.2);
 * - 2.1 quoted-printable: a value ending in `=` continues on the next line, `=XX` are bytes in the
 *   property's CHARSET (UTF-8 when none is given);
 * - groups (`item1.EMAIL`), bare 2.1 parameters (`WORK`, `PREF`, `QUOTED-PRINTABLE`), quoted
 *   parameter values, parameter value lists;
 * - binary properties (ENCODING=b / BASE64) are skipped; an embedded 2.1 AGENT card is skipped;
 * - text escapes (`\n`, `\,`, `\;`, `\\`, and the `\:` some writers add) are undone by `unescapeText`,
 *   and structured values (N, ORG, ADR) are split on unescaped semicolons by `splitStructured`.
 *
 * Names from the file are kept in Maps, never as object keys.
 */
export interface VcardProperty {
  group: string;
  /** Upper case, e.g. "EMAIL", "X-SOMEDAY-STATUS". */
  name: string;
  /** Upper-case parameter names; bare 2.1 parameters are listed under TYPE (or ENCODING). */
  params: Map<string, string[]>;
  /** The value with quoted-printable decoded, escapes still in place. */
  value: string;
}

export interface Vcard {
  /** The card's number in the file, from 1. */
  index: number;
  version: string;
  properties: VcardProperty[];
  /** Names of binary properties that were skipped (PHOTO, LOGO, SOUND, KEY…). */
  skipped: string[];
}

const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** Splits at every `separator` that is outside double quotes. */
function splitOutsideQuotes(text: string, separator: string, limit = Infinity): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === separator && !quoted && parts.length < limit - 1) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function headerOf(line: string): { header: string; value: string } | null {
  const [header, ...rest] = splitOutsideQuotes(line, ':', 2);
  if (rest.length === 0 || header === undefined) return null;
  return { header, value: rest[0] ?? '' };
}

function isQuotedPrintable(header: string): boolean {
  return /(^|;)\s*(ENCODING\s*=\s*)?QUOTED-PRINTABLE\s*(;|$)/i.test(header);
}

/** Physical lines into logical ones: unfolding and quoted-printable soft line breaks. */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let softBreak = false;
  // CR CR LF (some iPhone exports) is one line end, so that a blank line can end a soft break.
  for (const raw of text
    .replace(/^\uFEFF/, '')
    .replace(/\r\r\n/g, '\r\n')
    .split(/\r\n|\r|\n/)) {
    if (raw === '') {
      softBreak = false;
      continue;
    }
    const last = lines.length - 1;
    if (softBreak && last >= 0) {
      lines[last] = lines[last]!.slice(0, -1) + raw;
    } else if ((raw.startsWith(' ') || raw.startsWith('\t')) && last >= 0) {
      lines[last] += raw.slice(1);
    } else {
      lines.push(raw);
    }
    const current = lines[lines.length - 1]!;
    const parts = headerOf(current);
    softBreak = parts !== null && current.endsWith('=') && isQuotedPrintable(parts.header);
  }
  return lines;
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}

function parseParams(parts: string[]): Map<string, string[]> {
  const params = new Map<string, string[]>();
  const add = (key: string, values: string[]) => params.set(key, [...(params.get(key) ?? []), ...values]);
  for (const part of parts) {
    const equals = part.indexOf('=');
    if (equals < 0) {
      const bare = part.trim().toUpperCase();
      if (bare) add(BARE_ENCODINGS.has(bare) ? 'ENCODING' : 'TYPE', [bare]);
      continue;
    }
    const key = part.slice(0, equals).trim().toUpperCase();
    const values = splitOutsideQuotes(part.slice(equals + 1), ',').map((value) => unquote(value.trim()));
    add(key, key === 'TYPE' ? values.flatMap((value) => value.toUpperCase().split(',')) : values);
  }
  return params;
}

function decoderFor(charset: string | undefined): InstanceType<typeof TextDecoder> {
  try {
    return new TextDecoder(charset ?? 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}

/**
 * Quoted-printable to text in the given charset (UTF-8 when none is named or the name is unknown).
 * Bytes that are not valid there become U+FFFD, which the import preview points out.
 */
export function decodeQuotedPrintable(encoded: string, charset: string | undefined): string {
  // A soft line break at the very end (the next line was blank or the card ended) adds nothing.
  const value = encoded.replace(/=$/, '');
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...new TextEncoder().encode(value[i]!));
    }
  }
  return decoderFor(charset).decode(Uint8Array.from(bytes));
}

/** Undoes vCard text escapes: \n and \N are line breaks; \, \; \: \" \\ are the character itself. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\s\S])/g, (_match, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** A structured value (N, ORG, ADR) split on unescaped semicolons, each part unescaped. */
export function splitStructured(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i += 1) {
    const char = value[i]!;
    if (char === '\\' && i + 1 < value.length) {
      current += char + value[i + 1];
      i += 1;
    } else if (char === ';') {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map(unescapeText);
}

const BINARY_ENCODINGS = new Set(['B', 'BASE64']);

/** Every card in the text, in order. Lines outside a card are ignored. */
export function readVcards(text: string): Vcard[] {
  const cards: Vcard[] = [];
  let current: Vcard | null = null;
  let depth = 0;
  for (const line of logicalLines(text)) {
    const parts = headerOf(line);
    if (!parts) continue;
    const [nameWithGroup = '', ...paramParts] = splitOutsideQuotes(parts.header, ';');
    const dot = nameWithGroup.lastIndexOf('.');
    const name = nameWithGroup
      .slice(dot + 1)
      .trim()
      .toUpperCase();
    const group = dot >= 0 ? nameWithGroup.slice(0, dot).trim() : '';
    const value = parts.value;
    if (name === 'BEGIN' && value.trim().toUpperCase() === 'VCARD') {
      depth += 1;
      if (depth === 1) current = { index: cards.length + 1, version: '', properties: [], skipped: [] };
      continue;
    }
    if (name === 'END' && value.trim().toUpperCase() === 'VCARD') {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && current) {
        cards.push(current);
        current = null;
      }
      continue;
    }
    if (!current || depth !== 1) continue;
    if (name === 'VERSION') {
      current.version = value.trim();
      continue;
    }
    const params = parseParams(paramParts);
    const encoding = (params.get('ENCODING') ?? []).map((e) => e.toUpperCase());
    const valueType = (params.get('VALUE') ?? []).map((v) => v.toUpperCase());
    if (encoding.some((e) => BINARY_ENCODINGS.has(e)) || valueType.includes('BINARY') || name === 'AGENT') {
      current.skipped.push(name);
      continue;
    }
    const decoded = encoding.includes('QUOTED-PRINTABLE')
      ? decodeQuotedPrintable(value, params.get('CHARSET')?.[0])
      : value;
    current.properties.push({ group, name, params, value: decoded });
  }
  if (current) cards.push(current);
  return cards;
}

/** The properties of one name, preferred ones first (TYPE=pref, bare PREF, or the lowest PREF=n), then in file order. */
export function preferredFirst(card: Vcard, name: string): VcardProperty[] {
  const rank = (property: VcardProperty): number => {
    const pref = Number(property.params.get('PREF')?.[0]);
    if (Number.isInteger(pref) && pref >= 1 && pref <= 100) return pref;
    return (property.params.get('TYPE') ?? []).includes('PREF') ? 1 : 101;
  };
  return card.properties
    .filter((property) => property.name === name)
    .map((property, order) => ({ property, order, rank: rank(property) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ property }) => property);
}
