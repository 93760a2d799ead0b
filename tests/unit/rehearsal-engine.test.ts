import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chooseBranch,
  countFillers,
  countHedges,
  normalizeAnswer,
  reviewAnswer,
  saysPhrase,
  takeTurn,
  type SessionPeople,
  type TurnReview,
} from '../../core/rehearsal/engine';
import { PACE, callHeadline, nextScenario, reviewSession } from '../../core/rehearsal/review';
import { findStep, type Scenario } from '../../core/scenarios';
import { findAppRoot } from '../../main/paths';
import { loadScenarioLibrary, scenariosDir } from '../../main/scenarios-loader';

const library = loadScenarioLibrary(scenariosDir(path.join(findAppRoot(), 'templates')));
const scenario = (id: string): Scenario => library.scenarios.find((s) => s.id === id)!;
const people: SessionPeople = {
  contactName: 'Ada Byron',
  jobTitle: 'Head of Design',
  company: 'Northwind',
  position: 'Product Designer',
  myName: 'Sam Lee',
  highlight: 'the tour of the research lab',
  wordsPerMinute: 150,
};
const typed = (text: string) => ({ text, mode: 'typed' as const, talkSeconds: null });

describe('phrases, hedges and fillers', () => {
  it('matches whole words and phrases, case and apostrophes folded', () => {
    const text = normalizeAnswer('Is this a GOOD   time? I’d love to stay on your radar. Steam.');
    expect(saysPhrase(text, 'good time')).toBe(true);
    expect(saysPhrase(text, "i'd love")).toBe(true);
    expect(saysPhrase(text, 'radar')).toBe(true);
    expect(saysPhrase(text, 'team')).toBe(false);
    expect(saysPhrase(text, 'time is')).toBe(false);
    expect(saysPhrase(text, '  ')).toBe(false);
  });

  it('counts fillers and hedges separately (um is a filler, maybe a hedge)', () => {
    const text = normalizeAnswer('Um, I think maybe, you know, I just uh wanted to call. Basically that.');
    expect(countFillers(text)).toBe(4);
    expect(countHedges(text)).toBe(3);
    expect(countFillers(normalizeAnswer('Thank you for your time.'))).toBe(0);
    expect(countHedges(normalizeAnswer('Thank you for your time.'))).toBe(0);
  });
});

describe('reviewAnswer', () => {
  const glad = findStep(scenario('warm-pickup'), 'glad')!;

  it('finds the parts with the coach, lists what the step asked for and missed, and the keywords', () => {
    const review = reviewAnswer(glad, typed('Thank you so much for your time and for the tour of the lab.'), people);
    expect(review.covered.gratitude).toBe(true);
    expect(review.covered.sincerity).toBe(false);
    expect(review.listenFor).toEqual(['gratitude', 'sincerity']);
    expect(review.missing).toEqual(['sincerity']);
    expect(review.keywordsHeard).toEqual(['thank you']);
    expect(review.keywordsMissed).toEqual(['still', 'team']);
  });

  it('estimates talk time of a typed answer from words and the pace setting, and gives no measured pace', () => {
    const words = Array.from({ length: 75 }, () => 'word').join(' ');
    const review = reviewAnswer(glad, typed(words), people);
    expect(review.words).toBe(75);
    expect(review.talkSeconds).toBe(30);
    expect(review.talkEstimated).toBe(true);
    expect(review.wordsPerMinute).toBeNull();
    expect(review.timing).toBe('ok');
    expect(reviewAnswer(glad, typed(words), { ...people, wordsPerMinute: 100 }).talkSeconds).toBe(45);
  });

  it('uses measured talk time for a spoken answer and works out the pace', () => {
    const text = Array.from({ length: 50 }, () => 'thanks').join(' ');
    const review = reviewAnswer(glad, { text, mode: 'spoken', talkSeconds: 15 }, people);
    expect(review.talkSeconds).toBe(15);
    expect(review.talkEstimated).toBe(false);
    expect(review.wordsPerMinute).toBe(200);
    expect(review.timing).toBe('short');
    expect(reviewAnswer(glad, { text, mode: 'spoken', talkSeconds: 50 }, people).timing).toBe('long');
  });

  it('flags going past a hard limit, and tone from the coach with its suggestion', () => {
    const voicemail = scenario('voicemail');
    const greeting = findStep(voicemail, 'greeting')!;
    const long = reviewAnswer(greeting, { text: 'Thank you.', mode: 'spoken', talkSeconds: 34 }, people);
    expect(long.overLimit).toBe(true);
    const pleading = reviewAnswer(greeting, typed('Please reconsider your decision. I am begging you.'), people);
    expect(pleading.tone.map((note) => note.kind)).toContain('reconsider');
    expect(pleading.tone[0]!.suggestion.length).toBeGreaterThan(20);
  });

  it('treats an empty answer as nothing said', () => {
    const review = reviewAnswer(glad, typed('   '), people);
    expect(review.words).toBe(0);
    expect(review.talkSeconds).toBe(0);
    expect(review.missing).toEqual(['gratitude', 'sincerity']);
    expect(review.timing).toBe('short');
  });
});

