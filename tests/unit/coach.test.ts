import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../core/coach/analyze';
import { splitSentences } from '../../core/coach/sentences';
import type { CoachInput, CoachReport, ToneKind } from '../../core/coach/types';
import type { DraftChannel } from '../../core/drafts';
import { timeLimit } from '../helpers/time-limit';

function analyze(body: string, options: Partial<CoachInput> = {}): CoachReport {
  return analyzeDraft({
    channel: 'email',
    subject: 'Thank you, Sam',
    body,
    contact: null,
    wordsPerMinute: 150,
    ...options,
  });
}

function makeWords(count: number): string {
  return Array.from({ length: count }, (_, i) => `word${i}`).join(' ');
}

function listFlags(report: CoachReport, kind: ToneKind): string[] {
  return report.toneFlags.filter((flag) => flag.kind === kind).map((flag) => flag.text);
}

const GOOD_EMAIL = [
  'Hi Sam,',
  '',
  'Thank you for calling me on Monday to tell me yourself.',
  '',
  'I still think Larkspur is the place I would most like to work, and the accessibility work stayed with me.',
  '',
  'If a similar role opens up later this year, could you keep me in mind?',
  '',
  'Best wishes,',
  'Tom',
].join('\n');

/** Thanks with the sting in the same sentence, which the model (not the phrase lists) flags as sarcasm. */
const BACKHANDED_THANKS = 'Many thanks for the detailed feedback, all eleven words of it.';

describe('word-of-mouth threats', () => {
  it('flags a threat to tell others, not warm praise told to others', () => {
    const flags = (body: string) =>
      analyzeDraft({ channel: 'email', subject: '', body, contact: null, wordsPerMinute: 150 }).toneFlags.map(
        (flag) => flag.kind,
      );
    expect(flags('I will tell everyone about how you treated me.')).toContain('bitterness');
    expect(flags('I tell people all the time how much I admire your team.')).toEqual([]);
  });
});

