import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../core/coach/analyze';
import { coachPhraseInventory, expandCue } from '../../core/coach/phrases';
import { ROADMAP_PARTS } from '../../core/coach/types';

describe('the coach’s phrase inventory', () => {
  const inventory = coachPhraseInventory();

  it('lists the stock wordings of each part as plain lower-case phrases', () => {
    expect(inventory.gratitude).toContain('thank you');
    expect(inventory.gratitude).toContain("can't thank you enough");
    expect(inventory.sincerity.length).toBeGreaterThan(50);
    expect(inventory.connection).toContain('stay in touch');
    expect(inventory.connection).toContain('keep me in mind');
    for (const part of ROADMAP_PARTS) {
      expect(inventory[part]).toEqual([...new Set(inventory[part])].sort());
      for (const phrase of inventory[part]) expect(phrase).toMatch(/^[a-z][a-z']*(?: [a-z']+)*$/);
    }
  });

  it('expands alternatives and optional words, and leaves out wordings with an open slot', () => {
    expect(expandCue(String.raw`(?:can't|cannot) thank you enough`)).toEqual([
      "can't thank you enough",
      'cannot thank you enough',
    ]);
    expect(expandCue(String.raw`keep (?:me|us) in mind(?! never)`).sort()).toEqual([
      'keep me in mind',
      'keep us in mind',
    ]);
    expect(expandCue(String.raw`stay(?:ing)? in touch`).sort()).toEqual(['stay in touch', 'staying in touch']);
    expect(expandCue(String.raw`the next [a-z]+ role`)).toEqual([]);
  });

  it('holds phrases the coach itself counts for the part', () => {
    for (const part of ROADMAP_PARTS) {
      const counted = inventory[part].filter(
        (phrase) =>
          analyzeDraft({
            channel: 'email',
            subject: '',
            body: `${phrase}.`,
            contact: null,
            wordsPerMinute: 150,
          }).parts[part].found,
      );
      expect(counted.length / inventory[part].length, part).toBeGreaterThan(0.5);
    }
  });
});
