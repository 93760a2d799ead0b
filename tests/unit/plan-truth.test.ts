import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../core/api-result';
import type { Contact } from '../../core/contacts';
import type { FollowupPlan, Reminder, TodayList } from '../../core/followups';
import { closeDatabase, openDatabase } from '../../main/db/connection';
import { migrateDatabase } from '../../main/db/migrate';
import { MIGRATIONS } from '../../main/db/migrations';
import { migration005PlanTruth } from '../../main/db/migrations/005-plan-truth';
import { suggestedStart } from '../../core/next-step';
import { createTestApp } from '../helpers/test-app';

/** One truth about what is due: a contact's next step is their confirmed plan's earliest pending reminder. */
let app: ReturnType<typeof createTestApp>;
const zone = 'Europe/London';

beforeEach(() => {
  app = createTestApp(new Date('2026-11-26T10:00:00Z'));
});
afterEach(() => app.dispose());

const get = (id: number) => app.ok<Contact>('contacts:get', { id });

async function confirm(contactId: number): Promise<Reminder[]> {
  const plan = await app.ok<FollowupPlan>('reminders:plan', { contactId, timeZone: zone });
  return app.ok<Reminder[]>('reminders:confirm-plan', {
    contactId,
    timeZone: zone,
    steps: plan.steps.map(({ step, channel, templateId, dueDay }) => ({ step, channel, templateId, dueDay })),
  });
}

describe('the next step comes from the plan', () => {
  it('adding someone as rejected proposes a plan without a day; confirming it shows its first step and day', async () => {
    const created = await app.ok<Contact>('contacts:create', {
      name: 'Ada',
      email: 'ada@example.com',
      decisionDate: '2026-11-25',
    });
    expect(created.nextStep).toEqual({ state: 'proposed', step: null, label: 'Plan to confirm', due: null });
    expect((await get(created.id)).nextStep.state).toBe('proposed');

    const reminders = await confirm(created.id);
    const first = reminders[0]!;
    const after = await get(created.id);
    expect(after.nextStep).toEqual({ state: 'planned', step: first.step, label: 'Say thank you', due: first.dueDay });
    const today = await app.ok<TodayList>('reminders:today', { timeZone: zone });
    const shown = [...today.items, ...today.upcoming].find((item) => item.contactId === created.id);
    expect(shown?.dueDay).toBe(after.nextStep.due);
  });

  it('moves with the plan: snoozing, completing and skipping change the day the contact shows', async () => {
    const { id } = await app.ok<Contact>('contacts:create', { name: 'Grace', email: 'g@example.com' });
    const [thanks, checkIn] = await confirm(id);
    await app.ok('reminders:snooze', { id: thanks!.id, by: 'date', until: '2026-12-03', timeZone: zone });
    expect((await get(id)).nextStep.due).toBe('2026-12-03');
    await app.ok('reminders:complete', { id: thanks!.id, kind: 'email', outcome: 'sent', timeZone: zone });
    expect((await get(id)).nextStep).toMatchObject({ state: 'planned', step: 'check-in', due: checkIn!.dueDay });
  });

  it('keeps a proposal until dismissed; dismissing leaves nothing planned and editing does not bring it back', async () => {
    const { id } = await app.ok<Contact>('contacts:create', { name: 'Lin', status: 'thanked' });
    expect((await get(id)).nextStep.state).toBe('none');
    const rejected = await app.ok<Contact>('contacts:update', { id, contact: { name: 'Lin', status: 'rejected' } });
    expect(rejected.nextStep.state).toBe('proposed');
    const edited = await app.ok<Contact>('contacts:update', { id, contact: { name: 'Lin K', status: 'rejected' } });
    expect(edited.nextStep.state).toBe('proposed');
    const dismissed = await app.ok<Contact>('reminders:dismiss-plan', { contactId: id });
    expect(dismissed.nextStep).toEqual({ state: 'none', step: null, label: 'Nothing planned', due: null });
    const again = await app.ok<Contact>('contacts:update', { id, contact: { name: 'Lin', status: 'rejected' } });
    expect(again.nextStep.state).toBe('none');
  });

  it('"do not contact" ends both the plan and a waiting proposal', async () => {
    const { id } = await app.ok<Contact>('contacts:create', { name: 'Max', email: 'm@example.com' });
    await confirm(id);
    await app.ok('contacts:update', { id, contact: { name: 'Max', status: 'do-not-contact' } });
    expect((await get(id)).nextStep).toEqual({ state: 'none', step: null, label: 'No contact', due: null });
    const row = app.db.prepare('SELECT next_step_at, next_step, plan_proposed FROM contacts WHERE id = ?').get(id);
    expect(row).toEqual({ next_step_at: null, next_step: null, plan_proposed: 0 });
  });
});

