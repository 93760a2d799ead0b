import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../core/api-result';
import type { FollowupPlan, Interaction, Reminder, TodayList } from '../../core/followups';
import { listToday } from '../../main/db/reminders-repository';
import { createTestApp } from '../helpers/test-app';

let app: ReturnType<typeof createTestApp>;
const zone = 'Europe/London';

beforeEach(() => {
  app = createTestApp(new Date('2026-11-26T10:00:00Z'));
});
afterEach(() => app.dispose());

function counts() {
  return app.db
    .prepare(
      `SELECT (SELECT count(*) FROM interactions) AS interactions, (SELECT count(*) FROM reminders) AS reminders,
        (SELECT group_concat(state || due_day) FROM reminders) AS states, (SELECT group_concat(status) FROM contacts) AS statuses`,
    )
    .get();
}

async function contactWithPlan(over: Record<string, unknown> = {}) {
  const contact = await app.ok<{ id: number }>('contacts:create', {
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    company: 'Engines',
    ...over,
  });
  const plan = await app.ok<FollowupPlan>('reminders:plan', { contactId: contact.id, timeZone: zone });
  const reminders = await app.ok<Reminder[]>('reminders:confirm-plan', {
    contactId: contact.id,
    timeZone: zone,
    steps: plan.steps.map(({ step, channel, templateId, dueDay }) => ({ step, channel, templateId, dueDay })),
  });
  return { contact, plan, reminders };
}

