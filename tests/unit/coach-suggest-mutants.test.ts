/**
 * Tests aimed at mutants of the coach's suggestions (core/coach/suggest.ts), issue 21
 * (`npm run mutate -- --group coach --only core/coach/suggest.ts`). The trained model is replaced by a
 * small one: by default it finds nothing and keeps every phrase-list finding, so the phrase lists alone
 * decide each flag and part; a test that needs a flag only the model raises gives one word of its own a
 * weight for that kind. The rewrites, sentences and places checked here hold whatever the trained
 * weights are.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeDraft } from '../../core/coach/analyze';
import { MODEL_OUTPUTS } from '../../core/coach/features';
import type { CoachModel, ModelOutput } from '../../core/coach/model';
// Imported as the file loads, not inside a test: the phrase patterns and calm sentences are built as the
// module loads, and Stryker then counts their mutants as static and runs every test for them (imported
// inside the first test, they would be counted as reached by that test alone).
import { applySuggestion, checkSuggestion, MAX_SUGGESTION_BODY, suggestFixes } from '../../core/coach/suggest';
import type { CoachSuggestion, SuggestionContext } from '../../core/coach/suggest';
import type { CoachInput, ToneKind } from '../../core/coach/types';
import type { DraftChannel } from '../../core/drafts';
import { buildStubModel } from '../helpers/stub-coach-model';

const stub = vi.hoisted(() => ({ model: null as CoachModel | null }));

vi.mock('../../core/coach/model', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../core/coach/model')>();
  return { ...actual, getModel: () => stub.model ?? actual.getModel() };
});

afterEach(() => {
  stub.model = null;
});

/**
 * A model that finds nothing itself (bias 0, every threshold 1) and keeps every phrase-list finding
 * ("either"), except that each named word weighs 2 for its kind in any sentence that holds it.
 */
function useModel(words: Partial<Record<string, ModelOutput>> = {}): void {
  const names = Object.keys(words);
  stub.model = buildStubModel(`${names.join(' ')} here.`, {
    weights: Object.fromEntries(names.map((word) => [`w:${word}`, { [words[word]!]: 2 }])),
    combine: Object.fromEntries(MODEL_OUTPUTS.map((output) => [output, 'either'])),
  });
}

const CONTACT = { name: 'Dr. Sam Rivera', company: 'Larkspur Studio', highlight: 'the tour of the print room.' };
const CONTEXT: SuggestionContext = { contact: CONTACT, myName: 'Alex Kim' };

function inputOf(body: string, channel: DraftChannel = 'email'): CoachInput {
  return { channel, subject: '', body, contact: null, wordsPerMinute: 150 };
}

async function fixes(body: string, context = CONTEXT, channel: DraftChannel = 'email') {
  const input = inputOf(body, channel);
  const report = analyzeDraft(input);
  return { report, suggestions: suggestFixes(input, report, context) };
}

function byId(suggestions: readonly CoachSuggestion[]): Record<string, [number, number, string, string]> {
  return Object.fromEntries(suggestions.map((s) => [s.id, [s.start, s.end, s.text, s.preview]]));
}

function rewrite(suggestions: readonly CoachSuggestion[], target: string): string | undefined {
  return suggestions.find((s) => s.target === target && s.action === 'rewrite')?.text;
}

function insert(suggestions: readonly CoachSuggestion[], target: string): string | undefined {
  return suggestions.find((s) => s.target === target && s.action === 'insert')?.preview;
}