describe('the three parts', () => {
  it('finds each part and points at the sentence that satisfied it', () => {
    const report = analyze(GOOD_EMAIL);
    const expected = {
      gratitude: 'Thank you for calling me on Monday to tell me yourself.',
      sincerity:
        'I still think Larkspur is the place I would most like to work, and the accessibility work stayed with me.',
      connection: 'If a similar role opens up later this year, could you keep me in mind?',
    };
    for (const [part, sentence] of Object.entries(expected)) {
      const finding = report.parts[part as keyof typeof expected];
      expect(finding.found).toBe(true);
      expect(finding.evidence?.text).toBe(sentence);
      expect(GOOD_EMAIL.slice(finding.evidence!.start, finding.evidence!.end)).toBe(sentence);
      expect(finding.advice).not.toBe('');
    }
  });

  it('reports a missing part with advice and no evidence', () => {
    const report = analyze('Thank you for letting me know about the decision.');
    expect(report.parts.gratitude.found).toBe(true);
    expect(report.parts.sincerity).toMatchObject({ found: false, evidence: null });
    expect(report.parts.connection.found).toBe(false);
    expect(report.parts.connection.advice).toMatch(/ask/i);
  });

  it.each([
    ['gratitude', "I'm grateful you took the time."],
    ['gratitude', 'It meant a lot that you called me yourself.'],
    ['gratitude', 'It was generous of you to write so quickly.'],
    ['gratitude', 'You did not have to explain the decision, and I am glad you did.'],
    ['gratitude', 'I can’t thank you enough for the feedback.'],
    ['sincerity', "Your team is still the one I'd most like to join."],
    ['sincerity', 'I came out of the interviews wanting the job more, not less.'],
    ['sincerity', 'I do love what you are building.'],
    ['connection', "If anything opens up down the line, I'd love to hear from you."],
    ['connection', 'Could we stay in touch?'],
    ['connection', 'What would make me a stronger candidate next time?'],
    ['connection', 'Please don’t hesitate to get in touch if a place opens in the spring.'],
    ['gratitude', 'What a thoughtful email to receive on a Monday.'],
    ['gratitude', 'Your notes on my design exercise were genuinely useful.'],
    ['gratitude', 'I really respect the way you handled the whole process.'],
    ['gratitude', 'The care you took with the feedback was not lost on me.'],
    ['gratitude', 'The courtesy of a personal reply is something I won’t forget.'],
    ['gratitude', 'It was really thoughtful of the team to send notes.'],
    ['sincerity', 'I’d give anything to work on the transit project with your team.'],
    ['sincerity', 'The data platform is exactly the kind of work I’d love to be doing.'],
    ['sincerity', 'I can easily picture myself on the support team.'],
    ['sincerity', 'Nothing would make me prouder than working at Fenwick.'],
    ['sincerity', 'There’s nowhere I’d rather build my career.'],
    ['sincerity', 'Your mission really resonates with me.'],
    ['sincerity', 'Working at Halden remains my long-term goal.'],
    ['sincerity', 'You’re doing such important work with the food bank.'],
    ['sincerity', 'The way you talked about mentoring stuck with me, and I love your team’s culture.'],
    ['connection', 'Would you mind keeping my CV on file?'],
    ['connection', 'I’d be glad to hear of any openings on the data team.'],
    ['connection', 'If the next junior analyst role opens, please let me know.'],
    ['connection', 'If any freelance work comes up, I’d be glad to help.'],
    ['connection', 'Might I send you a note when my certification comes through?'],
  ] as const)('recognises %s in a paraphrase: %s', (part, sentence) => {
    const report = analyze(sentence);
    expect(report.parts[part].found).toBe(true);
    expect(report.parts[part].evidence?.text).toBe(sentence);
  });

  it.each([
    ['gratitude', 'Thanks for nothing.'],
    ['gratitude', 'Thank you for wasting three weeks of my time.'],
    ['gratitude', 'I would appreciate it if you could tell me why.'],
    ['gratitude', 'I wish I could say thank you, but this was handled badly.'],
    ['sincerity', 'I no longer want to work there.'],
    ['sincerity', 'I used to want to work there.'],
    ['sincerity', "I don't want to work for your company."],
    ['connection', "I don't want to stay in touch."],
    ['connection', "There's no need to keep me in mind for future openings."],
    ['connection', 'Please call me back on 555-909-1212.'],
    ['connection', 'She was clearly the stronger candidate.'],
    ['connection', 'Please delete my CV from your files.'],
    ['sincerity', 'I can’t see myself working anywhere that treats people like this.'],
    ['sincerity', 'I’ve given up on joining the studio.'],
    ['sincerity', 'It was a pleasure meeting you and the panel.'],
    ['gratitude', 'I won’t forget how I was treated.'],
    ['gratitude', 'Cheers for the ghosting.'],
  ] as const)('does not count %s in a negated or sarcastic sentence: %s', (part, sentence) => {
    expect(analyze(sentence).parts[part].found).toBe(false);
  });

  it('does not count thanks that points back at something just mocked', () => {
    const body = 'Oh brilliant, a rejection on my birthday. Thanks ever so much for that.';
    expect(analyze(body).parts.gratitude.found).toBe(false);
    expect(analyze('You gave me useful pointers. Thanks so much for that.').parts.gratitude.found).toBe(true);
  });

  it('counts no part in a sentence the coach flags as sarcasm, but counts warm thanks beside a barb', () => {
    // The phrase lists find thanks here and no tone problem; the model flags the sentence as sarcasm,
    // and backhanded thanks is not gratitude. The sincere sentence after it still counts.
    const backhanded = analyze(`${BACKHANDED_THANKS} I remain keen on the studio.`);
    expect(backhanded.toneFlags.map((flag) => flag.kind)).toContain('sarcasm');
    expect(backhanded.parts.gratitude.found).toBe(false);
    expect(backhanded.parts.sincerity.evidence?.text).toBe('I remain keen on the studio.');
    // Warm thanks in a sentence of its own still counts beside the same barb.
    const warm = 'Thank you so much for your time on Tuesday.';
    const separate = analyze(`${warm} ${BACKHANDED_THANKS}`);
    expect(separate.toneFlags.map((flag) => flag.kind)).toContain('sarcasm');
    expect(separate.parts.gratitude.evidence?.text).toBe(warm);
  });

  it('counts no ask in a sentence that asks to reverse this decision, but counts an ask about a later opening', () => {
    // By the rules an ask to look at this application again is the reconsider problem, not connection.
    for (const sentence of [
      'Please keep me in mind and reconsider my application before you finalise.',
      'Could you keep me in mind and look at my application again before you decide?',
    ]) {
      const report = analyze(`Thank you for the call. ${sentence}`);
      expect(report.toneFlags.map((flag) => flag.kind)).toEqual(['reconsider']);
      expect(report.parts.connection.found).toBe(false);
    }
    const later = analyze('Thank you for the call. If anything opens up later, please keep me in mind.');
    expect(later.toneFlags).toEqual([]);
    expect(later.parts.connection.evidence?.text).toBe('If anything opens up later, please keep me in mind.');
  });

  it('counts a lone "Thanks," above the signature for nothing', () => {
    expect(analyze('I heard the news.\n\nThanks,\nLee').parts.gratitude.found).toBe(false);
    expect(analyze('Thanks! I heard the news.').parts.gratitude.found).toBe(true);
  });

  it('counts bare thanks that closes a message for nothing, but bare thanks that opens it as thanks for the news', () => {
    // Round seven: 65 of 73 corpus messages whose only thanks is a bare closing one are labelled so.
    for (const body of [
      'Could I check in with you in a few months about openings in the team? Thank you.',
      'I just wanted to say I still want to work there. Thanks so much, Sam!\n\nBest,\nLee',
      'I really think I am the right fit for this. Thanks. Bye.',
    ]) {
      expect(analyze(body).parts.gratitude.found, body).toBe(false);
    }
    for (const body of [
      'Hi Sam, thanks! I understand, and I would still love to join the team.',
      'Thank you.',
      'I heard the news. Thanks for letting me know.',
      'Thank you for the call yesterday. I would still love to join the team. Thanks again.',
    ]) {
      expect(analyze(body).parts.gratitude.found, body).toBe(true);
    }
  });

  it('counts grudging thanks, and "thanks for that" after a barb, for nothing', () => {
    expect(
      analyze('Thanks for finally getting back to me. I would still love to work there.').parts.gratitude.found,
    ).toBe(false);
    const pointsBack = analyze('I told my whole family I had got this job. Now I have to tell them. Thanks for that.');
    expect(pointsBack.toneFlags.length).toBeGreaterThan(0);
    expect(pointsBack.parts.gratitude.found).toBe(false);
    const warm = analyze('You walked me through the whole codebase. Thanks for that.');
    expect(warm.toneFlags).toEqual([]);
    expect(warm.parts.gratitude.found).toBe(true);
  });

  it('ignores a call script heading and the speaker cues in brackets', () => {
    const script = 'THANKS\nI got your message about the role.\n[Listen, and ask what they suggest.]';
    const report = analyze(script, { channel: 'call' });
    expect(report.parts.gratitude.found).toBe(false);
    expect(report.parts.connection.found).toBe(false);
  });
});

