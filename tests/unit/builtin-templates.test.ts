/**
 * The built-in templates are the first words most people send, so their shape is tested like code: they
 * load cleanly, use only known placeholders, carry the three parts of the roadmap and fit their channel's
 * length when filled with typical details. Originality against the seed article is checked by hand when
 * the wording changes, because the article is not part of the repository.
 */
import { describe, expect, it } from 'vitest';
import { CHANNEL_TARGETS, DRAFT_CHANNELS, type LengthTarget } from '../../core/drafts';
import { PLACEHOLDERS, fillPlaceholders, findPlaceholders, placeholderValues } from '../../core/placeholders';
import type { MessageTemplate } from '../../core/templates';
import { findAppRoot } from '../../main/paths';
import { loadTemplateLibrary, templatesDir } from '../../main/templates-loader';

const WORDS_PER_MINUTE = 150;

const REQUIRED_IDS = [
  'call-script',
  'voicemail',
  'thank-you-email',
  'check-in-email',
  'quarterly-note',
  'linkedin-note',
  'handwritten-card',
  'feedback-reply',
];

/** Typical lengths: first name 6 characters, company 12, position about 20, highlight about 50, my name 12, phone 14. */
const TYPICAL = placeholderValues(
  {
    name: 'Morgan Ellis',
    jobTitle: 'Head of Analytics',
    company: 'Northwind Co',
    position: 'Senior Data Analyst',
    interviewDate: '2025-03-14',
    highlight: 'walking me through how your team plans each release',
  },
  { myName: 'Jordan Blake', myPhone: '(555) 014-2368', myEmail: 'jordan.blake@example.com' },
);

const library = loadTemplateLibrary(templatesDir(findAppRoot()));
const templates = library.templates;
const cases = templates.map((template) => [template.id, template] as const);