/** The first calm sentence for each kind the coach rewrites whole, then the second. */
const CALM: [ToneKind, string, string, string, string][] = [
  // kind, first, a word only the first holds, second, a word only the second holds
  [
    'bitterness',
    'I was disappointed by the news, and I respect the decision.',
    'respect',
    'I was sorry it did not work out.',
    'work',
  ],
  [
    'blame',
    'I was disappointed by the news, and I respect the decision.',
    'respect',
    'I understand it was a difficult choice.',
    'difficult',
  ],
  ['contempt', 'I hope the new person settles in well.', 'settles', 'I understand the decision.', 'understand'],
  [
    'sarcasm',
    'I was disappointed by the news, and I understand the decision.',
    'news',
    'I understand the decision.',
    'understand',
  ],
  ['passive-aggression', 'I understand the decision.', 'understand', 'I respect the decision.', 'respect'],
  [
    'guilt-tripping',
    'This role mattered a lot to me, and I understand the decision.',
    'mattered',
    'I understand the decision.',
    'understand',
  ],
  [
    'oversharing',
    'The news was hard to hear, and I am glad you told me.',
    'glad',
    'The news was hard to hear.',
    'hard',
  ],
  [
    'pleading',
    'I am still very interested in working with your team.',
    'team',
    'I am still very interested in the role.',
    'role',
  ],
  [
    'reconsider',
    'If anything changes, or a similar role opens, I would be glad to be considered.',
    'similar',
    'I would be glad to be considered for a future opening.',
    'future',
  ],
  [
    'self-deprecation',
    'I am working on my interviewing and would welcome the chance to show more next time.',
    'interviewing',
    'I am working on the areas the interviews showed me.',
    'areas',
  ],
];

const FLAGGED = 'Thank you for the call. The zebra crossing was closed today. See you soon.';
const ZEBRA = FLAGGED.indexOf('The zebra');
const ZEBRA_END = FLAGGED.indexOf(' See you');

describe('rewriting a sentence the model flags, after the mutation run of suggest.ts', () => {
  it.each(CALM)('offers the first calm sentence for %s in place of the whole sentence', async (kind, first) => {
    useModel({ zebra: kind });
    const { report, suggestions } = await fixes(FLAGGED);
    expect(report.toneFlags.map((flag) => flag.kind)).toStrictEqual([kind]);
    expect(byId(suggestions)[`${kind}-${ZEBRA}`]).toStrictEqual([ZEBRA, ZEBRA_END, first, first]);
    const offered = suggestions.find((s) => s.target === kind)!;
    expect(offered.action).toBe('rewrite');
  });

  it.each(CALM)(
    'offers the second calm sentence for %s when the first would raise a flag',
    async (kind, _, word, second) => {
      // Another kind than the one rewritten, so that the first sentence fails by raising a new flag.
      useModel({ zebra: kind, [word]: kind === 'blame' ? 'contempt' : 'blame' });
      const { suggestions } = await fixes(FLAGGED);
      expect(rewrite(suggestions, kind)).toBe(second);
    },
  );

  it.each(CALM)(
    'leaves the %s sentence out, with the spaces after it, when neither calm sentence passes',
    async (kind, _, first, __, second) => {
      useModel({ zebra: kind, [first]: 'oversharing', [second]: 'oversharing' });
      const { suggestions } = await fixes(FLAGGED);
      expect(byId(suggestions)[`${kind}-${ZEBRA}`]).toStrictEqual([ZEBRA, ZEBRA_END + 1, '', '']);
      expect(
        applySuggestion(
          FLAGGED,
          suggestions.find((s) => s.target === kind)!,
        ),
      ).toBe('Thank you for the call. See you soon.');
    },
  );

  it('rewrites a sentence once however many flags of one kind it holds, and each kind in it', async () => {
    useModel({ zebra: 'blame' });
    const body = 'Thank you for the call. Sorry, so sorry to bother you about the zebra crossing.';
    const { report, suggestions } = await fixes(body);
    expect(report.toneFlags.map((flag) => flag.kind)).toStrictEqual(['over-apology', 'blame', 'over-apology']);
    expect(suggestions.filter((s) => s.target === 'over-apology')).toHaveLength(1);
    expect(suggestions.filter((s) => s.target === 'blame')).toHaveLength(1);
  });
});

