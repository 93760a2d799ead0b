/**
 * Tests aimed at mutants of how the coach combines the model with the phrase lists (analyze.ts), issue 21
 * (`npm run mutate -- --group coach --only core/coach/analyze.ts`). The trained model is replaced here by a
 * small one built for each draft: a few of the draft's own features get a weight, so each test says which
 * sentence the model scores high or low, whatever the committed weights are.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeDraft, barbedSentences, readDraft } from '../../core/coach/analyze';
import type { CoachModel } from '../../core/coach/model';
import type { CoachInput, CoachReport, ToneKind } from '../../core/coach/types';
import type { DraftChannel } from '../../core/drafts';
import { buildStubModel, type StubModelSpec } from '../helpers/stub-coach-model';

const stub = vi.hoisted(() => ({ model: null as CoachModel | null }));

vi.mock('../../core/coach/model', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../core/coach/model')>();
  return { ...actual, getModel: () => stub.model ?? actual.getModel() };
});

afterEach(() => {
  stub.model = null;
});

/** A model for this draft: bias 0, threshold 1 and veto -1 for every output, unless the spec says otherwise. */
function useModel(body: string, spec: StubModelSpec, channel: DraftChannel = 'email'): void {
  stub.model = buildStubModel(body, spec, channel);
}

function analyze(body: string, extra: Partial<CoachInput> = {}): CoachReport {
  return analyzeDraft({ channel: 'email', subject: '', body, contact: null, wordsPerMinute: 150, ...extra });
}

function evidence(report: CoachReport, part: 'gratitude' | 'sincerity' | 'connection'): string | null {
  return report.parts[part].evidence?.text ?? null;
}

function tone(report: CoachReport): [ToneKind, string, 'phrases' | 'model', string][] {
  return report.toneFlags.map((flag) => [flag.kind, flag.text, flag.source, flag.cause.text]);
}

const THREE = 'Hello there friend. Zebra crossing today. Walrus swims well.';

describe('a part found by the model', () => {
  it('is found in a sentence the model scores at or above the threshold, and only there', () => {
    useModel(THREE, { weights: { 'w:zebra': { gratitude: 1 }, 'w:walrus': { sincerity: 0.9 } } });
    const report = analyze(THREE);
    expect(evidence(report, 'gratitude')).toBe('Zebra crossing today.');
    expect(report.parts.gratitude.found).toBe(true);
    expect(evidence(report, 'sincerity')).toBeNull();
    expect(evidence(report, 'connection')).toBeNull();
  });

  it('is found in the sentence the model scores highest, the first on a tie', () => {
    useModel(THREE, {
      weights: { 'w:zebra': { gratitude: 2, sincerity: 3 }, 'w:walrus': { gratitude: 3, sincerity: 3 } },
    });
    const report = analyze(THREE);
    expect(evidence(report, 'gratitude')).toBe('Walrus swims well.');
    expect(evidence(report, 'sincerity')).toBe('Zebra crossing today.');
  });

  it('is found in the first sentence, with no phrase-list cue, when the model picks it', () => {
    useModel(THREE, { weights: { 'w:hello': { connection: 4 } } });
    expect(evidence(analyze(THREE), 'connection')).toBe('Hello there friend.');
  });

  it('is never found by the model in a sentence with a phrase-list tone flag, or one the phrase lists rule out', () => {
    const body = 'Your loss, zebra crossing. I will never thank you for this walrus. Hello there friend.';
    useModel(body, {
      weights: { 'w:zebra': { gratitude: 5 }, 'w:walrus': { gratitude: 5 }, 'w:hello': { gratitude: 2 } },
    });
    expect(evidence(analyze(body), 'gratitude')).toBe('Hello there friend.');
    useModel(body, { weights: { 'w:zebra': { gratitude: 5 }, 'w:walrus': { gratitude: 5 } } });
    expect(evidence(analyze(body), 'gratitude')).toBeNull();
  });
});

describe('a part found by the phrase lists when the model finds it nowhere', () => {
  const body = 'Hello there friend. Thank you for your time.';

  it('stands for an output that keeps every phrase-list finding', () => {
    useModel(body, { combine: { gratitude: 'either' } });
    expect(evidence(analyze(body), 'gratitude')).toBe('Thank you for your time.');
  });

  it("stands unless the model scores the sentence below the output's veto", () => {
    useModel(body, { combine: { gratitude: 'vetoable' }, weights: { 'w:thank': { gratitude: -1 } } });
    expect(evidence(analyze(body), 'gratitude')).toBe('Thank you for your time.');
    useModel(body, { combine: { gratitude: 'vetoable' }, weights: { 'w:thank': { gratitude: -1.5 } } });
    expect(evidence(analyze(body), 'gratitude')).toBeNull();
  });

  it('does not stand for a model-only output whose threshold the sentence misses', () => {
    useModel(body, { combine: { gratitude: 'model' }, thresholds: { gratitude: 1 } });
    expect(evidence(analyze(body), 'gratitude')).toBeNull();
  });
});

