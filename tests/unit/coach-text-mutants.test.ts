/**
 * Tests aimed at mutants of the coach's sentence splitting (sentences.ts) and length checks (length.ts),
 * issue 21 (`npm run mutate -- --group coach`). Neither depends on the trained weights.
 */
import { describe, expect, it } from 'vitest';
import { checkSubject, countPhoneRepeats, measureLength, normalizeWordsPerMinute } from '../../core/coach/length';
import { findSentenceIndex, splitSentences } from '../../core/coach/sentences';
import { countWords, foldCaseKeepingLength, prepareText } from '../../core/coach/text';
import type { DraftChannel } from '../../core/drafts';

function cut(text: string): string[] {
  return splitSentences(text).map(({ start, end }) => text.slice(start, end));
}

function words(count: number): string {
  return Array.from({ length: count }, (_, i) => `w${i}`).join(' ');
}

function length(body: string, channel: DraftChannel, wordsPerMinute = 150) {
  return measureLength(body, prepareText(body, channel), channel, wordsPerMinute);
}

describe('splitting sentences', () => {
  it('ends a sentence at . ! ? or … followed by a space or the end, with closing quotes and brackets kept', () => {
    expect(cut('One. Two! Three? Four\u2026 Five')).toStrictEqual(['One.', 'Two!', 'Three?', 'Four\u2026', 'Five']);
    expect(cut('He said "yes." Then (twice!) we left.')).toStrictEqual(['He said "yes."', 'Then (twice!)', 'we left.']);
    expect(cut('Really?! Yes.')).toStrictEqual(['Really?!', 'Yes.']);
    expect(cut('v1.2 is out.Next')).toStrictEqual(['v1.2 is out.Next']);
  });

  it('does not end a sentence after a title, a listed abbreviation or an initial, but does after a word', () => {
    expect(cut('Dr. Mensah and Mr. Lee met e.g. on Mon. Then J. Smith left.')).toStrictEqual([
      'Dr. Mensah and Mr. Lee met e.g. on Mon.',
      'Then J. Smith left.',
    ]);
    expect(cut('I met a. Then b.')).toStrictEqual(['I met a.', 'Then b.']);
    expect(cut('See no. 5 today.')).toStrictEqual(['See no. 5 today.']);
    expect(cut('The end... Next')).toStrictEqual(['The end...', 'Next']);
  });

  it('ends at a line break unless the next line carries on in lower case, and always at a blank line', () => {
    expect(cut('Hi Sam,\nThanks for the call')).toStrictEqual(['Hi Sam,', 'Thanks for the call']);
    expect(cut('I wanted to say\nthanks for the call')).toStrictEqual(['I wanted to say\nthanks for the call']);
    expect(cut('I wanted to say\n\nthanks')).toStrictEqual(['I wanted to say', 'thanks']);
    expect(cut('I wanted to say\n  \t\nthanks')).toStrictEqual(['I wanted to say', 'thanks']);
    expect(cut('Last line\n')).toStrictEqual(['Last line']);
    expect(cut('Numbers\n123 go')).toStrictEqual(['Numbers', '123 go']);
  });

  it('trims spaces (tabs, no-break spaces) from each end and keeps the offsets into the text', () => {
    const text = ' \u00a0First one.\t\r\n  Second one. ';
    const sentences = splitSentences(text);
    expect(sentences).toStrictEqual([
      { start: 2, end: 12 },
      { start: text.indexOf('Second'), end: text.indexOf('Second') + 'Second one.'.length },
    ]);
    expect(splitSentences('  \n\n ')).toStrictEqual([]);
  });

  it('finds the sentence holding an offset, or the last one starting before it', () => {
    const sentences = splitSentences('One two. Three four. Five.');
    expect([0, 3, 8, 9, 12, 20, 21, 99].map((offset) => findSentenceIndex(sentences, offset))).toStrictEqual([
      0, 0, 0, 1, 1, 1, 2, 2,
    ]);
    expect(findSentenceIndex(sentences, -1)).toBe(-1);
    expect(findSentenceIndex([], 5)).toBe(-1);
  });
});