function wordsIn(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function measure(text: string, unit: LengthTarget['unit']): number {
  if (unit === 'characters') return text.length;
  const words = wordsIn(text);
  return unit === 'words' ? words : (words / WORDS_PER_MINUTE) * 60;
}

function fill(text: string): string {
  return fillPlaceholders(text, TYPICAL);
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/** The lines a caller says aloud: no section headings (lines in capitals) and no [cues]. */
function spokenPart(script: string, from: string, to: string): string {
  const start = script.indexOf(from);
  const end = script.indexOf(to);
  return script
    .slice(start, end)
    .split('\n')
    .filter((line) => !/^[A-Z][A-Z ]+$/.test(line.trim()))
    .join('\n')
    .replace(/\[[^\]]*\]/g, ' ');
}

function byId(id: string): MessageTemplate {
  const template = templates.find((candidate) => candidate.id === `builtin:${id}`);
  if (!template) throw new Error(`No built-in template ${id}`);
  return template;
}

describe('the built-in templates folder', () => {
  it('loads with no problems', () => {
    expect(library.problems).toStrictEqual([]);
    expect(templates.length).toBeGreaterThanOrEqual(8);
  });

  it('has the required templates and at least one for every channel', () => {
    const ids = templates.map((template) => template.id);
    for (const id of REQUIRED_IDS) expect(ids).toContain(`builtin:${id}`);
    for (const channel of DRAFT_CHANNELS) {
      expect(templates.some((template) => template.channel === channel)).toBe(true);
    }
    expect(byId('call-script').channel).toBe('call');
    expect(byId('voicemail').channel).toBe('voicemail');
    expect(byId('linkedin-note').channel).toBe('linkedin');
    expect(byId('handwritten-card').channel).toBe('letter');
    for (const id of ['thank-you-email', 'check-in-email', 'quarterly-note', 'feedback-reply']) {
      expect(byId(id).channel).toBe('email');
    }
  });
});

describe.each(cases)('%s', (_id, template) => {
  const body = fill(template.body);

  it('says when to use it', () => {
    expect(template.title).not.toBe('');
    expect(template.purpose).toMatch(/^Use .+\.$/);
  });

  it('uses only known placeholders, greets them by first name and signs with my name', () => {
    const names = findPlaceholders(`${template.subject}\n${template.body}`).map((found) => found.name);
    for (const name of names) expect(Object.keys(PLACEHOLDERS)).toContain(name);
    expect(names).toContain('contact.firstName');
    expect(names).toContain('me.name');
    expect(names.some((name) => ['company', 'position', 'interview.highlight'].includes(name))).toBe(true);
    expect(findPlaceholders(body)).toStrictEqual([]);
  });

  it("fits its channel's target when filled with typical details", () => {
    const channelTarget = CHANNEL_TARGETS[template.channel];
    const value = measure(body, channelTarget.unit);
    expect(value).toBeGreaterThanOrEqual(channelTarget.min);
    expect(value).toBeLessThanOrEqual(channelTarget.max);
    const ownValue = measure(body, template.target.unit);
    expect(ownValue).toBeGreaterThanOrEqual(template.target.min);
    expect(ownValue).toBeLessThanOrEqual(template.target.max);
  });

  it('has a 3 or 4 word subject if it is an email, and none otherwise', () => {
    if (template.channel !== 'email') {
      expect(template.subject).toBe('');
      return;
    }
    expect(wordsIn(template.subject)).toBeGreaterThanOrEqual(3);
    expect(wordsIn(template.subject)).toBeLessThanOrEqual(4);
    expect(wordsIn(fill(template.subject))).toBeGreaterThanOrEqual(3);
    expect(wordsIn(fill(template.subject))).toBeLessThanOrEqual(4);
  });

  it('thanks them, says I still want to work there, and asks to stay in touch', () => {
    expect(body).toMatch(/\bthank|\bgrateful/i);
    expect(body).toMatch(/\bstill\b[^.?!]*\b(work|join)\b|\bstill keen\b/i);
    expect(body).toMatch(/\bradar\b|\bin touch\b/i);
  });

  it('stays warm: no pleading, apologising, hedging or asking them to change the decision', () => {
    expect(body).not.toMatch(
      /reconsider|change your mind|second chance|sorry|apologi|\bbeg\b|please|\bmaybe\b|\bi think\b|\bi guess\b|unfair|disappoint/i,
    );
  });
});

describe('channel specifics', () => {
  it('the call script has every section, and its spoken opening runs 30 to 45 seconds', () => {
    const script = fill(byId('call-script').body);
    const sections = [
      'OPENER',
      'THANKS',
      'STILL INTERESTED',
      'STAYING ON YOUR RADAR',
      'GRACEFUL CLOSE',
      'IF IT GOES TO VOICEMAIL',
    ];
    const lines = script.split('\n');
    const positions = sections.map((section) => lines.indexOf(section));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toStrictEqual(positions);
    const seconds = measure(spokenPart(script, 'OPENER', 'GRACEFUL CLOSE'), 'seconds');
    expect(seconds).toBeGreaterThanOrEqual(30);
    expect(seconds).toBeLessThanOrEqual(45);
    const fallback = byId('call-script').body.slice(byId('call-script').body.indexOf('IF IT GOES TO VOICEMAIL'));
    expect(count(fallback, '{{me.phone}}')).toBe(2);
  });

  it('the voicemail says my name and number twice, slowly', () => {
    const voicemail = byId('voicemail').body;
    expect(count(voicemail, '{{me.phone}}')).toBe(2);
    expect(count(voicemail, '{{me.name}}')).toBe(2);
    expect(count(voicemail, '[slowly]')).toBeGreaterThanOrEqual(2);
  });

  it('the LinkedIn note fits in 300 characters filled and 240 raw', () => {
    const note = byId('linkedin-note');
    expect(note.body.length).toBeLessThanOrEqual(240);
    expect(fill(note.body).length).toBeLessThanOrEqual(300);
  });
});
