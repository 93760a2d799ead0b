/**
 * The cadence rules at their edges: the channel suggested for each step, the thank-you on the day of
 * the decision, the reminder hour on the day the clocks change, the exact snooze and spacing limits,
 * and every guard-rail rule (what counts as a voicemail, as hearing back, as "before"). followup-plan.test.ts
 * covers the main paths; these were found by mutation testing (`npm run mutate -- --group followups`).
 */
import { describe, expect, it } from 'vitest';
import {
  atLocalHour,
  guardWarnings,
  planFollowups,
  planSpacingWarnings,
  snoozeTarget,
  suggestFor,
  type HistoryEntry,
} from '../../core/followup-plan';
import type { InteractionKind, InteractionOutcome } from '../../core/followups';

const DEFAULTS = {
  cadenceThankYouHours: 48,
  cadenceCheckInDays: 30,
  cadenceRepeatMonths: 3,
  cadenceMinSpacingDays: 14,
  cadenceReminderHour: 9,
};

describe('the channel suggested for a step', () => {
  const none = { email: '', phone: '', linkedinUrl: '' };
  const email = 'ada@example.com';
  const phone = '+1 555 0100';
  const linkedinUrl = 'https://www.linkedin.com/in/ada';

  it.each([
    ['thank-you', { email, phone, linkedinUrl }, 'call', 'builtin:call-script'],
    ['thank-you', { email, linkedinUrl }, 'email', 'builtin:thank-you-email'],
    ['thank-you', { linkedinUrl }, 'linkedin', 'builtin:linkedin-note'],
    ['thank-you', {}, 'letter', 'builtin:handwritten-card'],
    ['check-in', { email, phone, linkedinUrl }, 'email', 'builtin:check-in-email'],
    ['quarterly', { email, phone, linkedinUrl }, 'email', 'builtin:quarterly-note'],
    ['check-in', { phone, linkedinUrl }, 'linkedin', 'builtin:linkedin-note'],
    ['quarterly', { phone }, 'call', 'builtin:call-script'],
    ['check-in', {}, 'letter', 'builtin:handwritten-card'],
  ] as const)('suggests for a %s with %o: %s, %s', (step, details, channel, templateId) => {
    expect(suggestFor(step, { ...none, ...details })).toEqual({ channel, templateId });
  });
});

describe('the plan on the day of the decision', () => {
  it('makes a thank-you whose hour has already passed today due now, not earlier today', () => {
    const now = new Date('2026-11-20T15:00:00Z');
    const steps = planFollowups({
      contact: { status: 'rejected', email: 'ada@example.com', phone: '', linkedinUrl: '', decisionDate: '2026-11-20' },
      now,
      timeZone: 'UTC',
      settings: { ...DEFAULTS, cadenceThankYouHours: 24 },
    });
    expect(steps[0]).toMatchObject({ step: 'thank-you', dueDay: '2026-11-20', dueAt: now.toISOString() });
  });
});

describe('the reminder hour on the day the clocks go forward', () => {
  it('keeps an hour after the change at that hour, in a zone behind UTC', () => {
    // Adak goes from UTC-10 to UTC-9 at 2:00 on 8 March 2026; 9:00 that morning is 18:00 UTC.
    expect(atLocalHour('2026-03-08', 9, 'America/Adak').toISOString()).toBe('2026-03-08T18:00:00.000Z');
    expect(atLocalHour('2026-03-08', 3, 'America/New_York').toISOString()).toBe('2026-03-08T07:00:00.000Z');
  });
});