describe('migration 005-plan-truth', () => {
  it('drops the date a status alone suggested and takes the day of the earliest pending reminder', () => {
    const version = MIGRATIONS.indexOf(migration005PlanTruth) + 1;
    const db = openDatabase(':memory:', { migrate: false });
    migrateDatabase(db, ':memory:', { target: version - 1 });
    const insert = db.prepare(
      `INSERT INTO contacts (name, relationship, status, next_step_at, created_at, updated_at)
       VALUES (?, 'recruiter', 'rejected', '2025-08-24', 'a', 'a')`,
    );
    const never = Number(insert.run('Never planned').lastInsertRowid);
    const planned = Number(insert.run('Planned').lastInsertRowid);
    const remind = db.prepare(
      `INSERT INTO reminders (contact_id, step, channel, due_at, due_day, time_zone, state, created_at, updated_at)
       VALUES (?, ?, 'email', ?, ?, 'UTC', ?, 'a', 'a')`,
    );
    remind.run(planned, 'thank-you', '2026-12-01T09:00:00.000Z', '2026-12-01', 'done');
    remind.run(planned, 'quarterly', '2027-03-01T09:00:00.000Z', '2027-03-01', 'pending');
    remind.run(planned, 'check-in', '2026-12-20T09:00:00.000Z', '2026-12-20', 'pending');
    migrateDatabase(db, ':memory:', { target: version });
    const row = (id: number) =>
      db.prepare('SELECT next_step_at, next_step, plan_proposed FROM contacts WHERE id = ?').get(id);
    expect(row(never)).toEqual({ next_step_at: null, next_step: null, plan_proposed: 0 });
    expect(row(planned)).toEqual({ next_step_at: '2026-12-20', next_step: 'check-in', plan_proposed: 0 });
    db.prepare(`DELETE FROM reminders WHERE contact_id = ? AND step = 'check-in'`).run(planned);
    expect(row(planned)).toEqual({ next_step_at: '2027-03-01', next_step: 'quarterly', plan_proposed: 0 });
    closeDatabase(db);
  });
});

describe('a follow-up and the draft used for it', () => {
  it('completing a follow-up with the draft used marks the draft sent on that day', async () => {
    const { id } = await app.ok<Contact>('contacts:create', { name: 'Ada', email: 'ada@example.com' });
    const [thanks] = await confirm(id);
    const draft = await app.ok<{ id: number; status: string }>('drafts:create', { contactId: id, channel: 'email' });
    expect(draft.status).toBe('draft');
    await app.ok('reminders:complete', {
      id: thanks!.id,
      kind: 'email',
      outcome: 'sent',
      draftId: draft.id,
      timeZone: zone,
    });
    expect(await app.ok('drafts:get', { id: draft.id })).toMatchObject({ status: 'sent', sentOn: '2026-11-26' });
  });

  it('a call with no answer leaves the draft as it was', async () => {
    const { id } = await app.ok<Contact>('contacts:create', { name: 'Ada', phone: '+44 20 7946 0000' });
    const draft = await app.ok<{ id: number }>('drafts:create', { contactId: id, channel: 'call' });
    await app.ok('interactions:create', {
      contactId: id,
      kind: 'call',
      occurredAt: '2026-11-26T09:00:00Z',
      summary: '',
      outcome: 'no-answer',
      draftId: draft.id,
    });
    expect(await app.ok('drafts:get', { id: draft.id })).toMatchObject({ status: 'draft' });
  });

  it('refuses an outcome that does not fit the channel, with one sentence, and changes nothing', async () => {
    const { id } = await app.ok<Contact>('contacts:create', { name: 'Ada', email: 'ada@example.com' });
    const [thanks] = await confirm(id);
    const result = (await app.call('reminders:complete', {
      id: thanks!.id,
      kind: 'email',
      outcome: 'left-voicemail',
      timeZone: zone,
    })) as ApiResult<unknown>;
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        message: '“Left a voicemail” does not fit email; choose how it went from the list.',
      },
    });
    const reminders = await app.ok<Reminder[]>('reminders:list', { contactId: id });
    expect(reminders.map((r) => r.id)).toContain(thanks!.id);
    expect(app.db.prepare('SELECT count(*) AS n FROM interactions').get()).toEqual({ n: 0 });
  });
});

describe('where a new draft starts', () => {
  it('from the next step: a thank-you for someone who needs one, the check-in after thanks', () => {
    const none = { state: 'none', step: null, label: '', due: null } as const;
    const base = { email: 'a@example.com', phone: '', linkedinUrl: '', nextStep: none };
    expect(suggestedStart({ ...base, status: 'rejected' })).toEqual({
      channel: 'email',
      templateId: 'builtin:thank-you-email',
    });
    expect(suggestedStart({ ...base, status: 'thanked' }).templateId).toBe('builtin:check-in-email');
    const planned = { state: 'planned', step: 'thank-you', label: '', due: '2026-12-01' } as const;
    expect(suggestedStart({ ...base, status: 'on-radar', nextStep: planned }).templateId).toBe(
      'builtin:thank-you-email',
    );
  });
});
