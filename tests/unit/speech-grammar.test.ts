import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewAnswer } from '../../core/rehearsal/engine';
import {
  MAX_SCRIPT_PHRASES,
  PART_PHRASES,
  buildSpeechGrammar,
  speechWords,
  spellNumber,
  spotPhrases,
} from '../../core/rehearsal/speech-grammar';
import { findStep } from '../../core/scenarios';
import { findAppRoot } from '../../main/paths';
import { loadScenarioLibrary, scenariosDir } from '../../main/scenarios-loader';

const dictionaryFile = path.resolve('node_modules/soundswallower/model/en-us/dict.txt');
const dictionary = new Set(
  fs
    .readFileSync(dictionaryFile, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith(';;'))
    .map((line) => line.split(' ')[0]!.replace(/\(\d+\)$/, '')),
);
const known = (word: string) => dictionary.has(word);

const SCRIPT = `Hi Priyanka,

Thank you so much for the call on Tuesday and for your honesty about the decision. I really enjoyed meeting the Zorblax team, and I'd still love to work with you one day.
Could we stay in touch? I'd be glad to hear about future openings in 2027.

Best,
[Your name]`;

describe('the speech grammar built from the script and the three parts', () => {
  it('has phrases for every part, and the script’s own phrases tagged with their part', () => {
    const grammar = buildSpeechGrammar(SCRIPT, known);
    const texts = grammar.phrases.map((phrase) => phrase.text);
    for (const part of ['gratitude', 'sincerity', 'connection'] as const) {
      // Every part phrase whose words the dictionary knows (a phrase is never cut to half of itself).
      const listenable = PART_PHRASES[part].filter((phrase) => speechWords(phrase).every(known));
      expect(grammar.phrases.filter((phrase) => phrase.part === part && phrase.source === 'part').length).toBe(
        listenable.length,
      );
      expect(listenable.length).toBeGreaterThan(8);
    }
    const fromScript = grammar.phrases.filter((phrase) => phrase.source === 'script');
    expect(fromScript.map((phrase) => [phrase.text, phrase.part])).toEqual([
      ['thank you so much for', 'gratitude'],
      ['really enjoyed meeting the', 'sincerity'],
      ["i'd still love to work", 'sincerity'],
      ['could we stay in touch', 'connection'],
      ['to hear about future openings', 'connection'],
    ]);
    expect(fromScript.length).toBeLessThanOrEqual(MAX_SCRIPT_PHRASES);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('uses only words the model’s dictionary knows: unknown names are dropped, numbers spelled out', () => {
    const grammar = buildSpeechGrammar(SCRIPT, known);
    // "the Zorblax team": the company name is not in the dictionary, so the phrase is spotted without it.
    expect(grammar.dropped).toEqual(['zorblax']);
    for (const word of grammar.words) expect(dictionary.has(word), word).toBe(true);
    for (const phrase of grammar.phrases) for (const word of phrase.text.split(' ')) expect(known(word)).toBe(true);
    expect(known('zorblax')).toBe(false);
    const withName = buildSpeechGrammar('I still admire the Zorblax team.', known);
    expect(withName.dropped).toEqual(['zorblax']);
    expect(withName.words).not.toContain('zorblax');
    expect(withName.jsgf).not.toContain('zorblax');
    expect(withName.phrases.map((phrase) => phrase.text)).toContain('i still admire the');
    expect(speechWords('Call me at 5, or in 2027. I’d like that!')).toEqual([
      'call',
      'me',
      'at',
      'five',
      'or',
      'in',
      'two',
      'zero',
      'two',
      'seven',
      "i'd",
      'like',
      'that',
    ]);
    expect(spellNumber('42')).toEqual(['forty', 'two']);
    expect(spellNumber('300')).toEqual(['three', 'hundred']);
    expect(spellNumber('0')).toEqual(['zero']);
  });

  it('is deterministic and writes a JSGF whose word loop holds every phrase word (so a search always ends)', () => {
    const first = buildSpeechGrammar(SCRIPT, known);
    expect(buildSpeechGrammar(SCRIPT, known)).toEqual(first);
    expect(
      first.jsgf.startsWith('#JSGF V1.0;\ngrammar someday;\npublic <utt> = ( <phrase> | <filler> | <word> )*;'),
    ).toBe(true);
    const loop = first.jsgf.match(/<word> = (.*);/)![1]!.split(' | ');
    for (const phrase of first.phrases) for (const word of phrase.text.split(' ')) expect(loop).toContain(word);
    expect(first.jsgf).toContain('/10/ ( stay in touch )');
    const empty = buildSpeechGrammar('', known);
    expect(empty.phrases.every((phrase) => phrase.source === 'part')).toBe(true);
    // The loop is made of whole common words (no stray letters), so other talk is absorbed.
    expect(empty.words).toEqual(expect.arrayContaining(['because', 'people', 'today', 'um', 'uh']));
    expect(empty.words.filter((word) => word.length === 1)).toEqual(['a', 'i']);
    expect(empty.words.length).toBeGreaterThan(140);
  });

  it('reads a hypothesis: fillers stripped, the longest phrase kept, parts in order, a text the coach accepts', () => {
    const grammar = buildSpeechGrammar(SCRIPT, known);
    const result = spotPhrases(
      'hi thank you for your time um i am still keen and would love to stay uh in touch',
      grammar,
    );
    expect(result.spotted.map((phrase) => phrase.text)).toEqual([
      'thank you for your time',
      'still keen',
      'stay in touch',
    ]);
    expect(result.parts).toEqual(['gratitude', 'sincerity', 'connection']);
    expect(result.wordCount).toBe(17);
    expect(result.text).toBe('Thank you for your time. Still keen. Stay in touch.');
    expect(spotPhrases('', grammar)).toEqual({ spotted: [], parts: [], wordCount: 0, text: '' });

    const library = loadScenarioLibrary(scenariosDir(path.join(findAppRoot(), 'templates')));
    const scenario = library.scenarios.find((item) => item.kind === 'voicemail')!;
    const step = findStep(scenario, scenario.start)!;
    const review = reviewAnswer(
      step,
      { text: result.text, mode: 'spoken', talkSeconds: 6 },
      {
        contactName: 'Priyanka Shah',
        jobTitle: 'Head of Design',
        company: 'Northwind',
        position: 'Product Designer',
        myName: 'Sam Lee',
        highlight: 'the tour of the research lab',
        wordsPerMinute: 150,
      },
    );
    expect(review.covered).toEqual({ gratitude: true, sincerity: true, connection: true });
  });
});
