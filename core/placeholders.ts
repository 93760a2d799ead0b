import type { Contact } from './contacts';
import type { Settings } from './settings';

/**
 * Template placeholders such as {{contact.firstName}}. Filling replaces only those with a value; the
 * rest stay in the text, where the editor highlights and lists them until the person fills them in.
 */
export const PLACEHOLDERS = {
  'contact.firstName': 'their first name',
  'contact.name': 'their full name',
  'contact.jobTitle': 'their job title',
  company: 'the company',
  position: 'the position you applied for',
  'interview.date': 'the interview date',
  'interview.highlight': 'one thing from the interview to thank them for',
  'me.name': 'your name',
  'me.phone': 'your phone number',
  'me.email': 'your email',
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

const PATTERN = /\{\{\s*([a-zA-Z][a-zA-Z0-9]*(?:\.[a-zA-Z][a-zA-Z0-9]*)?)\s*\}\}/g;

export interface PlaceholderMatch {
  name: string;
  start: number;
  end: number;
  text: string;
}

export function findPlaceholders(text: string): PlaceholderMatch[] {
  const found: PlaceholderMatch[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const start = match.index ?? 0;
    found.push({ name: match[1]!, start, end: start + match[0].length, text: match[0] });
  }
  return found;
}

export function describePlaceholder(name: string): string {
  return (PLACEHOLDERS as Record<string, string>)[name] ?? name;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function spokenDate(iso: string | null): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return '';
  return `${MONTHS[month - 1]} ${day}`;
}

export function placeholderValues(
  contact: Pick<Contact, 'name' | 'jobTitle' | 'company' | 'position' | 'interviewDate' | 'highlight'> | null,
  profile: Pick<Settings, 'myName' | 'myPhone' | 'myEmail'>,
): Partial<Record<PlaceholderName, string>> {
  return {
    'contact.firstName': contact?.name.trim().split(/\s+/)[0] ?? '',
    'contact.name': contact?.name ?? '',
    'contact.jobTitle': contact?.jobTitle ?? '',
    company: contact?.company ?? '',
    position: contact?.position ?? '',
    'interview.date': spokenDate(contact?.interviewDate ?? null),
    'interview.highlight': contact?.highlight ?? '',
    'me.name': profile.myName,
    'me.phone': profile.myPhone,
    'me.email': profile.myEmail,
  };
}

export function fillPlaceholders(text: string, values: Partial<Record<string, string>>): string {
  return text.replace(PATTERN, (whole, name: string) => {
    const value = values[name];
    return value && value.trim() !== '' ? value : whole;
  });
}