describe('taking hedges and apologies out, after the mutation run of suggest.ts', () => {
  it.each([
    ['Maybe, I think, perhaps we could talk.', 'We could talk.'],
    ['I think I was nervous, sort of, maybe.', 'I was nervous.'],
    ['I was nervous; maybe perhaps I guess.', 'I was nervous.'],
    ['— maybe, perhaps, I guess we could talk.', 'We could talk.'],
    ['I was, perhaps, sort of, maybe too nervous.', 'I was too nervous.'],
    ['MAYBE I was PERHAPS too nervous, I GUESS.', 'I was too nervous.'],
    ['I think I was nervous. Maybe it was sort of the room.', 'I was nervous. it was the room.'],
  ])('hedges out of %j', async (body, expected) => {
    useModel();
    expect(rewrite((await fixes(body)).suggestions, 'hedging')).toBe(expected);
  });

  it('starts the rewrite at the first sentence the hedges touch and ends it at the last', async () => {
    useModel();
    const body = 'Thank you. I think I was nervous. Maybe it was sort of the room. See you.';
    const { suggestions } = await fixes(body);
    const start = body.indexOf('I think');
    const end = body.indexOf(' See you');
    expect(byId(suggestions)[`hedging-${start}`]).toStrictEqual([
      start,
      end,
      'I was nervous. it was the room.',
      'I was nervous. it was the room.',
    ]);
  });

  // A second apology, so that each draft has the two that make a flag.
  it.each([
    ['Sorry to bother you, but thank you for the call.', 'Thank you for the call.'],
    ['Forgive me if this is too much, but thank you for the call. Sorry again.', 'Thank you for the call.'],
    ["I'm so sorry to trouble you, thank you for the call.", 'Thank you for the call.'],
    ['I am sorry to disturb you - thank you for the call.', 'Thank you for the call.'],
    ['Apologies for the intrusion; thank you for the call. Sorry again.', 'Thank you for the call.'],
    ['So sorry to pester you — thank you for the call.', 'Thank you for the call.'],
    ['Again, sorry to bother you, but thank you for the call.', 'Thank you for the call.'],
    ['I apologize for the trouble, but thank you for the call. Sorry again.', 'Thank you for the call.'],
    ['I apologise for taking your time, thank you for the call. Sorry again.', 'Thank you for the call.'],
    ['Terribly sorry if I am late, but thank you for the call. Sorry again.', 'Thank you for the call.'],
    ['My apologies for this, but thank you for the call. Sorry again.', 'Thank you for the call.'],
    ['Thank you for the call, and sorry to bother you.', 'Thank you for the call.'],
    // Found by the mutation run: "sorry for" takes its whole clause (it took "bother" from "bothering"), an
    // apology's clause ends at a dash, and a rewrite with no words left is no rewrite.
    ['Really sorry for bothering you again, but thank you for the call.', 'Thank you for the call.'],
    ['I apologise for writing again - thank you for the call. Sorry again.', 'Thank you for the call.'],
    ['I apologise for writing again—thank you for the call. Sorry again.', 'Thank you for the call.'],
    ['Sorry for writing a follow-up, thank you for the call. Sorry again.', 'Thank you for the call.'],
    ['Sorry for the bothersome wait, but thank you for the call. Sorry again.', 'Thank you for the call.'],
    ['I apologise for writing again. Thank you for the call. Sorry again.', ''],
  ])('apologies out of %j', async (body, expected) => {
    useModel();
    expect(rewrite((await fixes(body)).suggestions, 'over-apology')).toBe(expected);
  });
});

const PLAIN = 'The call went well.';

