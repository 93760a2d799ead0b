import type { ApiResult } from '../../core/api-result';
import type { AppContext } from '../../main/app-context';

type Caller = Pick<AppContext, 'call'>;

async function must<T>(result: Promise<ApiResult<unknown>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`Seeding failed: ${settled.error.message}`);
  return settled.value as T;
}

const COMPANIES = ['Northwind Labs', 'Brightline Health', 'Harbor & Finch', 'Zürich Systeme', 'Café Nuage'];

/**
 * Fills an app with varied data through its own channels: contacts (some archived, odd Unicode and
 * SQL-looking notes), drafts with revisions, a template and settings. Returns how many of each.
 */
export async function seedSampleData(app: Caller, contacts = 12) {
  const ids: number[] = [];
  for (let i = 0; i < contacts; i++) {
    const contact = await must<{ id: number }>(
      app.call('contacts:create', {
        name: i % 5 === 0 ? `Zoë O'Brien-${i} 🌱` : `Person ${i}`,
        company: COMPANIES[i % COMPANIES.length],
        email: `person${i}@example.com`,
        relationship: i % 2 === 0 ? 'hiring-manager' : 'recruiter',
        interviewDate: '2026-10-01',
        decisionDate: '2026-10-20',
        status: i % 3 === 0 ? 'thanked' : 'rejected',
        highlight: 'the whiteboard session',
        notes: i % 4 === 0 ? 'Robert\'); DROP TABLE contacts;-- "quoted" \\ back\nsecond line' : `Notes ${i}`,
      }),
    );
    ids.push(contact.id);
    if (i % 6 === 5) await must(app.call('contacts:set-archived', { id: contact.id, archived: true }));
  }
  let drafts = 0;
  for (const contactId of ids.slice(0, Math.ceil(ids.length / 2))) {
    const draft = await must<{ id: number }>(
      app.call('drafts:create', { contactId, channel: 'email', templateId: null }),
    );
    drafts++;
    await must(
      app.call('drafts:save', {
        id: draft.id,
        subject: 'Thank you',
        body: 'Thank you for your time.',
        checkpoint: true,
      }),
    );
    await must(
      app.call('drafts:save', {
        id: draft.id,
        subject: 'Thanks again',
        body: 'A warmer second try.',
        checkpoint: true,
      }),
    );
  }
  // Staying on the radar: a confirmed plan and logged interactions for a few contacts.
  const timeZone = 'Europe/Paris';
  for (const contactId of ids.slice(0, 3)) {
    const plan = await must<{ steps: { step: string; channel: string; templateId: string | null; dueDay: string }[] }>(
      app.call('reminders:plan', { contactId, timeZone }),
    );
    await must(
      app.call('reminders:confirm-plan', {
        contactId,
        timeZone,
        steps: plan.steps.map(({ step, channel, templateId, dueDay }) => ({ step, channel, templateId, dueDay })),
      }),
    );
    await must(
      app.call('interactions:create', {
        contactId,
        kind: 'email',
        occurredAt: '2026-10-22T09:30:00.000Z',
        summary: 'Sent a thank-you — “merci” 🌱',
        outcome: 'replied',
      }),
    );
  }
  // A rehearsal with two answers.
  const rehearsal = await must<{ id: number; currentStep: string }>(
    app.call('rehearsals:create', { contactId: ids[0], scenarioId: 'warm-pickup' }),
  );
  let step = rehearsal.currentStep;
  for (const text of ['Hi, is this a good time?', 'Thank you for your time; I still hope to work with the team.']) {
    const saved = await must<{ rehearsal: { currentStep: string } }>(
      app.call('rehearsals:save-turn', { rehearsalId: rehearsal.id, stepId: step, text, mode: 'typed' }),
    );
    step = saved.rehearsal.currentStep;
  }
  await must(
    app.call('templates:save', { channel: 'call', title: 'My own call', body: 'Hello {{contact.firstName}}' }),
  );
  await must(app.call('settings:update', { theme: 'dark', myName: 'Sam Example', speakingWpm: 140, backupsToKeep: 5 }));
  return { contacts: ids.length, drafts };
}