describe('tone flags from the phrase lists, weighed by the model', () => {
  const body = 'Your loss, zebra crossing. Hello there friend.';

  it('keeps a phrase-list flag the combination keeps, and drops one it does not', () => {
    useModel(body, { combine: { bitterness: 'either' } });
    expect(tone(analyze(body))).toStrictEqual([['bitterness', 'Your loss', 'phrases', 'Your loss']]);
    useModel(body, { combine: { bitterness: 'model' } });
    expect(tone(analyze(body))).toStrictEqual([]);
    useModel(body, { combine: { bitterness: 'vetoable' }, weights: { 'w:zebra': { bitterness: -5 } } });
    expect(tone(analyze(body))).toStrictEqual([]);
  });

  it('never adds a model flag of the same kind to a sentence the phrase lists flagged, even one dropped', () => {
    useModel(body, {
      combine: { bitterness: 'vetoable' },
      vetoes: { bitterness: 10 },
      weights: { 'w:zebra': { bitterness: 5 } },
    });
    expect(tone(analyze(body))).toStrictEqual([]);
  });

  it('keeps a flag over two sentences when the model lets it stand in either of them', () => {
    const hedged = 'Maybe we could talk, perhaps soon. I guess the zebra agrees. Hello there friend.';
    const flagText = hedged.slice(0, hedged.indexOf(' the zebra'));
    expect(barbedSentences(readDraft(hedged, 'email'))).toStrictEqual(new Set([0, 1]));
    useModel(hedged, { combine: { hedging: 'vetoable' }, weights: { 'w:zebra': { hedging: -5 } } });
    expect(tone(analyze(hedged))).toStrictEqual([['hedging', flagText, 'phrases', flagText]]);
    useModel(hedged, { combine: { hedging: 'vetoable' }, weights: { 'w:maybe': { hedging: -5 } } });
    expect(tone(analyze(hedged))).toStrictEqual([['hedging', flagText, 'phrases', flagText]]);
    useModel(hedged, {
      combine: { hedging: 'vetoable' },
      weights: { 'w:zebra': { hedging: -5 }, 'w:maybe': { hedging: -5 } },
    });
    expect(tone(analyze(hedged))).toStrictEqual([]);
  });
});

describe('tone flags from the model', () => {
  it('flags a sentence of three words or more at or above the threshold, with its strongest words as the cause', () => {
    const body = 'Zebra crossing. Walrus swims well. Hello there friend.';
    useModel(body, { weights: { 'w:zebra': { blame: 5 }, 'w:walrus': { blame: 1 }, 'w:hello': { blame: 0.9 } } });
    expect(tone(analyze(body))).toStrictEqual([['blame', 'Walrus swims well.', 'model', 'Walrus']]);
    const flag = analyze(body).toneFlags[0]!;
    expect([flag.start, flag.end]).toStrictEqual([body.indexOf('Walrus'), body.indexOf(' Hello')]);
  });

  it('gives the whole sentence as the cause when no word of it pushed the kind up', () => {
    const body = 'Hello there friend. Walrus swims well.';
    useModel(body, { bias: { contempt: 2 } });
    expect(tone(analyze(body))).toStrictEqual([
      ['contempt', 'Hello there friend.', 'model', 'Hello there friend.'],
      ['contempt', 'Walrus swims well.', 'model', 'Walrus swims well.'],
    ]);
  });

  it('leaves a sentence that names a weakness with a plan to improve it unflagged as running oneself down', () => {
    const plans = [
      'I am weak at SQL, so I started a course.',
      "I am weak at SQL, so I've signed up for lessons.",
      'I am weak at SQL, so i have enrolled there.',
      'I am weak at SQL, so I begun again.',
      'I am weak at SQL, so I have joined a group.',
      'I am weak at SQL, so I been reading.',
      "I'm working on my SQL.",
      'I am taking lessons in SQL.',
      'I am learning SQL.',
      'I am practising SQL daily.',
      'I am practicing SQL daily.',
      'I am doing a night class.',
      'Weak at SQL, I started a course.',
      'Weak at SQL, I am taking an online class.',
      'Weak at SQL, I enrolled in a bootcamp.',
      'Weak at SQL, I signed up for the programme.',
      'Weak at SQL, I started a program.',
    ];
    for (const plan of plans) {
      const body = `${plan} Hello there friend.`;
      useModel(body, { bias: { 'self-deprecation': 2 } });
      expect(
        tone(analyze(body)).map(([, text]) => text),
        plan,
      ).toStrictEqual(['Hello there friend.']);
    }
  });

  it('flags running oneself down when the plan is not there, and other kinds even when it is', () => {
    const near = [
      'I am weak at SQL, also I started over.',
      'I am weak at SQL, so I decided to stop.',
      'I am weak at SQL, not learning.',
      'Weak at SQL, I started a fire.',
      'Weak at SQL, I am not doing anything.',
    ];
    for (const line of near) {
      useModel(line, { bias: { 'self-deprecation': 2 } });
      expect(
        tone(analyze(line)).map(([kind]) => kind),
        line,
      ).toStrictEqual(['self-deprecation']);
    }
    const plan = 'I am weak at SQL, so I started a course.';
    useModel(plan, { bias: { oversharing: 2 } });
    expect(tone(analyze(plan)).map(([kind]) => kind)).toStrictEqual(['oversharing']);
  });
});