describe('the sentences offered for a missing part, after the mutation run of suggest.ts', () => {
  it("thanks by the contact's first name, past any title, or without a name", async () => {
    useModel();
    const thanks = async (name: string | null) =>
      insert(
        (await fixes(PLAIN, { contact: name === null ? null : { ...CONTACT, name }, myName: '' })).suggestions,
        'gratitude',
      );
    expect(await thanks('Dr. Sam Rivera')).toBe('Thank you for taking the time to tell me yourself, Sam.');
    expect(await thanks('  prof   Ada Lovelace ')).toBe('Thank you for taking the time to tell me yourself, Ada.');
    expect(await thanks('Ms Mrs Mx Dame Jo')).toBe('Thank you for taking the time to tell me yourself, Jo.');
    expect(await thanks('Dr.')).toBe('Thank you for taking the time to tell me yourself.');
    expect(await thanks('Drake Bell')).toBe('Thank you for taking the time to tell me yourself, Drake.');
    expect(await thanks(null)).toBe('Thank you for taking the time to tell me yourself.');
  });

  it("says the person's own name in a call or voicemail, and only there and only when it is set", async () => {
    useModel();
    const spoken = "It's Alex Kim, and I wanted to thank you for taking the time to tell me yourself.";
    const written = 'Thank you for taking the time to tell me yourself, Sam.';
    expect(insert((await fixes(PLAIN, CONTEXT, 'call')).suggestions, 'gratitude')).toBe(spoken);
    expect(
      insert((await fixes(PLAIN, { ...CONTEXT, myName: ' Alex Kim ' }, 'voicemail')).suggestions, 'gratitude'),
    ).toBe(spoken);
    expect(insert((await fixes(PLAIN, CONTEXT, 'email')).suggestions, 'gratitude')).toBe(written);
    expect(insert((await fixes(PLAIN, { ...CONTEXT, myName: '  ' }, 'call')).suggestions, 'gratitude')).toBe(written);
    const ask = 'If a similar role opens up, could you keep me in mind — Alex Kim? I would be glad to stay in touch.';
    expect(insert((await fixes(PLAIN, CONTEXT, 'call')).suggestions, 'connection')).toBe(ask);
    const plainAsk = 'If a similar role opens up, could you keep me in mind? I would be glad to stay in touch.';
    expect(insert((await fixes(PLAIN, CONTEXT, 'letter')).suggestions, 'connection')).toBe(plainAsk);
    expect(insert((await fixes(PLAIN, { ...CONTEXT, myName: '' }, 'call')).suggestions, 'connection')).toBe(plainAsk);
  });

  it('names the highlight and the company when the contact has them, and "your team" when not', async () => {
    useModel();
    const sincerity = async (company: string, highlight: string, contact = true) =>
      insert(
        (await fixes(PLAIN, { contact: contact ? { ...CONTACT, company, highlight } : null, myName: '' })).suggestions,
        'sincerity',
      );
    expect(await sincerity(' Larkspur Studio ', ' the tour of the print room!?. ')).toBe(
      'The tour of the print room has stayed with me, and Larkspur Studio is still where I would most like to work.',
    );
    expect(await sincerity('', 'the tour')).toBe(
      'The tour has stayed with me, and your team is still where I would most like to work.',
    );
    expect(await sincerity('larkspur', '')).toBe('Larkspur is still the place I would most like to work.');
    expect(await sincerity('  ', '  ')).toBe('Your team is still the place I would most like to work.');
    expect(await sincerity('', '', false)).toBe('Your team is still the place I would most like to work.');
  });

  it('offers the second sentence for a part when the first would raise a flag', async () => {
    useModel({ yourself: 'blame', keen: 'blame', mind: 'blame' });
    const { suggestions } = await fixes(PLAIN);
    expect(insert(suggestions, 'gratitude')).toBe(
      'Thank you for your time and for the care you took with the interviews.',
    );
    useModel({ stayed: 'blame' });
    expect(insert((await fixes(PLAIN)).suggestions, 'sincerity')).toBe('I am still very keen to work with your team.');
    useModel({ mind: 'blame' });
    expect(insert((await fixes(PLAIN)).suggestions, 'connection')).toBe(
      'Could we stay in touch? I would love to hear about future openings.',
    );
  });

  it('offers nothing for a part when neither sentence passes, and nothing for a part already there', async () => {
    useModel({
      yourself: 'blame',
      interviews: 'blame',
      stayed: 'blame',
      keen: 'blame',
      mind: 'blame',
      openings: 'blame',
    });
    expect((await fixes(PLAIN)).suggestions).toStrictEqual([]);
    useModel();
    const { suggestions } = await fixes('Thank you for the call. I would love to stay in touch.');
    expect(suggestions.map((s) => s.id)).toStrictEqual(['sincerity-insert']);
  });
});

