import { describe, expect, it } from 'vitest';
import {
  addLocalMonths,
  atLocalHour,
  guardWarnings,
  localDay,
  nextCheckIn,
  planFollowups,
  planSpacingWarnings,
  snoozeTarget,
  type HistoryEntry,
  type ReachableContact,
} from '../../core/followup-plan';
import { DEFAULT_FOLLOWUP_SETTINGS } from '../../core/followup-settings';
import { SettingsPatchSchema } from '../../core/settings';

const contact = (over: Partial<ReachableContact> = {}): ReachableContact => ({
  status: 'rejected',
  email: 'ada@example.com',
  phone: '',
  linkedinUrl: '',
  decisionDate: null,
  ...over,
});

describe('cadence plan', () => {
  it('proposes a thank-you inside 48 hours, a check-in a month on and a check-in three months after that', () => {
    const now = new Date('2026-11-26T10:00:00Z');
    const steps = planFollowups({
      contact: contact(),
      now,
      timeZone: 'Europe/London',
      settings: DEFAULT_FOLLOWUP_SETTINGS,
    });
    expect(steps.map((s) => [s.step, s.dueDay, s.dueAt, s.channel, s.templateId])).toEqual([
      ['thank-you', '2026-11-27', '2026-11-27T09:00:00.000Z', 'email', 'builtin:thank-you-email'],
      ['check-in', '2026-12-26', '2026-12-26T09:00:00.000Z', 'email', 'builtin:check-in-email'],
      ['quarterly', '2027-03-26', '2027-03-26T09:00:00.000Z', 'email', 'builtin:quarterly-note'],
    ]);
    expect(Date.parse(steps[0]!.dueAt) - now.getTime()).toBeLessThanOrEqual(48 * 3_600_000);
  });

  it('suggests a call for the thank-you when there is a phone number, and a card when there is nothing else', () => {
    const now = new Date('2026-11-26T10:00:00Z');
    const withPhone = planFollowups({
      contact: contact({ phone: '+1 555 0100' }),
      now,
      timeZone: 'UTC',
      settings: DEFAULT_FOLLOWUP_SETTINGS,
    });
    expect(withPhone[0]).toMatchObject({ channel: 'call', templateId: 'builtin:call-script' });
    const bare = planFollowups({
      contact: contact({ email: '' }),
      now,
      timeZone: 'UTC',
      settings: DEFAULT_FOLLOWUP_SETTINGS,
    });
    expect(bare.map((s) => s.channel)).toEqual(['letter', 'letter', 'letter']);
  });

  it('keeps 9:00 local across a daylight-saving change (New York, March)', () => {
    const now = new Date('2026-02-20T15:00:00Z');
    const steps = planFollowups({
      contact: contact({ decisionDate: '2026-02-20' }),
      now,
      timeZone: 'America/New_York',
      settings: DEFAULT_FOLLOWUP_SETTINGS,
    });
    expect(steps[0]).toMatchObject({ dueDay: '2026-02-21', dueAt: '2026-02-21T14:00:00.000Z' });
    expect(steps[1]).toMatchObject({ dueDay: '2026-03-22', dueAt: '2026-03-22T13:00:00.000Z' });
  });

  it('keeps 9:00 local across the southern-hemisphere change (Sydney, April and October)', () => {
    expect(atLocalHour('2026-04-04', 9, 'Australia/Sydney').toISOString()).toBe('2026-04-03T22:00:00.000Z');
    expect(atLocalHour('2026-04-05', 9, 'Australia/Sydney').toISOString()).toBe('2026-04-04T23:00:00.000Z');
    expect(atLocalHour('2026-10-04', 9, 'Australia/Sydney').toISOString()).toBe('2026-10-03T22:00:00.000Z');
  });

  it('moves an hour that does not exist (the spring gap) forward, and takes the first of a repeated hour', () => {
    expect(atLocalHour('2026-03-08', 2, 'America/New_York').toISOString()).toBe('2026-03-08T07:00:00.000Z');
    expect(atLocalHour('2026-11-01', 1, 'America/New_York').toISOString()).toBe('2026-11-01T05:00:00.000Z');
  });

  it('answers the same whatever the computer’s own time zone (Node reads TZ afresh when it changes)', () => {
    const saved = process.env.TZ;
    try {
      for (const system of ['UTC', 'America/Adak', 'Pacific/Kiritimati', 'Australia/Lord_Howe', 'America/New_York']) {
        process.env.TZ = system;
        expect(atLocalHour('2026-03-08', 2, 'America/New_York').toISOString(), system).toBe('2026-03-08T07:00:00.000Z');
        expect(atLocalHour('2026-11-01', 1, 'America/New_York').toISOString(), system).toBe('2026-11-01T05:00:00.000Z');
        expect(atLocalHour('2026-04-05', 2, 'Australia/Sydney').toISOString(), system).toBe('2026-04-04T15:00:00.000Z');
        expect(atLocalHour('2026-10-04', 2, 'Australia/Sydney').toISOString(), system).toBe('2026-10-03T16:00:00.000Z');
        expect(atLocalHour('2026-06-01', 9, 'Asia/Kolkata').toISOString(), system).toBe('2026-06-01T03:30:00.000Z');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('counts "today" in the person’s zone, not in UTC', () => {
    expect(localDay(new Date('2026-11-26T23:30:00Z'), 'Asia/Tokyo')).toBe('2026-11-27');
    expect(localDay(new Date('2026-11-27T03:30:00Z'), 'America/Los_Angeles')).toBe('2026-11-26');
    expect(localDay(new Date('2026-11-26T23:30:00Z'), 'Asia/Kolkata')).toBe('2026-11-27');
  });

  it('ends the month on its last day when the check-in day does not exist there', () => {
    expect(addLocalMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addLocalMonths('2027-11-30', 3)).toBe('2028-02-29');
  });

  it('moves steps that would already be past to today, keeping the minimum spacing', () => {
    const now = new Date('2026-11-26T10:00:00Z');
    const steps = planFollowups({
      contact: contact({ decisionDate: '2026-06-01' }),
      now,
      timeZone: 'UTC',
      settings: DEFAULT_FOLLOWUP_SETTINGS,
    });
    expect(steps.map((s) => s.dueDay)).toEqual(['2026-06-02', '2026-11-26', '2026-12-10']);
  });

  it('follows the settings, and the settings refuse values outside their bounds', () => {
    const settings = {
      ...DEFAULT_FOLLOWUP_SETTINGS,
      cadenceThankYouHours: 24,
      cadenceCheckInDays: 45,
      cadenceRepeatMonths: 6,
      cadenceReminderHour: 14,
    };
    const steps = planFollowups({
      contact: contact({ decisionDate: '2026-11-20' }),
      now: new Date('2026-11-20T08:00:00Z'),
      timeZone: 'UTC',
      settings,
    });
    expect(steps.map((s) => s.dueDay)).toEqual(['2026-11-20', '2027-01-04', '2027-07-04']);
    expect(steps[1]!.dueAt).toBe('2027-01-04T14:00:00.000Z');
    expect(SettingsPatchSchema.safeParse({ cadenceCheckInDays: 3 }).success).toBe(false);
    expect(SettingsPatchSchema.safeParse({ cadenceRepeatMonths: 0 }).success).toBe(false);
    expect(SettingsPatchSchema.safeParse({ cadenceReminderHour: 24 }).success).toBe(false);
    expect(SettingsPatchSchema.safeParse({ cadenceThankYouHours: 72 }).success).toBe(true);
  });

  it('plans nothing, and schedules nothing next, for "do not contact"', () => {
    const now = new Date('2026-11-26T10:00:00Z');
    const blocked = contact({ status: 'do-not-contact' });
    expect(planFollowups({ contact: blocked, now, timeZone: 'UTC', settings: DEFAULT_FOLLOWUP_SETTINGS })).toEqual([]);
    expect(
      nextCheckIn({ doneAt: now, timeZone: 'UTC', settings: DEFAULT_FOLLOWUP_SETTINGS, contact: blocked }),
    ).toBeNull();
    expect(
      nextCheckIn({ doneAt: now, timeZone: 'UTC', settings: DEFAULT_FOLLOWUP_SETTINGS, contact: contact() }),
    ).toMatchObject({
      step: 'quarterly',
      dueDay: '2027-02-26',
    });
  });

  it('flags plan steps closer together than the minimum spacing', () => {
    expect(planSpacingWarnings(['2026-11-27', '2026-12-01', '2027-01-01'], 14)).toEqual([1]);
    expect(planSpacingWarnings(['2026-11-27', '2026-12-26'], 14)).toEqual([]);
  });
});

describe('snooze', () => {
  const now = new Date('2026-03-07T15:00:00Z');
  const zone = 'America/New_York';

  it('moves to 9:00 tomorrow and a week from today, local time, across the spring change', () => {
    expect(snoozeTarget({ by: 'day', now, timeZone: zone, hour: 9 })).toEqual({
      dueDay: '2026-03-08',
      dueAt: '2026-03-08T13:00:00.000Z',
    });
    expect(snoozeTarget({ by: 'week', now, timeZone: zone, hour: 9 })).toEqual({
      dueDay: '2026-03-14',
      dueAt: '2026-03-14T13:00:00.000Z',
    });
  });

  it('moves to a chosen later day, and refuses today, the past and more than two years ahead', () => {
    expect(snoozeTarget({ by: 'date', until: '2026-04-01', now, timeZone: zone, hour: 9 })).toEqual({
      dueDay: '2026-04-01',
      dueAt: '2026-04-01T13:00:00.000Z',
    });
    expect(() => snoozeTarget({ by: 'date', until: '2026-03-07', now, timeZone: zone, hour: 9 })).toThrow(
      /after today/,
    );
    expect(() => snoozeTarget({ by: 'date', until: '2025-01-01', now, timeZone: zone, hour: 9 })).toThrow(
      /after today/,
    );
    expect(() => snoozeTarget({ by: 'date', until: '2029-01-01', now, timeZone: zone, hour: 9 })).toThrow(/two years/);
    expect(() => snoozeTarget({ by: 'date', now, timeZone: zone, hour: 9 })).toThrow(/Choose the day/);
  });

  it('counts "tomorrow" from the local day near midnight', () => {
    const late = new Date('2026-11-26T23:30:00Z');
    expect(snoozeTarget({ by: 'day', now: late, timeZone: 'Asia/Tokyo', hour: 9 }).dueDay).toBe('2026-11-28');
    expect(snoozeTarget({ by: 'day', now: late, timeZone: 'America/Chicago', hour: 9 }).dueDay).toBe('2026-11-27');
  });
});

describe('guard rails', () => {
  const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;
  const vm = (day: number): HistoryEntry => ({ kind: 'voicemail', occurredAt: at(day), outcome: 'left-voicemail' });
  const base = { status: 'rejected' as const, minSpacingDays: 14 };

  it('warns before a third voicemail in a row, counting calls that ended in a voicemail', () => {
    const history = [vm(1), { kind: 'call' as const, occurredAt: at(3), outcome: 'left-voicemail' as const }];
    const warnings = guardWarnings({ ...base, history, kind: 'voicemail', occurredAt: at(25) });
    expect(warnings.map((w) => w.code)).toEqual(['third-voicemail']);
    expect(guardWarnings({ ...base, history: [vm(1)], kind: 'voicemail', occurredAt: at(25) })).toEqual([]);
  });

  it('does not count voicemails before they answered', () => {
    const history: HistoryEntry[] = [vm(1), vm(2), { kind: 'reply-received', occurredAt: at(3), outcome: 'replied' }];
    expect(guardWarnings({ ...base, history, kind: 'voicemail', occurredAt: at(25) })).toEqual([]);
  });

  it('warns when reaching out sooner than the minimum spacing, but not after they replied', () => {
    const history: HistoryEntry[] = [{ kind: 'email', occurredAt: at(20), outcome: 'sent' }];
    const soon = guardWarnings({ ...base, history, kind: 'email', occurredAt: at(25) });
    expect(soon).toEqual([expect.objectContaining({ code: 'too-soon', message: expect.stringMatching(/5 days ago/) })]);
    const replied = [...history, { kind: 'reply-received' as const, occurredAt: at(22), outcome: 'replied' as const }];
    expect(guardWarnings({ ...base, history: replied, kind: 'email', occurredAt: at(25) })).toEqual([]);
    expect(guardWarnings({ ...base, history, kind: 'note', occurredAt: at(21) })).toEqual([]);
  });

  it('warns about "do not contact" for any outreach', () => {
    const warnings = guardWarnings({
      ...base,
      status: 'do-not-contact',
      history: [],
      kind: 'email',
      occurredAt: at(25),
    });
    expect(warnings.map((w) => w.code)).toEqual(['do-not-contact']);
  });
});