describe('sentences', () => {
  it('does not split after titles, initials or "e.g."', () => {
    const text = 'Dear Mr. Okafor, thank you. I met J. Smith, e.g. on Monday! Was it final? Yes.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Dear Mr. Okafor, thank you.',
      'I met J. Smith, e.g. on Monday!',
      'Was it final?',
      'Yes.',
    ]);
  });

  it('splits at line breaks, but joins a line wrapped by hand', () => {
    const text = 'Hi Sam,\nThank you for the call\nand for the feedback.\n\nBest,\nTom';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Hi Sam,',
      'Thank you for the call\nand for the feedback.',
      'Best,',
      'Tom',
    ]);
  });

  it('ends a sentence at an emoji when a capital starts the next, and keeps the emoji with its sentence', () => {
    const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(split('Four weeks for a no 😄 Anyway, keep me in mind.')).toEqual([
      'Four weeks for a no 😄',
      'Anyway, keep me in mind.',
    ]);
    expect(split('Great news 👍🏽 Thanks again! Sunny ☀️ Bye.')).toEqual([
      'Great news 👍🏽',
      'Thanks again!',
      'Sunny ☀️',
      'Bye.',
    ]);
    expect(split('Thanks 🙂 and see you soon.')).toEqual(['Thanks 🙂 and see you soon.']);
    expect(split('A smile 😄')).toEqual(['A smile 😄']);
  });
});

