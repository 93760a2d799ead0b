import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../core/coach/analyze';
import type { CoachReport, PartFinding, RoadmapPart } from '../../core/coach/types';
import { buildCueCard, CUE_WORD_LIMIT, toCue } from '../../core/cue-card';

const CONTACT = { name: 'Priya Raman', jobTitle: 'Engineering Manager', company: 'Northwind Labs', highlight: '' };

function wordsIn(cue: string): number {
  return cue.replace(/…/g, ' ').split(/\s+/).filter(Boolean).length;
}

function reportWith(parts: Partial<Record<RoadmapPart, string>>): CoachReport {
  const finding = (text: string | undefined): PartFinding =>
    text
      ? { found: true, evidence: { start: 0, end: text.length, text }, advice: '' }
      : { found: false, evidence: null, advice: 'Add it' };
  const report = analyzeDraft({ channel: 'call', subject: '', body: '', contact: null, wordsPerMinute: 150 });
  return {
    ...report,
    parts: {
      gratitude: finding(parts.gratitude),
      sincerity: finding(parts.sincerity),
      connection: finding(parts.connection),
    },
  };
}

describe('toCue', () => {
  it('drops the greeting and filler so the cue starts with what to say', () => {
    expect(toCue('Hi Priya, I just wanted to say thank you for your time today.', 'gratitude')).toBe(
      'Thank you for your time today',
    );
  });

  it('keeps the person’s own short sentence as it is, without the full stop', () => {
    expect(toCue("I'd still love to work at Northwind Labs.", 'sincerity')).toBe(
      "I'd still love to work at Northwind Labs",
    );
  });

  it('takes the clause that carries the part when one sentence covers two parts', () => {
    const shared = "I'd still love to work at Northwind Labs, and I'd like to know how best to stay on your radar.";
    expect(toCue(shared, 'sincerity')).toBe("I'd still love to work at Northwind Labs");
    expect(toCue(shared, 'connection')).toBe('Know how best to stay on your radar');
  });

  it('cuts long sentences to eight words, keeping the end when the point comes late', () => {
    const question = 'Is there anything at all that I could do in the meantime to stay on your radar?';
    const cue = toCue(question, 'connection');
    expect(wordsIn(cue)).toBeLessThanOrEqual(CUE_WORD_LIMIT);
    expect(cue).toMatch(/^….*stay on your radar$/);
    const thanks = toCue('Thank you for getting back to me about the Senior Frontend Engineer role.', 'gratitude');
    expect(thanks).toBe('Thank you for getting back to me about…');
  });

  it('leaves out stage directions, and gives no cue when a placeholder held the point', () => {
    expect(toCue('[pause] Thank you [warmly] for the call, {{contact.firstName}}.', 'gratitude')).toBe(
      'Thank you for the call',
    );
    expect(toCue('My number is [slowly] {{me.phone}}, thanks again.')).toBe('');
    expect(toCue('[pause] {{contact.firstName}}')).toBe('');
  });
});

describe('buildCueCard', () => {
  it('names the person, their role, the highlight, and three cues of at most eight words', () => {
    const body = [
      'Hi Priya, it is Sam.',
      'Thank you so much for letting me know, and for the pairing session on the accessibility bug.',
      'I would still love to join Northwind Labs, the team made me want it even more than before.',
      'If anything like it opens again, I would love to be considered, and to stay on your radar.',
    ].join(' ');
    const report = analyzeDraft({
      channel: 'call',
      subject: '',
      body,
      contact: { name: 'Priya Raman', company: 'Northwind Labs', highlight: '' },
      wordsPerMinute: 150,
    });
    const card = buildCueCard(report, { ...CONTACT, highlight: 'the pairing session' }, { channel: 'call' });
    expect(card.name).toBe('Priya Raman');
    expect(card.role).toBe('Engineering Manager at Northwind Labs');
    expect(card.thankFor).toBe('the pairing session');
    expect(card.cues.map((cue) => cue.part)).toEqual(['gratitude', 'sincerity', 'connection']);
    expect(card.cues.map((cue) => cue.label)).toEqual(['Thank them', 'Still keen', 'Stay on their radar']);
    for (const cue of card.cues) expect(wordsIn(cue.text)).toBeLessThanOrEqual(CUE_WORD_LIMIT);
    expect(card.cues.every((cue) => cue.fromDraft)).toBe(true);
    expect(card.reminders).not.toContain('Say your number twice, slowly');
  });

  it('falls back to the gratitude sentence, then to generic cues, and reminds a voicemail to repeat the number', () => {
    const report = reportWith({ gratitude: 'Thank you for the honest feedback on my portfolio.' });
    const card = buildCueCard(report, CONTACT, { channel: 'voicemail' });
    expect(card.thankFor).toBe('Thank you for the honest feedback on my portfolio.');
    expect(card.cues[0]).toMatchObject({ text: 'Thank you for the honest feedback on my…', fromDraft: true });
    expect(card.cues[1]).toMatchObject({ text: "Say you'd still love to work there", fromDraft: false });
    expect(card.cues[2]).toMatchObject({ text: 'Ask how to stay on their radar', fromDraft: false });
    for (const cue of card.cues) expect(wordsIn(cue.text)).toBeLessThanOrEqual(CUE_WORD_LIMIT);
    expect(card.reminders[0]).toBe('Say your number twice, slowly');
  });

  it('never offers an unfilled placeholder as the thing to thank them for', () => {
    const report = reportWith({ gratitude: 'Thank you for {{interview.highlight}}.' });
    const card = buildCueCard(report, { ...CONTACT, jobTitle: '', company: '' }, { channel: 'call' });
    expect(card.thankFor).toBe('');
    expect(card.role).toBe('');
    expect(card.cues[0]?.text).toBe('Thank them for their time and honesty');
  });
});