describe('length', () => {
  it('judges an email by words: 50 and 125 are inside, 49 short, 126 long', () => {
    expect([49, 50, 125, 126].map((n) => length(words(n), 'email').verdict)).toStrictEqual([
      'short',
      'ok',
      'ok',
      'long',
    ]);
    expect(length(words(80), 'email').message).toBe('80 words: inside the 50–125 words that tend to get replies.');
    expect(length(words(10), 'email').message).toBe(
      '10 words: on the short side; aim for 50–125 words, with a sentence each for thanks, interest and the ask.',
    );
    expect(length(words(130), 'letter').message).toBe(
      '130 words: longer than the 40–120 words to aim for; cut whatever is not thanks, interest or the ask.',
    );
    expect(length(words(60), 'letter').message).toBe('60 words: inside the 40–120 words to aim for.');
  });

  it('judges a LinkedIn note by characters (code points of the trimmed text) against its limit', () => {
    const note = `  ${'a'.repeat(299)}\u{1F600}  `;
    const finding = length(note, 'linkedin');
    expect(finding.characters).toBe(300);
    expect(finding.verdict).toBe('ok');
    expect(finding.message).toBe("300 characters: inside LinkedIn's limit of 300 characters.");
    expect(length(`${'a'.repeat(301)}`, 'linkedin').message).toBe(
      "301 characters: over LinkedIn's limit of 300 characters; cut it down.",
    );
    expect(length('\ud83d lone half', 'linkedin').characters).toBe(11);
  });

  it('judges a voicemail by speaking time at the pace given, with a tip about the phone number', () => {
    const finding = length(words(60), 'voicemail', 120);
    expect(finding).toMatchObject({ words: 60, speakingSeconds: 30, value: 30, verdict: 'ok' });
    expect(finding.message).toBe(
      'About 30 s at 120 words a minute: inside the 20–30 seconds to aim for. Leave your phone number, said slowly, twice.',
    );
    expect(length(words(61), 'voicemail', 120).verdict).toBe('long');
    expect(length(`${words(40)} call 555 201 3344`, 'voicemail').message).toMatch(
      / Say your phone number twice, slowly: once in the middle and again at the end\.$/,
    );
    expect(length(`${words(40)} call 555 201 3344, again 555-201-3344`, 'voicemail').message).toMatch(
      / Your phone number is there twice: say it slowly both times\.$/,
    );
    expect(length(words(100), 'call').message).toMatch(/ Keep the opening to about 30–45 s/);
    expect(length(words(7), 'voicemail', 150).speakingSeconds).toBe(2.8);
  });

  it('uses 150 words a minute when the pace given is not a positive number', () => {
    expect([0, -5, Number.NaN, Infinity, 90].map(normalizeWordsPerMinute)).toStrictEqual([150, 150, 150, 150, 90]);
  });

  it('counts the same phone number written twice, or the phone placeholder twice, as two', () => {
    expect(countPhoneRepeats('Call 555-201-3344 or (555) 201 3344.')).toBe(2);
    expect(countPhoneRepeats('Call 555-201-3344 or 555-201-9999.')).toBe(1);
    expect(countPhoneRepeats('{{me.phone}} and again {{ me.phone }}')).toBe(2);
    expect(countPhoneRepeats('{{me.email}} twice {{me.email}}')).toBe(0);
    expect(countPhoneRepeats('Room 12-345 and 12-345')).toBe(0);
    expect(countPhoneRepeats('1234567 and 1234567')).toBe(2);
    expect(countPhoneRepeats('123456 and 123456')).toBe(0);
  });
});

describe('the subject line', () => {
  it('is missing, short, good or long by its words, and says when a placeholder is left', () => {
    expect(checkSubject('  ')).toStrictEqual({
      words: 0,
      verdict: 'missing',
      message: 'Add a subject of three or four words, such as "Thank you, Sam".',
    });
    expect(checkSubject('Thanks').message).toBe('One word: a little terse; three or four words do best.');
    expect(checkSubject('Thanks {{contact.firstName}}')).toMatchObject({
      words: 2,
      verdict: 'short',
      message: 'Two words: a little terse; three or four words do best. It still has a placeholder to fill in.',
    });
    expect(checkSubject('Thank you, Sam')).toStrictEqual({
      words: 3,
      verdict: 'ok',
      message: '3 words: a good length for a subject.',
    });
    expect(checkSubject('Thank you so much').verdict).toBe('ok');
    expect(checkSubject('Thank you so much, Sam')).toStrictEqual({
      words: 5,
      verdict: 'long',
      message: '5 words: subjects of three or four words do best; trim it.',
    });
  });
});

describe('counting characters and phone numbers, after the first mutation run of length.ts', () => {
  it('counts a surrogate pair as one character at both ends of the ranges, and an unpaired half as one', () => {
    const count = (text: string) => length(text, 'linkedin').characters;
    expect(count('\ud800\udc00')).toBe(1);
    expect(count('\udbff\udfff')).toBe(1);
    expect(count('a\ude00')).toBe(2);
    expect(count('\ue000\udc00')).toBe(2);
    expect(count('\udc00\udc00')).toBe(2);
    expect(count('\ud83d\ue000')).toBe(2);
    expect(count('\ud83d\ud83d')).toBe(2);
  });

  it('does not count a number with fewer than seven digits as a phone number, however it is spaced', () => {
    expect(countPhoneRepeats('Room 12 - 34 and room 12 - 34')).toBe(0);
    expect(countPhoneRepeats('Call 555 20 13 or 555 20 13')).toBe(2);
  });
});