describe('tone flags', () => {
  it.each([
    ['bitterness', 'Honestly, you made a mistake.', 'you made a mistake'],
    ['bitterness', 'Your loss.', 'Your loss'],
    ['bitterness', 'The process was unfair.', 'unfair'],
    ['bitterness', 'It was a waste of my time.', 'a waste of my time'],
    ['bitterness', 'I deserved that job.', 'I deserved that job'],
    ['sarcasm', 'Thanks for nothing.', 'Thanks for nothing'],
    ['sarcasm', 'Great, just great.', 'Great, just great'],
    ['sarcasm', 'Congrats on hiring someone cheaper.', 'Congrats on hiring someone cheaper'],
    ['pleading', 'Please, I really need this.', 'I really need this'],
    ['pleading', "I'm begging you.", "I'm begging"],
    ['pleading', 'I am desperate for work.', 'desperate'],
    ['pleading', 'I beg you, please think of me.', 'I beg you'],
    ['reconsider', 'Could you reconsider?', 'reconsider'],
    ['reconsider', 'Is there any way you would change your mind?', 'change your mind'],
    ['reconsider', 'Please give me another chance at this role.', 'give me another chance'],
    ['reconsider', 'Is the decision final?', 'Is the decision final'],
    ['over-apology', 'Sorry to bother you, but thank you.', 'Sorry to bother'],
    ['self-deprecation', "I know I'm not good enough.", "I'm not good enough"],
    ['self-deprecation', 'I probably blew it.', 'I probably blew it'],
    ['self-deprecation', "I'm terrible at interviews.", "I'm terrible at"],
    ['bitterness', 'You got this one badly wrong, frankly.', 'You got this one badly wrong'],
    ['bitterness', 'It was clearly a done deal before I walked in.', 'a done deal'],
    ['bitterness', "I hear the role went to the director's nephew.", "went to the director's nephew"],
    ['bitterness', 'Not even a phone call to explain.', 'Not even a phone call'],
    ['bitterness', 'It took you six weeks to get back to me.', 'took you six weeks to get back'],
    ['bitterness', "I'm far more qualified than whoever you hired.", 'more qualified than whoever'],
    ['bitterness', 'Nobody even had the decency to call.', 'decency to'],
    ['bitterness', 'You wasted a lot of people’s time with this.', 'wasted a lot of people’s time'],
    ['sarcasm', 'Colour me surprised.', 'Colour me surprised'],
    ['sarcasm', 'How convenient that the budget appeared after I was turned down.', 'How convenient'],
    ['sarcasm', 'Wonderful, another automated rejection.', 'Wonderful, another automated rejection'],
    ['sarcasm', 'Cheers for the ghosting.', 'Cheers for the ghosting'],
    ['sarcasm', 'Funny how the job went to the manager’s friend.', 'Funny how the job'],
    ['sarcasm', 'Brilliant. Just brilliant.', 'Brilliant. Just brilliant'],
    ['pleading', 'Please, this role would change my life.', 'would change my life'],
    ['pleading', "I'll accept any salary you offer.", 'any salary'],
    ['pleading', 'Even a temporary contract would do.', 'Even a temporary contract would do'],
    ['pleading', 'I would take any job at all, even part-time.', 'even part-time'],
    ['reconsider', 'Before the offer goes out, please look at my application again.', 'look at my application again'],
    ['pleading', "I've been out of work for nine months now.", 'out of work for nine months'],
    ['pleading', 'I really, really need this job.', 'I really, really need this job'],
    ['pleading', 'You have to give me a chance.', 'You have to give me a chance'],
    ['reconsider', 'Could you rethink the decision?', 'rethink the decision'],
    ['reconsider', 'Would the panel be willing to look at my case again?', 'look at my case again'],
    ['reconsider', 'Is there really no way to reopen the decision?', 'no way to reopen'],
    ['reconsider', 'Please tell me the decision isn’t final.', 'decision isn’t final'],
    ['reconsider', 'Could you make an exception this once?', 'make an exception'],
    ['self-deprecation', "I'm clearly not the calibre of candidate you want.", 'not the calibre of'],
    ['self-deprecation', 'I never interview well.', 'I never interview well'],
    ['self-deprecation', "I shouldn't have even applied, really.", "shouldn't have even applied"],
    ['self-deprecation', "I guess I'm just not good at these things.", "I'm just not good at"],
    ['self-deprecation', "I'm sure I came across as a complete amateur.", 'I came across as a complete amateur'],
    ['over-apology', 'I hate to bother you.', 'hate to bother'],
  ] as const)('flags %s: %s', (kind, body, phrase) => {
    const report = analyze(body);
    expect(listFlags(report, kind).filter((text) => text.includes(phrase))).toHaveLength(1);
    for (const flag of report.toneFlags) {
      expect(body.slice(flag.start, flag.end)).toBe(flag.text);
      expect(flag.suggestion.length).toBeGreaterThan(20);
    }
    // One flag per phrase: flags of one kind never repeat or overlap (overlaps are merged into one).
    for (const [i, a] of report.toneFlags.entries()) {
      for (const b of report.toneFlags.slice(i + 1)) {
        if (a.kind === b.kind) expect(a.end <= b.start || b.end <= a.start, `${a.text} / ${b.text}`).toBe(true);
      }
    }
  });

  it('merges overlapping phrases of one kind into one flag', () => {
    const flags = analyze('Sorry to bother you, I hate to bother you.').toneFlags.filter(
      (flag) => flag.kind === 'over-apology',
    );
    expect(flags.map((flag) => flag.text)).toEqual(['Sorry to bother', 'hate to bother']);
    const merged = analyze('It was unfair and unjust.').toneFlags.filter((flag) => flag.kind === 'bitterness');
    expect(merged.map((flag) => flag.text)).toEqual(['unfair', 'unjust']);
  });

  it('leaves a clean, warm message unflagged', () => {
    expect(analyze(GOOD_EMAIL).toneFlags).toEqual([]);
  });

  it.each([
    ["I'm not asking you to reconsider; I'd love to stay in touch.", 'reconsider'],
    ["I don't think it was unfair at all.", 'bitterness'],
    ['Your feedback made me reconsider how I present my work.', 'reconsider'],
    ['I was sorry to hear the role was cut.', 'over-apology'],
    ['Sorry for the slow reply. Thank you for letting me know.', 'over-apology'],
    ['It was kind of you to call.', 'hedging'],
    ["I don't think you made a mistake at all; she was the stronger candidate.", 'bitterness'],
    ["I'm disappointed that it didn't work out, but I understand.", 'bitterness'],
    ["It's a shame the timing didn't work, but I understand the budget decision.", 'bitterness'],
    ['The care you put into the process says a lot about the school.', 'bitterness'],
    ['I let the silence go on too long in the panel interview, a habit I am working on.', 'bitterness'],
    ['Funny how quickly the weeks went by.', 'sarcasm'],
    ["It's interesting how your team uses research in every sprint.", 'sarcasm'],
    ['Bravo to the team on the launch last week!', 'sarcasm'],
    ['You gave me useful pointers. Thanks so much for that.', 'sarcasm'],
    ["I'm not desperate, just curious about what comes next.", 'pleading'],
    // Formulaic "I beg to…" of Indian and West African letters, and "I beg your pardon", are not begging.
    ['I beg to write to thank you for the opportunity to interview.', 'pleading'],
    ['I beg to differ on one point, but the feedback was fair.', 'pleading'],
    ['I beg your pardon for the late reply.', 'pleading'],
    ["There's no urgency at all; reply whenever suits you.", 'pleading'],
    ['Your note meant the world to me.', 'pleading'],
    ["I know you're in a tough spot with the budget.", 'pleading'],
    ["I'd hate to waste your time with a long email.", 'bitterness'],
    ["I'd love to be reconsidered for the next intake in the spring.", 'reconsider'],
    ['Would you take another look at my portfolio in a few months?', 'reconsider'],
    ["I'll review the decision notes you sent and work on those areas.", 'reconsider'],
    ['I understand the decision is final, and I accept it.', 'reconsider'],
    ["I'll think again about which team suits me best.", 'reconsider'],
    ['The appeal of the role for me was the research.', 'reconsider'],
    ["I'm not the kind of person who gives up easily, so I'll apply again.", 'self-deprecation'],
    ["I know I'm not great at SQL yet, so I've started a course.", 'self-deprecation'],
    ['I was nervous in the second interview, and I am working on that.', 'self-deprecation'],
    // A cue word with a capital inside a sentence is a name.
    ['Hello, Mr. Sorry? It is about the driver job at Sorry & Sons; sorry for the wait.', 'over-apology'],
    ['My interest in Reconsider Studio is the same as ever.', 'reconsider'],
    // After a later opening, looking again and taking anything are the ask for that opening.
    ['If a new post comes up in the autumn, please look at my application again.', 'reconsider'],
    ["If anything opens up, even part-time, I'd be glad to hear.", 'pleading'],
    ['If something comes up in the kitchen, any role at all, do let me know.', 'pleading'],
    ['If anything else comes up, please give me a ring on 555 0199.', 'pleading'],
  ] as const)('does not flag "%s" as %s', (body, kind) => {
    expect(listFlags(analyze(body), kind)).toEqual([]);
  });

  it('flags every apology once there are two', () => {
    const body = 'I apologise for my slow reply. Thank you for the news, and sorry again.';
    expect(listFlags(analyze(body), 'over-apology')).toEqual(['apologise', 'sorry']);
  });

  it('flags a cluster of three hedges within two sentences, from the first hedge to the last', () => {
    const body = 'Thank you for the call. I guess I was maybe hoping. I think I would still like to apply.';
    expect(listFlags(analyze(body), 'hedging')).toEqual(['I guess I was maybe hoping. I think']);
  });

  it('does not flag two hedges, nor three spread thinly over a long message', () => {
    expect(listFlags(analyze('I think the team is great. Maybe we could talk.'), 'hedging')).toEqual([]);
    const spread = [
      `I think ${makeWords(30)}.`,
      `${makeWords(30)}.`,
      `Maybe ${makeWords(30)}.`,
      `${makeWords(30)}.`,
      `Perhaps ${makeWords(30)}.`,
    ];
    expect(listFlags(analyze(spread.join(' ')), 'hedging')).toEqual([]);
  });

  it('looks for a cluster within two neighbouring sentences, not three', () => {
    const body = [`I think ${makeWords(29)}.`, `Maybe ${makeWords(29)}.`, `Perhaps ${makeWords(29)}.`].join(' ');
    expect(listFlags(analyze(body), 'hedging')).toEqual([]);
    const close = [`I think ${makeWords(29)}.`, `Maybe ${makeWords(14)}, perhaps ${makeWords(14)}.`].join(' ');
    expect(listFlags(analyze(close), 'hedging')).toHaveLength(1);
  });

  it('flags spread-out hedges only above 4% of the words, not at exactly 4%', () => {
    const spread = (filler: number) =>
      [
        `Maybe ${makeWords(11)}.`,
        `${makeWords(13)}.`,
        `Perhaps ${makeWords(11)}.`,
        `${makeWords(13)}.`,
        `Possibly ${makeWords(11)}.`,
        `${makeWords(filler)}.`,
      ].join(' ');
    expect(analyze(spread(13)).length.words).toBe(75);
    expect(listFlags(analyze(spread(13)), 'hedging')).toEqual([]);
    expect(listFlags(analyze(spread(12)), 'hedging')).toHaveLength(1);
  });

  it('flags hedges above 4% of the words even when they are spread out', () => {
    const spread = [
      `I think ${makeWords(10)}.`,
      `${makeWords(10)}.`,
      `Maybe ${makeWords(10)}.`,
      `${makeWords(10)}.`,
      `Perhaps ${makeWords(10)}.`,
    ];
    expect(listFlags(analyze(spread.join(' ')), 'hedging')).toHaveLength(1);
  });
});