describe('limits, exactly', () => {
  const now = new Date('2026-03-07T15:00:00Z');
  const zone = 'America/New_York';

  it('snoozes up to two years (730 days) ahead and refuses one day more, as bad input', () => {
    expect(snoozeTarget({ by: 'date', until: '2028-03-06', now, timeZone: zone, hour: 9 }).dueDay).toBe('2028-03-06');
    const refusal = (until?: string) => {
      try {
        snoozeTarget({ by: 'date', until, now, timeZone: zone, hour: 9 });
      } catch (error) {
        return error;
      }
      throw new Error(`snoozing until ${until} was accepted`);
    };
    for (const until of ['2028-03-07', '2026-03-07', undefined]) {
      expect(refusal(until), String(until)).toMatchObject({ code: 'invalid-input' });
    }
  });

  it('flags steps closer than the spacing, counting the real days of February', () => {
    expect(planSpacingWarnings(['2026-02-20', '2026-03-06'], 15)).toEqual([1]);
    expect(planSpacingWarnings(['2026-02-20', '2026-03-06'], 14)).toEqual([]);
  });
});

describe('guard rails, rule by rule', () => {
  const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;
  const entry = (day: number, kind: InteractionKind, outcome: InteractionOutcome): HistoryEntry => ({
    kind,
    occurredAt: at(day),
    outcome,
  });
  const vm = (day: number) => entry(day, 'voicemail', 'left-voicemail');
  const base = { status: 'rejected' as const, minSpacingDays: 14 };
  const codes = (history: HistoryEntry[], kind: InteractionKind, outcome?: InteractionOutcome, day = 25) =>
    guardWarnings({ ...base, history, kind, occurredAt: at(day), ...(outcome ? { outcome } : {}) }).map((w) => w.code);

  it('warns before a third voicemail with a message that counts them, whatever order the history is in', () => {
    const warnings = guardWarnings({ ...base, history: [vm(2), vm(1)], kind: 'voicemail', occurredAt: at(25) });
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'third-voicemail',
        message: expect.stringMatching(/left 2 voicemails in a row/),
      }),
    ]);
    // Given oldest first: the reply after them still resets the count.
    expect(codes([vm(1), vm(2), entry(3, 'reply-received', 'replied')], 'voicemail')).toEqual([]);
    expect(codes([entry(3, 'reply-received', 'replied'), vm(1), vm(2)], 'voicemail')).toEqual([]);
  });

  it('warns before a call that may end in a third voicemail, but not before an email or once they answered', () => {
    expect(codes([vm(1), vm(2)], 'call')).toEqual(['third-voicemail']);
    expect(codes([vm(1), vm(2)], 'call', 'left-voicemail')).toEqual(['third-voicemail']);
    expect(codes([vm(1), vm(2)], 'call', 'reached')).toEqual([]);
    expect(codes([vm(1), vm(2)], 'email')).toEqual([]);
    expect(codes([vm(1), vm(2)], 'linkedin')).toEqual([]);
  });

  it('counts only voicemails in the streak: an email or an unanswered call in between ends it', () => {
    expect(codes([entry(1, 'email', 'sent'), vm(2)], 'voicemail')).toEqual([]);
    expect(codes([entry(1, 'call', 'no-answer'), vm(2)], 'voicemail')).toEqual([]);
    expect(codes([entry(1, 'email', 'left-voicemail'), vm(2)], 'voicemail')).toEqual([]);
    expect(codes([entry(1, 'call', 'left-voicemail'), vm(2)], 'voicemail')).toEqual(['third-voicemail']);
  });

  it('skips a note of their own in between', () => {
    expect(codes([vm(1), vm(2), entry(3, 'note', 'noted')], 'voicemail')).toEqual(['third-voicemail']);
  });

  // Outcomes are free for every kind, so each sign of hearing back is checked on its own: a reply or
  // re-engagement logged with a plain "noted" outcome, and a note whose outcome says they answered.
  const heard = [
    ['a reply', entry(3, 'reply-received', 'noted')],
    ['their re-engaging', entry(3, 're-engaged', 'noted')],
    ['a note that they replied', entry(3, 'note', 'replied')],
    ['a note that they re-engaged', entry(3, 'note', 're-engaged')],
    ['a note that they were reached', entry(3, 'note', 'reached')],
    ['a note that they asked for an email', entry(3, 'note', 'asked-to-email')],
  ] as const;

  it.each(heard)('starts the voicemail count afresh after %s', (_label, sign) => {
    expect(codes([vm(1), vm(2), sign], 'voicemail')).toEqual([]);
  });

  it.each(heard)('lifts the spacing warning after %s since the last outreach', (_label, sign) => {
    expect(codes([entry(20, 'email', 'sent')], 'email')).toEqual(['too-soon']);
    expect(codes([entry(20, 'email', 'sent'), { ...sign, occurredAt: at(22) }], 'email')).toEqual([]);
  });

  it('starts the voicemail count afresh after a voicemail they answered', () => {
    expect(codes([vm(1), vm(2), entry(3, 'voicemail', 'replied')], 'voicemail')).toEqual([]);
  });

  it('keeps the spacing warning after a note of their own, or a reply from before the last outreach', () => {
    expect(codes([entry(20, 'email', 'sent'), entry(22, 'note', 'noted')], 'email')).toEqual(['too-soon']);
    expect(codes([entry(18, 'reply-received', 'replied'), entry(20, 'email', 'sent')], 'email')).toEqual(['too-soon']);
  });

  it('counts nothing logged at or after the moment of the new attempt', () => {
    expect(codes([vm(1), vm(25)], 'voicemail')).toEqual([]);
    expect(codes([vm(1), vm(26), vm(27)], 'voicemail')).toEqual([]);
    expect(codes([entry(25, 'email', 'sent')], 'email')).toEqual([]);
  });

  it('allows exactly the minimum spacing, and says "today" and "yesterday" when it is sooner', () => {
    expect(codes([entry(11, 'email', 'sent')], 'email')).toEqual([]);
    const message = (day: number) =>
      guardWarnings({ ...base, history: [entry(day, 'email', 'sent')], kind: 'email', occurredAt: at(25) })[0]?.message;
    expect(message(12)).toMatch(/^You last reached out 13 days ago\. Your spacing is at least 14 days/);
    expect(message(24)).toMatch(/^You last reached out yesterday\./);
    const sameDay = guardWarnings({
      ...base,
      history: [{ kind: 'email', occurredAt: '2026-11-25T08:00:00.000Z', outcome: 'sent' }],
      kind: 'email',
      occurredAt: at(25),
    });
    expect(sameDay[0]?.message).toMatch(/^You last reached out today\./);
  });

  it('tells the person why "do not contact" warns', () => {
    const [warning] = guardWarnings({
      ...base,
      status: 'do-not-contact',
      history: [],
      kind: 'call',
      occurredAt: at(25),
    });
    expect(warning).toMatchObject({
      code: 'do-not-contact',
      message: expect.stringMatching(/asked not to be contacted/),
    });
  });
});