describe('branching', () => {
  it('takes the first branch whose condition holds, in order', () => {
    const final = findStep(scenario('decision-final'), 'final')!;
    const asked = reviewAnswer(final, typed('Thank you, but could you reconsider?'), people);
    expect(chooseBranch(final, asked, people).to).toBe('colder');
    const gracious = reviewAnswer(final, typed('I understand, and thank you for your time.'), people);
    expect(chooseBranch(final, gracious, people).to).toBe('softer');
    expect(chooseBranch(final, reviewAnswer(final, typed('Okay.'), people), people).to).toBe('softer-unsure');
  });

  it('uses measured talk time for "longer than" branches', () => {
    const greeting = findStep(scenario('voicemail'), 'greeting')!;
    const text = 'Hi, thank you for your time. I am still keen on the team and would love to stay in touch.';
    const spokenLong = reviewAnswer(greeting, { text, mode: 'spoken', talkSeconds: 33 }, people);
    expect(chooseBranch(greeting, spokenLong, people).to).toBe('cut-off');
    const spokenOk = reviewAnswer(greeting, { text, mode: 'spoken', talkSeconds: 25 }, people);
    expect(chooseBranch(greeting, spokenOk, people).to).toBe('saved-complete');
  });

  it('walks a whole warm call to its best end', () => {
    const warm = scenario('warm-pickup');
    let step = warm.start;
    const answers = [
      'Hi Ada, it is Sam. Is now a good time?',
      'Thank you for the tour of the research lab. I am still excited about the team.',
      'Could I stay on your radar for future openings?',
    ];
    const reviews: TurnReview[] = [];
    let ended = false;
    for (const text of answers) {
      const result = takeTurn(warm, step, typed(text), people);
      reviews.push(result.review);
      step = result.next.id;
      ended = result.ended;
    }
    expect(step).toBe('end-radar');
    expect(ended).toBe(true);
    expect(() => takeTurn(warm, step, typed('Bye'), people)).toThrow(/already ended/);
    expect(() => takeTurn(warm, 'nope', typed('Bye'), people)).toThrow(/no step "nope"/);
    const session = reviewSession(reviews, people.highlight);
    expect(session.covered).toEqual({ gratitude: true, sincerity: true, connection: true });
    expect(session.coverage).toBe(1);
    expect(session.tips).toHaveLength(3);
  });
});

describe('one record of the whole call', () => {
  const walk = (id: string, answers: string[]) => {
    const call = scenario(id);
    let step = call.start;
    const reviews: TurnReview[] = [];
    for (const text of answers) {
      const result = takeTurn(call, step, typed(text), people, reviews);
      reviews.push(result.review);
      step = result.next.id;
    }
    return { call, step, reviews, session: reviewSession(reviews, { rung: 'script', scenario: call }) };
  };

  it('counts an ask made at any turn: the call goes to its warm end and nothing says it was missing', () => {
    const { call, step, reviews, session } = walk('rushed', [
      'Hi Ada, it is Sam. Thank you for the interview. I am still keen on the team, and could we stay in touch?',
      'No, that is all. Bye!',
    ]);
    expect(step).toBe('end-radar');
    expect(reviews[1]!.saidEarlier).toContain('connection');
    expect(reviews[1]!.missing).not.toContain('connection');
    expect(session.covered.connection).toBe(true);
    expect(session.coverage).toBe(1);
    const headline = callHeadline(call, reviews, step, session)!;
    expect(headline).not.toMatch(/missing/);
    expect(session.tips.join(' ')).not.toMatch(/Make the ask/);
  });

  it('in the warm pickup, an ask made before they offered the opening still counts', () => {
    const { step, session } = walk('warm-pickup', [
      'Hi Ada, it is Sam. Is now a good time?',
      'Thank you for the tour of the research lab. I am still excited about the team, and I would love to stay in touch.',
      'That is kind of you. Okay, bye.',
    ]);
    expect(step).toBe('end-radar');
    expect(session.covered).toEqual({ gratitude: true, sincerity: true, connection: true });
  });

  it('never heads the review with an ending that blames a part said at another turn', () => {
    const { call, step, reviews, session } = walk('why-still', [
      'Hi Ada. Thank you for your time. I am still very keen on the team.',
      'Hmm, I am not sure.',
      'Okay.',
    ]);
    expect(step).toBe('end-flat');
    expect(session.covered.sincerity).toBe(true);
    const headline = callHeadline(call, reviews, step, session)!;
    expect(headline).not.toBe(findStep(call, 'end-flat')!.tip);
    expect(headline).toMatch(/You said still keen earlier in the call/);
    expect(headline).not.toMatch(/Still missing/);
    // An ending that matches the record keeps the scenario's own words.
    const flat = walk('why-still', ['Hello.', 'No idea.', 'Nothing.', 'Nothing.']);
    expect(callHeadline(flat.call, flat.reviews, flat.step, flat.session)).toBe(findStep(flat.call, 'end-flat')!.tip);
  });
});

