import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../core/coach/analyze';
import { applySuggestion, suggestFixes } from '../../core/coach/suggest';
import type { CoachInput, CoachReport } from '../../core/coach/types';
import { ROADMAP_PARTS } from '../../core/coach/types';
import type { DraftChannel } from '../../core/drafts';

/**
 * Every suggestion the coach makes, over every message of the committed corpora, is held to what it
 * promises, checked here by running the coach again on the draft with the suggestion applied.
 */

interface Message {
  id: string;
  channel: DraftChannel;
  subject?: string;
  body: string;
}

const FILES = [
  'train.json',
  'corpus.json',
  'holdout-3.json',
  ...[4, 5, 6, 7, 8, 9, 10].map((n) => `holdout-${n}.json`),
  ...'abcdefghij'.split('').map((letter) => `train-${letter}.json`),
];
const messages: Message[] = FILES.flatMap((file) =>
  JSON.parse(fs.readFileSync(path.resolve(__dirname, '../coach-corpus', file), 'utf8')),
);
const CONTACT = { name: 'Dr. Sam Rivera', company: 'Larkspur Studio', highlight: 'the tour of the print room' };
const CONTEXT = { contact: CONTACT, myName: 'Alex Kim' };

function inputOf(message: Message, body = message.body): CoachInput {
  return { channel: message.channel, subject: message.subject ?? '', body, contact: CONTACT, wordsPerMinute: 150 };
}

function flagKeys(report: CoachReport): string[] {
  return report.toneFlags.map((flag) => `${flag.kind}:${flag.text}`).sort();
}

describe('suggestions over the whole corpus', () => {
  let offered = 0;
  let wanted = 0;

  it.each(messages.map((message) => [message.id, message] as const))('%s', (_, message) => {
    const before = analyzeDraft(inputOf(message));
    const suggestions = suggestFixes(inputOf(message), before, CONTEXT);
    wanted += before.toneFlags.length + ROADMAP_PARTS.filter((part) => !before.parts[part].found).length;
    offered += suggestions.length;
    for (const suggestion of suggestions) {
      expect(suggestion.text).not.toMatch(/\{\{|\}\}/);
      const body = applySuggestion(message.body, suggestion);
      const after = analyzeDraft(inputOf(message, body));
      // Never a new tone flag: every flag afterwards was there before, same kind and words.
      const had = flagKeys(before);
      for (const key of flagKeys(after)) {
        const at = had.indexOf(key);
        expect(at, `${suggestion.id} raised ${key}`).toBeGreaterThanOrEqual(0);
        had.splice(at, 1);
      }
      if (suggestion.action === 'insert') {
        expect(after.parts[suggestion.target as (typeof ROADMAP_PARTS)[number]].found).toBe(true);
        expect(body.includes(suggestion.preview)).toBe(true);
      } else {
        const end = suggestion.start + suggestion.text.length;
        const still = after.toneFlags.filter(
          (flag) => flag.kind === suggestion.target && flag.start < end && flag.end > suggestion.start,
        );
        expect(still).toEqual([]);
      }
      expect(after.placeholders.length).toBe(before.placeholders.length);
    }
  });

  it('offers a fix for nearly every flag and missing part', () => {
    expect(wanted).toBeGreaterThan(500);
    expect(offered / wanted).toBeGreaterThanOrEqual(0.9);
  });
});

describe('suggestions for one draft', () => {
  const body = 'Hi Sam,\n\nThe process was unfair and you made a mistake.\n\nBest,\nAlex';
  const input: CoachInput = { channel: 'email', subject: 'Hello there', body, contact: CONTACT, wordsPerMinute: 150 };

  it('fills the sentences from the contact, never with a placeholder', () => {
    const report = analyzeDraft(input);
    const suggestions = suggestFixes(input, report, CONTEXT);
    const byTarget = new Map(suggestions.map((s) => [s.target, s]));
    expect(byTarget.get('gratitude')?.preview).toBe('Thank you for taking the time to tell me yourself, Sam.');
    expect(byTarget.get('sincerity')?.preview).toContain('Larkspur Studio');
    expect(byTarget.get('sincerity')?.preview).toContain('The tour of the print room');
    expect(byTarget.get('bitterness')?.action).toBe('rewrite');
    const connection = byTarget.get('connection')!;
    expect(applySuggestion(body, connection)).toMatch(/keep me in mind\? I would be glad to stay in touch\.\n\nBest,/);
  });

  it('uses "your team" when the contact has no company, and the person\'s name in a call', () => {
    const call: CoachInput = { ...input, channel: 'call', body: 'Hi Sam. I heard the news.' };
    const context = { contact: { name: 'Sam', company: '', highlight: '' }, myName: 'Alex Kim' };
    const suggestions = suggestFixes(call, analyzeDraft(call), context);
    const byTarget = new Map(suggestions.map((s) => [s.target, s.preview]));
    expect(byTarget.get('gratitude')).toContain("It's Alex Kim");
    expect(byTarget.get('sincerity')).toBe('Your team is still the place I would most like to work.');
  });

  it('takes hedges and apologies out of the sentence itself', () => {
    const hedged = { ...input, body: 'Thank you. I think maybe I was just sort of nervous.' };
    const fix = suggestFixes(hedged, analyzeDraft(hedged), CONTEXT).find((s) => s.target === 'hedging');
    expect(fix?.text).toBe('I was nervous.');
    const sorry = { ...input, body: 'Sorry to bother you, but thank you for the call.' };
    const apology = suggestFixes(sorry, analyzeDraft(sorry), CONTEXT).find((s) => s.target === 'over-apology');
    expect(apology?.text).toBe('Thank you for the call.');
  });

  it('offers nothing for a draft too long to check', () => {
    const long = { ...input, body: 'You made a mistake. '.repeat(2_000) };
    expect(suggestFixes(long, analyzeDraft(long), CONTEXT)).toEqual([]);
  });
});