describe('interactions', () => {
  it('creates with exactly the role-play input, lists newest first, updates and deletes', async () => {
    const { id: contactId } = await app.ok<{ id: number }>('contacts:create', { name: 'Grace' });
    const first = await app.ok<Interaction>('interactions:create', {
      contactId,
      kind: 'call',
      occurredAt: '2026-11-20T15:30:00+01:00',
      summary: 'Thanked her for the panel',
      outcome: 'reached',
    });
    expect(first).toMatchObject({ occurredAt: '2026-11-20T14:30:00.000Z', draftId: null, outcome: 'reached' });
    await app.ok('interactions:create', {
      contactId,
      kind: 'reply-received',
      occurredAt: '2026-11-22T09:00:00Z',
      summary: 'She wrote back',
      outcome: 'replied',
      draftId: null,
    });
    const list = await app.ok<Interaction[]>('interactions:list', { contactId });
    expect(list.map((i) => i.kind)).toEqual(['reply-received', 'call']);
    const updated = await app.ok<Interaction>('interactions:update', {
      id: first.id,
      interaction: {
        kind: 'voicemail',
        occurredAt: '2026-11-20T14:30:00Z',
        summary: 'Left a message',
        outcome: 'left-voicemail',
      },
    });
    expect(updated).toMatchObject({ kind: 'voicemail', summary: 'Left a message' });
    await app.ok('interactions:delete', { id: first.id });
    expect(await app.ok<Interaction[]>('interactions:list', { contactId })).toHaveLength(1);
  });

  it('keeps the interaction when its draft is deleted, forgetting only the link', async () => {
    const { id: contactId } = await app.ok<{ id: number }>('contacts:create', { name: 'Grace' });
    const draft = await app.ok<{ id: number; title: string }>('drafts:create', { contactId, channel: 'email' });
    const made = await app.ok<Interaction>('interactions:create', {
      contactId,
      kind: 'email',
      occurredAt: '2026-11-25T09:00:00Z',
      summary: 'Sent the thank-you',
      outcome: 'sent',
      draftId: draft.id,
    });
    expect(made.draftTitle).toBe(draft.title);
    await app.ok('drafts:delete', { id: draft.id });
    expect((await app.ok<Interaction[]>('interactions:list', { contactId }))[0]).toMatchObject({
      draftId: null,
      draftTitle: null,
    });
  });

  it('refuses bad input with a clear message and changes nothing', async () => {
    const { id: contactId } = await app.ok<{ id: number }>('contacts:create', { name: 'Grace' });
    const other = await app.ok<{ id: number }>('contacts:create', { name: 'Other' });
    const otherDraft = await app.ok<{ id: number }>('drafts:create', { contactId: other.id, channel: 'email' });
    const before = counts();
    const good = { contactId, kind: 'email', occurredAt: '2026-11-25T09:00:00Z', summary: '', outcome: 'sent' };
    const bad: [unknown, string][] = [
      [{ ...good, kind: 'fax' }, 'invalid-input'],
      [{ ...good, outcome: 'maybe' }, 'invalid-input'],
      [{ ...good, occurredAt: '2026-11-25' }, 'invalid-input'],
      [{ ...good, occurredAt: '2026-02-30T09:00:00Z' }, 'invalid-input'],
      [{ ...good, summary: 'x'.repeat(2001) }, 'invalid-input'],
      [{ ...good, extra: 1 }, 'invalid-input'],
      [{ ...good, contactId: 999 }, 'not-found'],
      [{ ...good, draftId: 999 }, 'not-found'],
      [{ ...good, draftId: otherDraft.id }, 'invalid-input'],
    ];
    for (const [input, code] of bad) {
      const result = (await app.call('interactions:create', input)) as ApiResult<unknown>;
      expect(result).toMatchObject({ ok: false, error: { code } });
      if (!result.ok) expect(result.error.message).toMatch(/^[A-Z].+/);
    }
    expect(await app.call('interactions:delete', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(counts()).toEqual(before);
  });
});

describe('cadence and Today', () => {
  it('plans, confirms and shows the thank-you on Today once it is due', async () => {
    const { plan, reminders } = await contactWithPlan();
    expect(plan.blocked).toBeNull();
    expect(reminders.map((r) => [r.step, r.dueDay, r.timeZone])).toEqual([
      ['thank-you', '2026-11-27', zone],
      ['check-in', '2026-12-26', zone],
      ['quarterly', '2027-03-26', zone],
    ]);
    const today = await app.ok<TodayList>('reminders:today', { timeZone: zone });
    expect(today.items).toEqual([]);
    expect(today.upcoming.map((i) => i.step)).toEqual(['thank-you', 'check-in', 'quarterly']);
    const tomorrow = listToday(app.db, { now: new Date('2026-11-27T08:00:00Z'), timeZone: zone });
    expect(tomorrow.items).toEqual([
      expect.objectContaining({ step: 'thank-you', contactName: 'Ada Lovelace', overdue: false }),
    ]);
    const later = listToday(app.db, { now: new Date('2026-12-01T08:00:00Z'), timeZone: zone });
    expect(later.items[0]).toMatchObject({ overdue: true });
  });

  it('confirming a new plan replaces the pending reminders instead of doubling them', async () => {
    const { contact, plan } = await contactWithPlan();
    await app.ok('reminders:confirm-plan', {
      contactId: contact.id,
      timeZone: zone,
      steps: plan.steps.slice(0, 1).map(({ step, channel, dueDay }) => ({ step, channel, dueDay })),
    });
    expect(await app.ok<Reminder[]>('reminders:list', { contactId: contact.id })).toHaveLength(1);
  });

  it('done logs the interaction, thanks the contact and keeps the later steps', async () => {
    const { contact, reminders } = await contactWithPlan();
    const result = await app.ok<{ interaction: Interaction; next: Reminder | null }>('reminders:complete', {
      id: reminders[0]!.id,
      kind: 'email',
      outcome: 'sent',
      summary: 'Thanked her for the time',
      timeZone: zone,
    });
    expect(result.interaction).toMatchObject({
      contactId: contact.id,
      kind: 'email',
      occurredAt: '2026-11-26T10:00:00.000Z',
    });
    expect(result.next).toBeNull();
    expect(await app.ok<{ status: string }>('contacts:get', { id: contact.id })).toMatchObject({ status: 'thanked' });
    expect((await app.ok<Reminder[]>('reminders:list', { contactId: contact.id })).map((r) => r.step)).toEqual([
      'check-in',
      'quarterly',
    ]);
    expect(
      await app.call('reminders:complete', { id: reminders[0]!.id, kind: 'email', outcome: 'sent', timeZone: zone }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('done on the last planned step schedules the next regular check-in; a re-engagement moves the status', async () => {
    const { contact, reminders } = await contactWithPlan();
    await app.ok('reminders:skip', { id: reminders[0]!.id, timeZone: zone });
    await app.ok('reminders:skip', { id: reminders[1]!.id, timeZone: zone });
    const done = await app.ok<{ next: Reminder | null }>('reminders:complete', {
      id: reminders[2]!.id,
      kind: 'call',
      outcome: 're-engaged',
      timeZone: zone,
    });
    expect(done.next).toMatchObject({ step: 'quarterly', dueDay: '2027-02-26' });
    expect(await app.ok<{ status: string }>('contacts:get', { id: contact.id })).toMatchObject({
      status: 're-engaged',
    });
  });

  it('snoozes by a day, a week or to a chosen date, and refuses a past date without changing anything', async () => {
    const { reminders } = await contactWithPlan();
    const id = reminders[0]!.id;
    expect(await app.ok<Reminder>('reminders:snooze', { id, by: 'day', timeZone: zone })).toMatchObject({
      dueDay: '2026-11-27',
    });
    expect(await app.ok<Reminder>('reminders:snooze', { id, by: 'week', timeZone: zone })).toMatchObject({
      dueDay: '2026-12-03',
    });
    expect(
      await app.ok<Reminder>('reminders:snooze', { id, by: 'date', until: '2027-01-05', timeZone: zone }),
    ).toMatchObject({
      dueDay: '2027-01-05',
      dueAt: '2027-01-05T09:00:00.000Z',
    });
    const before = counts();
    for (const input of [
      { id, by: 'date', until: '2026-11-01', timeZone: zone },
      { id, by: 'date', timeZone: zone },
      { id, by: 'month', timeZone: zone },
      { id, by: 'day', timeZone: 'Mars/Olympus' },
      { id: 999, by: 'day', timeZone: zone },
    ]) {
      expect(await app.call('reminders:snooze', input)).toMatchObject({ ok: false });
    }
    expect(counts()).toEqual(before);
  });

  it('"do not contact" stops every reminder, hides them from Today and refuses a new plan', async () => {
    const { contact } = await contactWithPlan({ phone: '+44 20 7946 0000' });
    await app.ok('contacts:update', { id: contact.id, contact: { name: 'Ada Lovelace', status: 'do-not-contact' } });
    expect(await app.ok<Reminder[]>('reminders:list', { contactId: contact.id })).toEqual([]);
    expect(listToday(app.db, { now: new Date('2027-12-01T08:00:00Z'), timeZone: zone })).toMatchObject({
      items: [],
      upcoming: [],
    });
    const plan = await app.ok<FollowupPlan>('reminders:plan', { contactId: contact.id, timeZone: zone });
    expect(plan).toMatchObject({ steps: [], blocked: expect.stringMatching(/not to be contacted/) });
    const before = counts();
    expect(
      await app.call('reminders:confirm-plan', {
        contactId: contact.id,
        timeZone: zone,
        steps: [{ step: 'check-in', channel: 'email', dueDay: '2027-01-01' }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(counts()).toEqual(before);
    const warnings = await app.ok<{ code: string }[]>('interactions:check', {
      contactId: contact.id,
      kind: 'email',
      occurredAt: '2026-11-26T10:00:00Z',
    });
    expect(warnings.map((w) => w.code)).toEqual(['do-not-contact']);
  });

  it('guard rails warn before a third voicemail and before a contact sooner than the spacing', async () => {
    const { id: contactId } = await app.ok<{ id: number }>('contacts:create', { name: 'Grace' });
    for (const day of ['2026-11-01', '2026-11-20']) {
      await app.ok('interactions:create', {
        contactId,
        kind: 'voicemail',
        occurredAt: `${day}T10:00:00Z`,
        summary: '',
        outcome: 'left-voicemail',
      });
    }
    const warnings = await app.ok<{ code: string }[]>('interactions:check', {
      contactId,
      kind: 'voicemail',
      occurredAt: '2026-11-26T10:00:00Z',
    });
    expect(warnings.map((w) => w.code)).toEqual(['third-voicemail', 'too-soon']);
  });

  it('counts outcomes by channel: an outreach followed by a reply counts once', async () => {
    const { id: contactId } = await app.ok<{ id: number }>('contacts:create', { name: 'Grace' });
    const log = (kind: string, day: string, outcome: string) =>
      app.ok('interactions:create', { contactId, kind, occurredAt: `${day}T10:00:00Z`, summary: '', outcome });
    await log('email', '2026-10-01', 'sent');
    await log('reply-received', '2026-10-03', 'replied');
    await log('email', '2026-11-01', 'sent');
    await log('call', '2026-11-10', 'reached');
    await log('linkedin', '2026-11-12', 're-engaged');
    const outcomes = await app.ok<{ channel: string; followUps: number; replies: number }[]>('outcomes:by-channel');
    expect(outcomes).toEqual([
      { channel: 'call', followUps: 1, replies: 0 },
      { channel: 'voicemail', followUps: 0, replies: 0 },
      { channel: 'email', followUps: 2, replies: 1 },
      { channel: 'linkedin', followUps: 1, replies: 1 },
      { channel: 'letter', followUps: 0, replies: 0 },
    ]);
  });
});