describe('the cadence settings', () => {
  // Imported inside the test: a mutant that breaks the module as it loads then fails this test,
  // instead of failing the file before any test runs (which the mutation runner does not count).
  const load = async () => (await import('../../core/followup-settings')).FOLLOWUP_SETTING_SCHEMAS;

  it.each([
    ['cadenceThankYouHours', 'The thank-you window', 12, 168, 'hours'],
    ['cadenceCheckInDays', 'The first check-in', 10, 120, 'days'],
    ['cadenceRepeatMonths', 'The regular check-in', 1, 12, 'months'],
    ['cadenceMinSpacingDays', 'The minimum spacing', 1, 90, 'days'],
    ['cadenceReminderHour', 'The reminder hour', 0, 23, 'o’clock'],
  ] as const)('%s refuses bad values in words that name it', async (key, label, min, max, unit) => {
    const schema = (await load())[key];
    const said = (value: unknown) => schema.safeParse(value).error?.issues[0]?.message;
    expect(said(min)).toBeUndefined();
    expect(said(max)).toBeUndefined();
    expect(said('9')).toBe(`${label} must be a number`);
    expect(said(min + 0.5)).toBe(`${label} must be a whole number`);
    expect(said(min - 1)).toBe(`${label} must be at least ${min} ${unit}`);
    expect(said(max + 1)).toBe(`${label} must be at most ${max} ${unit}`);
  });
});
