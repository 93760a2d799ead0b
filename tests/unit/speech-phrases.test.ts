import { coachPhraseInventory } from '../../core/coach/phrases';
import { describe, expect, it } from 'vitest';
import { PART_PHRASES } from '../../core/rehearsal/speech-grammar';
import { MAX_PHRASES_PER_PART, SPOKEN_PHRASES, coachAccepts, speechPhrases } from '../../core/rehearsal/speech-phrases';

describe('one phrase inventory for the coach and the recogniser', () => {
  it('takes the coach’s phrases into the grammar, only those the coach itself accepts', () => {
    // The one inventory the coach exports (its phrase lists and its model's strongest phrases).
    const coach = coachPhraseInventory();
    for (const part of ['gratitude', 'sincerity', 'connection'] as const) {
      expect(coach[part].length).toBeGreaterThan(10);
      const used = speechPhrases()[part];
      expect(used.slice(0, SPOKEN_PHRASES[part].length)).toEqual([...SPOKEN_PHRASES[part]]);
      expect(used.length).toBeGreaterThan(SPOKEN_PHRASES[part].length);
      expect(used.length).toBeLessThanOrEqual(MAX_PHRASES_PER_PART);
      for (const phrase of used.slice(SPOKEN_PHRASES[part].length)) {
        expect(coach[part]).toContain(phrase);
        expect(coachAccepts(part, phrase), phrase).toBe(true);
      }
      expect(PART_PHRASES[part]).toEqual(used);
    }
    expect(speechPhrases().gratitude).toContain('appreciate');
  });

  it('is fed through one adapter, so another inventory replaces the coach’s without other changes', () => {
    const inventory = { gratitude: ['cheers'], sincerity: ['big fan'], connection: ['ring me'] };
    const all = () => true;
    expect(speechPhrases(inventory, all)).toEqual({
      gratitude: [...SPOKEN_PHRASES.gratitude, 'cheers'],
      sincerity: [...SPOKEN_PHRASES.sincerity, 'big fan'],
      connection: [...SPOKEN_PHRASES.connection, 'ring me'],
    });
    expect(speechPhrases(inventory, () => false)).toEqual(SPOKEN_PHRASES);
  });
});