describe('length', () => {
  it.each([
    ['email', makeWords(49), 'short'],
    ['email', makeWords(50), 'ok'],
    ['email', makeWords(125), 'ok'],
    ['email', makeWords(126), 'long'],
    ['letter', makeWords(39), 'short'],
    ['letter', makeWords(40), 'ok'],
    ['letter', makeWords(120), 'ok'],
    ['letter', makeWords(121), 'long'],
    ['voicemail', makeWords(49), 'short'],
    ['voicemail', makeWords(50), 'ok'],
    ['voicemail', makeWords(75), 'ok'],
    ['voicemail', makeWords(76), 'long'],
    ['call', makeWords(74), 'short'],
    ['call', makeWords(75), 'ok'],
    ['call', makeWords(225), 'ok'],
    ['call', makeWords(226), 'long'],
    ['linkedin', 'a'.repeat(79), 'short'],
    ['linkedin', 'a'.repeat(80), 'ok'],
    ['linkedin', 'a'.repeat(300), 'ok'],
    ['linkedin', 'a'.repeat(301), 'long'],
  ] as const)('%s of %#: %s', (channel, body, verdict) => {
    expect(analyze(body, { channel: channel as DraftChannel }).length.verdict).toBe(verdict);
  });

  it('measures in the unit of the channel and states the target', () => {
    const email = analyze(makeWords(80)).length;
    expect(email).toMatchObject({ words: 80, value: 80, target: { unit: 'words', min: 50, max: 125 } });
    expect(email.message).toContain('50–125 words');
    const voicemail = analyze(makeWords(60), { channel: 'voicemail' }).length;
    expect(voicemail).toMatchObject({ words: 60, speakingSeconds: 24, value: 24, verdict: 'ok' });
    const linkedin = analyze('  hello there  ', { channel: 'linkedin' }).length;
    expect(linkedin).toMatchObject({ characters: 11, value: 11, target: { unit: 'characters', max: 300 } });
  });

  it('uses the given pace, and 150 words a minute for a pace that makes no sense', () => {
    expect(analyze(makeWords(50), { wordsPerMinute: 100 }).length.speakingSeconds).toBe(30);
    expect(analyze(makeWords(50), { wordsPerMinute: 0 }).length.speakingSeconds).toBe(20);
    expect(analyze(makeWords(50), { wordsPerMinute: Number.NaN }).length.speakingSeconds).toBe(20);
  });

  it('counts a placeholder as one word, and contractions and hyphenated words as one', () => {
    expect(analyze("{{contact.firstName}}, I don't want a follow-up {{ company }}").length.words).toBe(7);
  });

  it('leaves headings out everywhere, and speaker cues out of spoken channels only', () => {
    const body = 'OPENER\nHi Sam, it is Tom. [slowly] Thank you.';
    expect(analyze(body, { channel: 'call' }).length.words).toBe(7);
    expect(analyze(body, { channel: 'email' }).length.words).toBe(8);
  });

  it('counts each digit of a phone number when it is spoken', () => {
    expect(analyze('Call 555-201-3344.', { channel: 'voicemail' }).length.words).toBe(11);
    expect(analyze('Call 555-201-3344.', { channel: 'email' }).length.words).toBe(2);
  });

  it('asks a voicemail to give the phone number twice', () => {
    const message = (body: string) => analyze(body, { channel: 'voicemail' }).length.message;
    expect(message('Hi, it is Tom. My number is 555-201-3344.')).toContain('twice');
    expect(message('My number is 555-201-3344, again 555 201 3344.')).toContain('there twice');
    expect(message('My number is {{me.phone}}. Again, {{me.phone}}.')).toContain('there twice');
    expect(message('Hi, it is Tom.')).toContain('Leave your phone number');
  });

  it('gives a call its opening-length rule of thumb', () => {
    expect(analyze(makeWords(100), { channel: 'call' }).length.message).toContain('30–45 s');
  });
});