describe('reviewSession', () => {
  const base: TurnReview = {
    stepId: 's',
    mode: 'typed',
    text: 'x',
    listenFor: ['gratitude', 'sincerity', 'connection'],
    covered: { gratitude: true, sincerity: false, connection: false },
    missing: ['sincerity', 'connection'],
    keywordsHeard: ['thank you'],
    keywordsMissed: [],
    words: 30,
    talkSeconds: 12,
    talkEstimated: true,
    wordsPerMinute: null,
    target: { min: 20, max: 30 },
    timing: 'short',
    overLimit: false,
    hedges: 0,
    fillers: 0,
    tone: [],
  };

  it('gives three tips from what was missed, most important first, naming the highlight', () => {
    const review = reviewSession(
      [
        {
          ...base,
          covered: { gratitude: false, sincerity: false, connection: true },
          missing: ['gratitude', 'sincerity'],
        },
      ],
      'the lab tour',
    );
    expect(review.tips).toHaveLength(3);
    expect(review.tips[0]).toMatch(/the lab tour/);
    expect(review.tips[1]).toMatch(/still love to work there/);
    expect(review.tips[2]).toMatch(/shorter than the target/);
    expect(review.coverage).toBeCloseTo(1 / 3);
  });

  it('turns tone, limits, pace, fillers and hedges into tips', () => {
    const noisy: TurnReview = {
      ...base,
      covered: { gratitude: true, sincerity: true, connection: true },
      missing: [],
      mode: 'spoken',
      talkEstimated: false,
      words: 60,
      talkSeconds: 18,
      wordsPerMinute: 200,
      timing: 'ok',
      overLimit: true,
      fillers: 4,
      hedges: 5,
      tone: [{ kind: 'reconsider', text: 'reconsider', suggestion: '' }],
    };
    const review = reviewSession([noisy]);
    expect(review.tips[0]).toMatch(/Leave the decision alone/);
    expect(review.tips[1]).toMatch(/time limit/);
    expect(review.tips[2]).toMatch(/200 words a minute/);
    expect(review.wordsPerMinute).toBe(200);
    expect(review.fillers).toBe(4);
    expect(review.hedges).toBe(5);
    expect(review.toneKinds).toEqual(['reconsider']);
    expect(review.talkEstimated).toBe(false);
    const slow = reviewSession([
      { ...noisy, overLimit: false, tone: [], fillers: 0, hedges: 0, wordsPerMinute: 90, words: 30, talkSeconds: 20 },
    ]);
    expect(slow.tips[0]).toMatch(new RegExp(`${Math.round((30 / 20) * 60)} words a minute`));
    expect(PACE.slow).toBeGreaterThan(90);
  });

  it('with nothing missed, suggests the next rung of the ladder instead of empty praise', () => {
    const perfect = {
      ...base,
      covered: { gratitude: true, sincerity: true, connection: true },
      missing: [],
      timing: 'ok' as const,
    };
    const review = reviewSession([perfect, perfect]);
    expect(review.turns).toBe(2);
    expect(review.talkSeconds).toBe(24);
    expect(review.words).toBe(60);
    expect(review.tips[0]).toMatch(/cue words only/);
    expect(review.tips).toHaveLength(3);
  });

  it('knows the rung used and the scenario just done: never one rung down after no cues, never the same scenario', () => {
    const perfect = {
      ...base,
      covered: { gratitude: true, sincerity: true, connection: true },
      missing: [],
      timing: 'ok' as const,
      mode: 'spoken' as const,
    };
    const rushed = scenario('rushed');
    const afterRush = reviewSession([perfect], {
      rung: 'none',
      scenario: rushed,
      next: nextScenario(library.scenarios, rushed.id),
    });
    expect(afterRush.tips.join(' ')).not.toMatch(/rung down/);
    expect(afterRush.tips.join(' ')).not.toMatch(/In a rush/);
    expect(afterRush.tips.join(' ')).not.toMatch(/rather than typing/);
    expect(afterRush.tips[0]).toMatch(/no cues/);
    expect(afterRush.tips[1]).toMatch(/Voicemail/);
    const cues = reviewSession([perfect], { rung: 'cues' });
    expect(cues.tips[0]).toMatch(/no cues at all/);
    expect(cues.tips.join(' ')).not.toMatch(/cue words only/);
    for (const current of library.scenarios) {
      const next = nextScenario(library.scenarios, current.id);
      expect(next?.id).not.toBe(current.id);
      const tips = reviewSession([perfect], { scenario: current, next }).tips.join(' ');
      expect(tips).not.toContain(current.title);
    }
    expect(nextScenario([scenario('rushed')], 'rushed')).toBeNull();
  });

  it('counts only asked parts for coverage, and an empty session covers nothing', () => {
    const empty = reviewSession([]);
    expect(empty.coverage).toBe(1);
    expect(empty.asked).toEqual([]);
    expect(empty.talkSeconds).toBe(0);
    expect(empty.wordsPerMinute).toBeNull();
    const onlyThanks = reviewSession([{ ...base, listenFor: ['gratitude'], missing: [] }]);
    expect(onlyThanks.asked).toEqual(['gratitude']);
    expect(onlyThanks.coverage).toBe(1);
  });
});
