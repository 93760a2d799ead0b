import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffText, diffTextNear, recordEdit, startHistory, undoEdit } from '../../renderer/drafts/edit-history';

/** One edit as the message box reports it: [from, to) of the old text replaced by `insert`. */
const editOf = fc
  .record({
    text: fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n'), maxLength: 40 }),
    insert: fc.string({ unit: fc.constantFrom('a', 'b', ' '), maxLength: 4 }),
    a: fc.nat(),
    b: fc.nat(),
  })
  .map(({ text, insert, a, b }) => {
    const from = Math.min(a, b) % (text.length + 1);
    const to = from + (Math.max(a, b) % (text.length - from + 1));
    return { before: text, after: text.slice(0, from) + insert + text.slice(to), from, to, insert };
  });

describe('the editor’s history, fed the range the message box reports', () => {
  it('finds exactly the change the whole-text comparison finds, for any edit', () => {
    fc.assert(
      fc.property(editOf, ({ before, after, from, to, insert }) => {
        const range = { from, toBefore: to, toAfter: from + insert.length };
        expect(diffTextNear(before, after, range)).toEqual(diffText(before, after));
      }),
      { numRuns: 3000 },
    );
  });

  it('groups typing with the reported range as it does without it', () => {
    const doc = { title: 't', subject: 's', body: 'Thank you.' };
    let withRange = startHistory(doc);
    let without = startHistory(doc);
    for (const key of ' Hello world') {
      const before = withRange.present.body;
      const next = { ...doc, body: before + key };
      withRange = recordEdit(withRange, next, 'typing', {
        from: before.length,
        toBefore: before.length,
        toAfter: before.length + 1,
      });
      without = recordEdit(without, next, 'typing');
    }
    expect(withRange).toEqual(without);
    expect(undoEdit(withRange)?.present.body).toBe('Thank you. Hello ');
  });
});