describe('where a missing part goes, after the mutation run of suggest.ts', () => {
  it('puts thanks after a short greeting and the ask before the sign-off and name, a paragraph each', async () => {
    useModel();
    const body = 'Hi Sam,\n\nThe call went well.\n\nBest,\nAlex';
    const found = byId((await fixes(body)).suggestions);
    const thanks = 'Thank you for taking the time to tell me yourself, Sam.';
    expect(found['gratitude-insert']).toStrictEqual([7, 7, `\n\n${thanks}`, thanks]);
    expect(found['connection-insert']?.slice(0, 2)).toStrictEqual([28, 28]);
    expect(found['connection-insert']?.[2]).toMatch(/^\n\nIf a similar role/);
    // Thanks goes after the greeting; sincerity, with no thanks yet, goes there too.
    expect(found['sincerity-insert']?.slice(0, 2)).toStrictEqual([7, 7]);
  });

  it('puts thanks first, followed by a space, when the draft has no greeting or one of 60 characters or more', async () => {
    useModel();
    const thanks = 'Thank you for taking the time to tell me yourself, Sam.';
    expect(byId((await fixes(PLAIN)).suggestions)['gratitude-insert']).toStrictEqual([0, 0, `${thanks} `, thanks]);
    const long = `Hello ${'x'.repeat(53)},\n\nThe call went well.`;
    expect(byId((await fixes(long)).suggestions)['gratitude-insert']).toStrictEqual([0, 0, `${thanks}\n\n`, thanks]);
    const short = `Hello ${'x'.repeat(52)},\n\nThe call went well.`;
    expect(byId((await fixes(short)).suggestions)['gratitude-insert']?.[0]).toBe(short.indexOf(',') + 1);
    for (const greeting of ['Hello Sam,', 'Hey Sam,', 'Dear Sam,', 'Good morning Sam,', 'GOOD EVENING,', 'hi,']) {
      const draft = `${greeting}\n\nThe call went well.`;
      expect(byId((await fixes(draft)).suggestions)['gratitude-insert']?.[0], greeting).toBe(greeting.length);
    }
    expect(byId((await fixes('Hiking went well. The call went well.')).suggestions)['gratitude-insert']?.[0]).toBe(0);
  });

  it('puts sincerity right after the thanks, and the ask at the end of the text, before trailing spaces', async () => {
    useModel();
    const body = 'The call went well. Thank you for it. See you soon.   ';
    const found = byId((await fixes(body)).suggestions);
    expect(found['sincerity-insert']?.[0]).toBe(body.indexOf(' See you'));
    expect(found['connection-insert']?.[0]).toBe(body.trimEnd().length);
  });

  it('reads a short last line without a stop as a name, and a sign-off before it or alone', async () => {
    useModel();
    const at = async (body: string) => byId((await fixes(body)).suggestions)['connection-insert']?.[0];
    expect(await at('The call went well. Many thanks,')).toBe(PLAIN.length);
    expect(await at('The call went well. Kind regards')).toBe(PLAIN.length);
    expect(await at('The call went well.\nAlex Kim')).toBe(PLAIN.length);
    expect(await at('The call went well.\nBest wishes,\nAlex Kim')).toBe(PLAIN.length);
    expect(await at('The call went well.\nWith thanks!\nAlex')).toBe(PLAIN.length);
    expect(await at('The call went well.\nAlex Kim.')).toBe('The call went well.\nAlex Kim.'.length);
    expect(await at('The call went well.\nAlex Sam Kim Lee')).toBe('The call went well.\nAlex Sam Kim Lee'.length);
    expect(await at('The call went well. Best of luck')).toBe(PLAIN.length);
    expect(await at('The call went well. Best of luck to you')).toBe('The call went well. Best of luck to you'.length);
    expect(await at('Cheers')).toBe(0);
    expect(await at('Alex')).toBe('Alex'.length);
  });

  it('puts the ask first when the draft is only a sign-off and a name, and fills an empty draft whole', async () => {
    useModel();
    const ask = 'If a similar role opens up, could you keep me in mind? I would be glad to stay in touch.';
    expect(byId((await fixes('Best,\nAlex')).suggestions)['connection-insert']).toStrictEqual([0, 0, `${ask} `, ask]);
    expect(byId((await fixes(' \n ')).suggestions)['connection-insert']).toStrictEqual([0, 3, ask, ask]);
    expect(byId((await fixes('')).suggestions)['connection-insert']).toStrictEqual([0, 0, ask, ask]);
  });
});