describe('subject', () => {
  it.each([
    ['', 'missing', 0],
    ['Thanks', 'short', 1],
    ['Thank you', 'short', 2],
    ['Thank you, Sam', 'ok', 3],
    ['After our call today', 'ok', 4],
    ['Thank you for the call today', 'long', 6],
  ] as const)('"%s" is %s', (subject, verdict, count) => {
    expect(analyze('Hello.', { subject }).subject).toMatchObject({ verdict, words: count });
  });

  it('counts a placeholder as one word and says it still needs filling in', () => {
    const subject = analyze('Hello.', { subject: 'Thank you, {{contact.firstName}}' }).subject;
    expect(subject).toMatchObject({ verdict: 'ok', words: 3 });
    expect(subject?.message).toContain('placeholder');
  });

  it('is only checked for email', () => {
    expect(analyze('Hello.', { channel: 'letter', subject: '' }).subject).toBeNull();
  });
});

describe('personalisation', () => {
  const contact = { name: 'Priya Shah', company: 'Larkspur Ltd', highlight: 'the tour of the robotics lab' };

  it('is absent without a contact', () => {
    expect(analyze(GOOD_EMAIL).personalisation).toBeNull();
  });

  it('finds the first name, the company without its legal suffix, and most of the detail', () => {
    const body = 'Hi Priya, I loved touring the lab at Larkspur.';
    expect(analyze(body, { contact }).personalisation).toMatchObject({ name: true, company: true, detail: true });
  });

  it('says what is missing', () => {
    const finding = analyze('Hi there, thank you for the robotics talk.', { contact }).personalisation;
    expect(finding).toMatchObject({ name: false, company: false, detail: false });
    expect(finding?.message).toContain('their name (Priya)');
    expect(finding?.message).toContain('the company (Larkspur Ltd)');
    expect(finding?.message).toContain('"the tour of the robotics lab"');
  });

  it('never counts an unfilled placeholder as a personal detail', () => {
    const body = 'Hi {{contact.firstName}}, I loved the tour. {{company}} is still my first choice.';
    const empty = { name: '', company: '', highlight: '' };
    expect(analyze(body, { contact: empty }).personalisation).toMatchObject({ name: false, company: false });
    expect(analyze(body, { contact }).personalisation).toMatchObject({ name: false, company: false });
    const named = { name: 'Company Person', company: 'Company', highlight: 'the interview highlight' };
    const finding = analyze('Dear {{contact.name}}, {{ company }} and {{interview.highlight}}.', { contact: named });
    expect(finding.personalisation).toMatchObject({ name: false, company: false, detail: false });
    expect(
      analyze('Hi Priya, Larkspur it is.', { contact: { ...contact, highlight: '' } }).personalisation,
    ).toMatchObject({ name: true, company: true, detail: true });
  });

  it('accepts a title and surname, and ignores accents and case', () => {
    const finding = analyze('Dear Dr. Núñez, thank you. INSTITUTO ÁGORA is still my first choice.', {
      contact: { name: 'José Núñez', company: 'Instituto Agora', highlight: '' },
    }).personalisation;
    expect(finding).toMatchObject({ name: true, company: true, detail: true });
    expect(finding?.message).toContain('Tip:');
  });
});