describe('the prepared text and word counts, after the mutation run of text.ts', () => {
  it('unifies every kind of apostrophe, also when lower-casing changes a letter’s length', () => {
    for (const mark of ['\u2018', '\u2019', '\u02bc', '\u2032', '`']) {
      expect(foldCaseKeepingLength(`Don${mark}t`), mark).toBe("don't");
      expect(foldCaseKeepingLength(`\u0130${mark}S`), mark).toBe("\u0130's");
    }
  });

  it('blanks a heading of up to six words (joined words count once) and 80 characters, and no longer one', () => {
    const prepared = (line: string) => prepareText(`${line}\nThanks.`, 'call').split('\n')[0];
    const blank = (line: string) => ' '.repeat(line.length);
    const six = 'OPENER TWO THREE FOUR FIVE SIX';
    expect(prepared(six)).toBe(blank(six));
    expect(prepared(`${six} SEVEN`)).toBe(`${six} seven`.toLowerCase());
    for (const joiner of ["'", '.', '-', '/', '&', '@', '+']) {
      const line = `A${joiner}B TWO THREE FOUR FIVE SIX`;
      expect(prepared(line), joiner).toBe(blank(line));
    }
    // Digits are words too: seven of them is not a heading.
    expect(prepared('STEP 1 2 3 4 5 6')).toBe('step 1 2 3 4 5 6');
    const eighty = `OPENER ${'X'.repeat(73)}`;
    expect(eighty).toHaveLength(80);
    expect(prepared(eighty)).toBe(blank(eighty));
    expect(prepared(`${eighty}X`)).toBe(`${eighty}X`.toLowerCase());
  });

  it('does not blank a line ending in punctuation (spaces after it trimmed), in lower case, or without letters', () => {
    const prepared = (line: string) => prepareText(`${line}\nThanks.`, 'call').split('\n')[0];
    for (const mark of ['.', '!', '?', ',', ';', ':']) {
      expect(prepared(`THANKS${mark}  `), mark).toBe(`thanks${mark}  `);
    }
    expect(prepared('OPENER  ')).toBe('        ');
    expect(prepared('Opener')).toBe('opener');
    expect(prepared('123 456')).toBe('123 456');
    expect(prepared('\u00c9T\u00c9')).toBe('   ');
  });

  it('masks headings, stage directions and placeholders wherever they come in the text', () => {
    const body = 'OPENER\n[slowly] Hi {{company}} and {{\ncontact.firstName}}';
    expect(prepareText(body, 'call')).toBe(
      `      \n${' '.repeat(8)} hi ${'x'.repeat(11)} and xx\n${'x'.repeat('contact.firstName}}'.length)}`,
    );
  });

  it('reads a-z, A-Z and 0-9 as word characters, and the ASCII marks beside them as none', () => {
    expect(countWords('a z 0 9 A Z')).toBe(6);
    expect(countWords('` { / : @ [ ^ ~')).toBe(0);
    expect(countWords('a+b')).toBe(1);
    expect(countWords('call 999 or 000 now', true)).toBe(9);
  });
});

describe('the prepared text and word counts, after the first run of text.ts', () => {
  it('counts a joined word of several letters or digits once in a heading', () => {
    const prepared = (line: string) => prepareText(`${line}\nThanks.`, 'call').split('\n')[0];
    for (const line of ['A-BC TWO THREE FOUR FIVE SIX', 'A-1 TWO THREE FOUR FIVE SIX']) {
      expect(prepared(line), line).toBe(' '.repeat(line.length));
    }
  });

  it('blanks a heading on a later line, past the first 80 characters', () => {
    const first = `${'word '.repeat(20)}end.`;
    expect(prepareText(`${first}\nCLOSING\nThanks.`, 'call')).toBe(`${first}\n       \nthanks.`);
  });

  it('counts digits as one word unless asked for spoken counting, and a doubled joiner splits words', () => {
    expect(countWords('555-201-3344')).toBe(1);
    expect(countWords('one--two')).toBe(2);
    expect(countWords('one \u2014 two')).toBe(2);
  });
});

describe('the prepared text, after the rerun of text.ts', () => {
  it('blanks a heading on the last line, with no line break after it', () => {
    expect(prepareText('Thanks.\nNEXT STEPS', 'email')).toBe('thanks.\n          ');
    expect(prepareText('NEXT STEPS', 'email')).toBe('          ');
  });

  it('does not blank a capitals line with a placeholder in it: the placeholder stands for words to be sent', () => {
    expect(prepareText('HELLO {{CONTACT}}\nThanks.', 'email')).toBe('hello xxxxxxxxxxx\nthanks.');
  });
});