function made(
  target: CoachSuggestion['target'],
  start: number,
  end: number,
  text: string,
  action: CoachSuggestion['action'] = 'insert',
): CoachSuggestion {
  return { id: 'test', target, action, start, end, text, preview: text.trim() };
}

async function passes(body: string, suggestion: CoachSuggestion): Promise<boolean> {
  const input = inputOf(body);
  return checkSuggestion(input, analyzeDraft(input), suggestion);
}

describe("the coach's check of a suggestion, after the mutation run of suggest.ts", () => {
  it('refuses a placeholder, or an opening of one, in the new text', async () => {
    useModel();
    const end = PLAIN.length;
    expect(await passes(PLAIN, made('connection', end, end, ' Keep me in mind.'))).toBe(true);
    expect(await passes(PLAIN, made('connection', end, end, ' Keep me in mind, {{contact.firstName}}.'))).toBe(false);
    expect(await passes(PLAIN, made('connection', end, end, ' Keep me in mind {{ soon.'))).toBe(false);
  });

  it('refuses a change that makes a new placeholder out of the draft, and allows one the draft had', async () => {
    useModel();
    const open = 'The call went well {{contact.firstName';
    expect(await passes(open, made('connection', open.length, open.length, '}}. Keep me in mind.'))).toBe(false);
    const closed = 'The call went well {{contact.firstName}}.';
    expect(await passes(closed, made('connection', closed.length, closed.length, ' Keep me in mind.'))).toBe(true);
  });

  it('refuses an insert that does not supply its part', async () => {
    useModel();
    expect(await passes(PLAIN, made('connection', PLAIN.length, PLAIN.length, ' The weather is fine.'))).toBe(false);
  });

  it('refuses any new tone flag, counting flags of the same words one by one', async () => {
    useModel();
    const body = 'Sorry to bother you. The call went well.';
    const end = body.length;
    expect(await passes(body, made('connection', end, end, ' Keep me in mind.'))).toBe(true);
    expect(await passes(body, made('connection', end, end, ' Sorry to bother you. Keep me in mind.'))).toBe(false);
    expect(await passes(body, made('connection', end, end, ' Maybe, perhaps, I guess, keep me in mind.'))).toBe(false);
  });

  it('refuses a rewrite that leaves its kind of flag on the new text, but not one beside it or of another kind', async () => {
    useModel();
    const body = 'Sorry to bother you. Sorry to bother you again.';
    const second = body.indexOf('Sorry to bother you again');
    // The flag left starts right where the new text ends: not on it.
    expect(await passes(body, made('over-apology', 0, second, 'Hello. ', 'rewrite'))).toBe(true);
    expect(await passes(body, made('over-apology', 0, second, 'Sorry to bother you. ', 'rewrite'))).toBe(false);
    // The flag left ends right where the new text starts.
    const other = 'Sorry to bother you, Sam. Sorry to bother you.';
    const after = 'Sorry to bother'.length;
    expect(await passes(other, made('over-apology', after, after + 4, ' them', 'rewrite'))).toBe(true);
    const hedged = 'Maybe, perhaps, I guess. Sorry to bother you.';
    expect(
      await passes(hedged, made('over-apology', 0, hedged.length, 'Maybe, perhaps, I guess. Hello.', 'rewrite')),
    ).toBe(true);
  });
});