describe('placeholders', () => {
  it('lists every unfilled placeholder with its offsets', () => {
    const body = 'Hi {{contact.firstName}}, thanks. {{ company }} rocks. {{me.phone}}';
    const found = analyze(body).placeholders;
    expect(found.map((p) => p.name)).toEqual(['contact.firstName', 'company', 'me.phone']);
    for (const placeholder of found) expect(body.slice(placeholder.start, placeholder.end)).toBe(placeholder.text);
  });
});

describe('bad input gets a plain answer', () => {
  it.each([
    ['only whitespace', ' \n\t \u00a0\n\n   '],
    ['mixed scripts', 'Спасибо за звонок. ありがとうございました。 شكرا لك. Thank you for the call, Σάμ.'],
    ['emoji', '🙏🙏 Thank you 🙂 for the call!!! 😤😤😤 💔'],
    ['HTML', '<p>Thank you <b>so much</b> for the call.</p><script>alert(1)</script><br/><div>&nbsp;&amp;</div>'],
    ['control characters and lone surrogates', 'Thank\u0000 you\u0007 for \ud800 the call.\ufeff'],
  ])('%s', (_, body) => {
    const report = analyze(body);
    expect(report.length.words).toBeGreaterThanOrEqual(0);
    for (const flag of report.toneFlags) expect(body.slice(flag.start, flag.end)).toBe(flag.text);
    for (const part of ['gratitude', 'sincerity', 'connection'] as const) {
      const evidence = report.parts[part].evidence;
      if (evidence) expect(body.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  });

  it('answers a 100,000-word draft', { timeout: timeLimit(10_000) }, () => {
    const sentences = [
      'Thank you for calling me yourself.',
      'The process was a joke 🙄 and you made a mistake.',
      '<b>Мне</b> очень жаль.',
      'Maybe I just sort of think so.',
    ];
    const body = Array.from({ length: 15_000 }, (_, i) => sentences[i % 4]).join(' ');
    const report = analyze(body);
    expect(report.length.words).toBeGreaterThan(100_000);
    expect(report.length.verdict).toBe('long');
    expect(report.parts.gratitude.found).toBe(true);
    expect(report.toneFlags.length).toBeGreaterThan(1_000);
  });

  it('is plain about whitespace only: nothing found, nothing flagged', () => {
    const report = analyze('   \n\n  ');
    expect(report.toneFlags).toEqual([]);
    expect(report.parts.gratitude.found).toBe(false);
    expect(report.length).toMatchObject({ words: 0, verdict: 'short' });
  });
});

describe('robustness', () => {
  it('gives the same report for the same input, whatever ran before', () => {
    const first = analyze(GOOD_EMAIL);
    analyze('Thanks for nothing. I am begging you, maybe, I guess, sort of.');
    expect(analyze(GOOD_EMAIL)).toEqual(first);
  });

  it('handles an empty draft', () => {
    const report = analyze('', { subject: '' });
    expect(report.parts.gratitude).toMatchObject({ found: false, evidence: null });
    expect(report.toneFlags).toEqual([]);
    expect(report.length).toMatchObject({ words: 0, characters: 0, speakingSeconds: 0, verdict: 'short' });
    expect(report.subject?.verdict).toBe('missing');
    expect(report.placeholders).toEqual([]);
  });

  it('handles a 20,000-character draft', () => {
    let body = '';
    while (body.length < 20_000) body += `${GOOD_EMAIL}\n\nSorry to bother you. I think maybe I guess so.\n\n`;
    body = body.slice(0, 20_000);
    const report = analyze(body);
    expect(report.length.words).toBeGreaterThan(3000);
    expect(report.length.verdict).toBe('long');
    expect(report.parts.gratitude.evidence?.start).toBe(GOOD_EMAIL.indexOf('Thank you'));
    for (const flag of report.toneFlags) expect(body.slice(flag.start, flag.end)).toBe(flag.text);
  });

  it.each([
    ['one long word', 'a'.repeat(20_000)],
    ['one line in capitals', `${'A'.repeat(19_999)}a`],
    ['dots', '.'.repeat(20_000)],
    ['digits and spaces', '5 '.repeat(10_000)],
    ['line breaks', '\n'.repeat(20_000)],
    ['unclosed braces', '{{'.repeat(10_000)],
    ['one adverb, over and over', 'really '.repeat(2_800)],
    ['one apology, over and over', 'sorry to bother you '.repeat(1_000)],
    ['one hedge, over and over', 'maybe '.repeat(3_300)],
    ['a pile of adjectives before "would do"', 'even a short trial temporary unpaid '.repeat(550)],
    ['one intensifier, over and over', 'i really, really, '.repeat(1_100)],
    ['a request to reconsider, over and over', 'reconsider for the the the '.repeat(700)],
  ])(
    'finishes on an adversarial draft: %s',
    (_, body) => {
      const report = analyze(body, { channel: 'voicemail' });
      expect(report.length.characters).toBeLessThanOrEqual(20_000);
      expect(report.parts.gratitude.found).toBe(false);
    },
    // Each takes a few milliseconds; a regular expression gone quadratic takes seconds.
    timeLimit(1_000),
  );
});