describe('a sentence off in tone though no kind reached its threshold', () => {
  it('is flagged as the kind that came closest to its own threshold, with the any-tone words as the cause', () => {
    const body = 'Hello there friend. Walrus swims well.';
    useModel(body, {
      thresholds: { blame: 2, pleading: 3 },
      weights: { 'w:walrus': { 'any-tone': 5, bitterness: 0.5, blame: 1.8, pleading: 2.9 } },
    });
    expect(tone(analyze(body))).toStrictEqual([['pleading', 'Walrus swims well.', 'model', 'Walrus']]);
  });

  it('is flagged as the first kind when every kind is as far from its threshold', () => {
    const body = 'Hello there friend. Walrus swims well.';
    useModel(body, { weights: { 'w:walrus': { 'any-tone': 1 } } });
    expect(tone(analyze(body))).toStrictEqual([['bitterness', 'Walrus swims well.', 'model', 'Walrus']]);
    useModel(body, { weights: { 'w:walrus': { 'any-tone': 0.9 } } });
    expect(tone(analyze(body))).toStrictEqual([]);
  });

  it('is not flagged again when already flagged, nor when it is two words or fewer', () => {
    const body = 'Your loss, zebra crossing. Walrus swims. Hello there friend.';
    useModel(body, {
      combine: { bitterness: 'either' },
      weights: {
        'w:zebra': { 'any-tone': 5, blame: 0.5 },
        'w:walrus': { 'any-tone': 5, blame: 0.5 },
        'w:hello': { 'any-tone': 5, blame: 0.5 },
      },
    });
    expect(tone(analyze(body))).toStrictEqual([
      ['bitterness', 'Your loss', 'phrases', 'Your loss'],
      ['blame', 'Hello there friend.', 'model', 'Hello'],
    ]);
  });

  it('is not flagged as running oneself down when it names a plan to improve', () => {
    const body = 'I am weak at SQL, so I started a course. I am weak at SQL.';
    useModel(body, { bias: { 'any-tone': 2, 'self-deprecation': 0.5 } });
    expect(tone(analyze(body)).map(([kind, text]) => [kind, text])).toStrictEqual([
      ['self-deprecation', 'I am weak at SQL.'],
    ]);
  });

  it('is flagged as another kind even when it names a plan to improve', () => {
    const body = 'I am weak at SQL, so I started a course. Hello there friend.';
    useModel(body, { bias: { 'any-tone': 2, oversharing: 0.5 } });
    expect(tone(analyze(body)).map(([kind, text]) => [kind, text])).toStrictEqual([
      ['oversharing', 'I am weak at SQL, so I started a course.'],
      ['oversharing', 'Hello there friend.'],
    ]);
  });
});

describe('the rest of the report', () => {
  it('checks the subject of an email only, the personalisation only with a contact, and lists placeholders', () => {
    const body = 'Dear {{contact.firstName}}, thank you for your time at {{ company }}.';
    const email = analyze(body, { subject: 'Thank you, Sam' });
    expect(email.subject).toMatchObject({ words: 3, verdict: 'ok' });
    expect(email.personalisation).toBeNull();
    expect(email.placeholders).toStrictEqual([
      { name: 'contact.firstName', start: 5, end: 26, text: '{{contact.firstName}}' },
      { name: 'company', start: body.indexOf('{{ company'), end: body.length - 1, text: '{{ company }}' },
    ]);
    const letter = analyze(body, {
      channel: 'letter',
      subject: 'Thank you, Sam',
      contact: { name: 'Sam Rivera', company: 'Larkspur', highlight: 'the print room' },
    });
    expect(letter.subject).toBeNull();
    expect(letter.personalisation).toMatchObject({ name: false, company: false, detail: false });
  });

  it('measures speaking time at the pace given', () => {
    const body = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    expect(analyze(body, { channel: 'voicemail', wordsPerMinute: 120 }).length.speakingSeconds).toBe(30);
    expect(readDraft(body, 'voicemail').length.speakingSeconds).toBe(24);
    expect(readDraft(body, 'voicemail', 90).length.speakingSeconds).toBe(40);
  });

  it('reads the draft with the phrase lists: sentences, flags, sarcasm and part scores', () => {
    const body = 'Hello there friend. Your loss, really. Thank you for your time.';
    const reading = readDraft(body, 'email');
    expect(reading.normalized).toBe(body.toLowerCase());
    expect(reading.sentences).toHaveLength(3);
    expect(reading.signals.flags.map((flag) => flag.kind)).toStrictEqual(['bitterness']);
    expect(reading.signals.sarcastic).toStrictEqual(new Set());
    expect(reading.signals.parts.gratitude.scores[2]).toBeGreaterThanOrEqual(1);
    expect(barbedSentences(reading)).toStrictEqual(new Set([1]));
  });
});