describe('the size limit and the suggestions together, after the mutation run of suggest.ts', () => {
  it('works out suggestions for a draft of up to 20,000 characters and none past it', async () => {
    useModel();
    expect(MAX_SUGGESTION_BODY).toBe(20_000);
    const body = `${'The call went well. '.repeat(999)}The call went well.`.padEnd(20_000, '!');
    expect(body).toHaveLength(20_000);
    expect((await fixes(body)).suggestions.map((s) => s.id)).toStrictEqual([
      'gratitude-insert',
      'sincerity-insert',
      'connection-insert',
    ]);
    expect((await fixes(`${body}!`)).suggestions).toStrictEqual([]);
  });

  it('applies a suggestion as a replacement of its range', async () => {
    expect(applySuggestion('abcdef', { start: 2, end: 4, text: 'XYZ' })).toBe('abXYZef');
    expect(applySuggestion('abc', { start: 3, end: 3, text: '!' })).toBe('abc!');
  });
});

describe('suggest.ts, after its first mutation run', () => {
  it('tidies a hedge rewrite: no space at the end, marks before a stop dropped, every leading mark taken off', async () => {
    useModel();
    const hedged = async (body: string) => rewrite((await fixes(body)).suggestions, 'hedging');
    expect(await hedged('Thank you. I was nervous, maybe, perhaps, I guess')).toBe('I was nervous');
    expect(await hedged('I think I was maybe perhaps up until 1,000.')).toBe('I was up until 1,000.');
    expect(await hedged('-- maybe, perhaps, I guess we could talk.')).toBe('We could talk.');
  });

  it('takes out each wording of an apology and what follows it, whatever the spaces', async () => {
    useModel();
    const apology = async (body: string) => rewrite((await fixes(body)).suggestions, 'over-apology');
    const thanks = 'Thank you for the call.';
    expect(await apology(`Im sorry to bother you, but ${thanks.toLowerCase()}`)).toBe(thanks);
    expect(await apology(`Again sorry to bother you, but ${thanks.toLowerCase()}`)).toBe(thanks);
    expect(await apology(`I'm  sorry to bother you, but ${thanks.toLowerCase()}`)).toBe(thanks);
    expect(await apology(`Sorry  for the trouble, but ${thanks.toLowerCase()} Sorry again.`)).toBe(thanks);
    expect(await apology(`Sorry to bother you , but ${thanks.toLowerCase()}`)).toBe(thanks);
    expect(await apology(`Sorry to bother you,  but ${thanks.toLowerCase()}`)).toBe(thanks);
    expect(await apology(`Sorry to bother you  but ${thanks.toLowerCase()}`)).toBe(thanks);
    expect(await apology(`Sorry to bother you but ${thanks.toLowerCase()}`)).toBe(thanks);
    // An apology with nothing after it; the second sentence makes the flag.
    expect(await apology(`I apologise, but ${thanks.toLowerCase()} Sorry to bother you.`)).toBe(thanks);
    expect(await apology('Thank you for the call; sorry to bother you; see you soon.')).toBe(
      'Thank you for the call; see you soon.',
    );
    // The apology and the dash after it give way to a space, so the words either side stay apart.
    expect(await apology('Thank you for the call—sorry to bother you—see you soon.')).toBe(
      'Thank you for the call— see you soon.',
    );
  });

  it('offers to leave a hedged or apologising sentence out when its rewrite would raise a flag', async () => {
    // "nervous" weighs for blame: the rewrite keeps it, in a sentence of other words, so its flag is new.
    useModel({ nervous: 'blame' });
    const hedged = 'Thank you for the call. I think I was maybe perhaps nervous. See you soon.';
    expect(rewrite((await fixes(hedged)).suggestions, 'hedging')).toBe('');
    const sorry = 'Thank you for the call. Sorry to bother you, I was nervous. See you soon.';
    expect(rewrite((await fixes(sorry)).suggestions, 'over-apology')).toBe('');
  });

  it('takes every space after a sentence it leaves out', async () => {
    useModel({ zebra: 'blame', respect: 'oversharing', difficult: 'oversharing' });
    const body = 'Thank you for the call. The zebra crossing was closed today.   See you soon.';
    const left = (await fixes(body)).suggestions.find((s) => s.target === 'blame');
    expect(left && applySuggestion(body, left)).toBe('Thank you for the call. See you soon.');
  });

  it("reads a title only as a whole word, and the highlight's last stop only at its end", async () => {
    useModel();
    const context = { contact: { name: 'Yasir Khan', company: '', highlight: 'the talk on Node.js.' }, myName: '' };
    const { suggestions: offered } = await fixes(PLAIN, context);
    expect(insert(offered, 'gratitude')).toBe('Thank you for taking the time to tell me yourself, Yasir.');
    expect(insert(offered, 'sincerity')).toBe(
      'The talk on Node.js has stayed with me, and your team is still where I would most like to work.',
    );
  });

  it('finds the greeting only at the start, and the sign-off only as the whole line', async () => {
    useModel();
    expect(byId((await fixes('We met in Delhi. The call went well.')).suggestions)['gratitude-insert']?.[0]).toBe(0);
    const regards = 'The call went well. Please send Jo my regards.';
    expect(byId((await fixes(regards)).suggestions)['connection-insert']?.[0]).toBe(regards.length);
  });

  it('reads a name line by its words however spaced, and by a stop at its very end only', async () => {
    useModel();
    const at = async (body: string) => byId((await fixes(body)).suggestions)['connection-insert']?.[0];
    expect(await at('The call went well.\nAlex  Sam  Kim')).toBe(PLAIN.length);
    expect(await at('The call went well.\nDr. Kim')).toBe(PLAIN.length);
  });

  it('puts the ask before any trailing space, even one a sentence keeps', async () => {
    useModel();
    expect(byId((await fixes(`${PLAIN}\u3000`)).suggestions)['connection-insert']?.[0]).toBe(PLAIN.length);
  });

  it('puts sincerity after thanks that end right before the sign-off, and not after thanks in the sign-off', async () => {
    useModel();
    const body = 'Hi Sam,\n\nThe call went well. Thank you for it.\n\nBest,\nAlex';
    expect(byId((await fixes(body)).suggestions)['sincerity-insert']?.[0]).toBe(body.indexOf('\n\nBest'));
    const signed = 'The call went well. Thank you';
    expect(byId((await fixes(signed)).suggestions)['sincerity-insert']?.[0]).toBe(PLAIN.length);
  });

  it('joins a new sentence with a space unless the draft has a blank line, even one holding spaces', async () => {
    useModel();
    const ask = 'If a similar role opens up, could you keep me in mind? I would be glad to stay in touch.';
    expect(byId((await fixes(PLAIN)).suggestions)['connection-insert']).toStrictEqual([19, 19, ` ${ask}`, ask]);
    const lines = 'The call went well.\nOK\nSee you soon.';
    expect(byId((await fixes(lines)).suggestions)['connection-insert']?.[2]).toBe(` ${ask}`);
    const spaced = 'The call went well.\n \nSee you soon.';
    expect(byId((await fixes(spaced)).suggestions)['connection-insert']?.[2]).toBe(`\n\n${ask}`);
  });
});
