import type { ContactInput } from '../../../core/contacts';
import type { BrowserModeServer } from '../../helpers/browser-mode';

export async function postApi(
  server: Pick<BrowserModeServer, 'origin' | 'token'>,
  channel: string,
  input: unknown,
): Promise<{ status: number; body: { ok: boolean; value?: unknown; error?: { code: string; message: string } } }> {
  const response = await fetch(`${server.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-someday-token': server.token },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: (await response.json()) as never };
}

function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function sampleContacts(): ContactInput[] {
  return [
    {
      name: 'Priya Raman',
      jobTitle: 'Engineering Manager',
      company: 'Northwind Labs',
      email: 'priya.raman@northwind.example',
      relationship: 'hiring-manager',
      position: 'Senior Frontend Engineer',
      interviewDate: daysFromToday(-20),
      decisionDate: daysFromToday(-1),
      status: 'rejected',
      notes: 'Loved the pairing exercise. She mentioned a platform team opening up after the summer.',
    },
    {
      name: 'Marcus Oyelaran',
      jobTitle: 'Technical Recruiter',
      company: 'Northwind Labs',
      email: 'marcus@northwind.example',
      phone: '+44 20 7946 0321',
      relationship: 'recruiter',
      position: 'Senior Frontend Engineer',
      decisionDate: daysFromToday(-9),
      status: 'thanked',
      notes: 'Kind and quick with feedback. Prefers a phone call.',
    },
    {
      name: 'Elena Fischer',
      jobTitle: 'Staff Engineer',
      company: 'Brightline Health',
      relationship: 'interviewer',
      position: 'Frontend Engineer, Patient Apps',
      interviewDate: daysFromToday(-75),
      decisionDate: daysFromToday(-60),
      status: 'interest-restated',
      linkedinUrl: 'https://www.linkedin.com/in/elena-fischer-example',
    },
    {
      name: 'Tomás Herrera',
      jobTitle: 'Head of Design',
      company: 'Fieldnote',
      relationship: 'hiring-manager',
      position: 'Design Engineer',
      decisionDate: daysFromToday(-120),
      status: 'on-radar',
    },
    {
      name: 'Aiko Watanabe',
      jobTitle: 'Talent Partner',
      company: 'Lumen & Oak',
      email: 'aiko@lumenandoak.example',
      relationship: 'recruiter',
      position: 'UI Engineer',
      decisionDate: daysFromToday(-200),
      status: 're-engaged',
      notes: 'Reached out about a new role in March. Call booked.',
    },
    {
      name: 'Grace Liu',
      jobTitle: 'Product Director',
      company: 'Harbor Analytics',
      relationship: 'referrer',
      position: 'Product Engineer',
      decisionDate: daysFromToday(-30),
      status: 'thanked',
    },
  ];
}

export async function seedContacts(server: Pick<BrowserModeServer, 'origin' | 'token'>): Promise<void> {
  for (const contact of sampleContacts()) {
    const result = await postApi(server, 'contacts:create', contact);
    if (!result.body.ok) throw new Error(`Seeding ${contact.name} failed: ${JSON.stringify(result.body)}`);
  }
}

/** Seeds the sample contacts unless there are contacts already, so a test can run in any order. */
export async function ensureContacts(server: Pick<BrowserModeServer, 'origin' | 'token'>): Promise<void> {
  const listed = await postApi(server, 'contacts:list', {});
  if (!listed.body.ok) throw new Error(`Listing contacts failed: ${JSON.stringify(listed.body)}`);
  if ((listed.body.value as { total: number }).total === 0) await seedContacts(server);
}

export const SAMPLE_PROFILE = { myName: 'Sam Carter', myPhone: '+44 7700 900123', myEmail: 'sam.carter@example.com' };

interface Listed {
  id: number;
  name?: string;
}

async function valueOf<T>(
  server: Pick<BrowserModeServer, 'origin' | 'token'>,
  channel: string,
  input: unknown,
): Promise<T> {
  const result = await postApi(server, channel, input);
  if (!result.body.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.body)}`);
  return result.body.value as T;
}

/** The sample contacts, "my details", and five drafts, among them a thank-you email to Priya and a voicemail for Marcus. */
export async function seedDrafts(server: Pick<BrowserModeServer, 'origin' | 'token'>): Promise<void> {
  await valueOf(server, 'settings:update', SAMPLE_PROFILE);
  let contacts = (await valueOf<{ items: Listed[] }>(server, 'contacts:list', {})).items;
  if (contacts.length === 0) {
    await seedContacts(server);
    contacts = (await valueOf<{ items: Listed[] }>(server, 'contacts:list', {})).items;
  }
  const drafts = await valueOf<{ total: number }>(server, 'drafts:list', {});
  if (drafts.total > 0) return;
  const idOf = (name: string) => contacts.find((contact) => contact.name === name)?.id;
  const create = (name: string, channel: string, templateId: string) =>
    valueOf<Listed>(server, 'drafts:create', { contactId: idOf(name), channel, templateId });
  const sent = await create('Aiko Watanabe', 'email', 'builtin:check-in-email');
  await valueOf(server, 'drafts:set-status', { id: sent.id, status: 'sent', sentOn: daysFromToday(-12) });
  const ready = await create('Elena Fischer', 'linkedin', 'builtin:linkedin-note');
  await valueOf(server, 'drafts:set-status', { id: ready.id, status: 'ready' });
  await create('Tomás Herrera', 'letter', 'builtin:handwritten-card');
  await create('Marcus Oyelaran', 'voicemail', 'builtin:voicemail');
  await create('Priya Raman', 'email', 'builtin:thank-you-email');
}

/** A contact with two voicemails already left and an overdue follow-up, for Today, outcomes and the guard rails. */
export async function seedFollowups(server: Pick<BrowserModeServer, 'origin' | 'token'>): Promise<void> {
  const created = await postApi(server, 'contacts:create', {
    name: 'Radar Person',
    company: 'Lighthouse Co',
    email: 'radar@lighthouse.example',
    status: 'thanked',
  });
  if (!created.body.ok) throw new Error(`Seeding the radar contact failed: ${JSON.stringify(created.body)}`);
  const contactId = (created.body.value as { id: number }).id;
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString();
  for (const [kind, outcome, offset] of [
    ['voicemail', 'left-voicemail', -10],
    ['voicemail', 'left-voicemail', -3],
    ['reply-received', 'replied', -2],
    ['email', 'sent', -1],
  ] as const) {
    await postApi(server, 'interactions:create', { contactId, kind, outcome, occurredAt: day(offset), summary: '' });
  }
  const localDay = (offset: number) => {
    const date = new Date(Date.now() + offset * 86_400_000);
    return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  };
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const plan = await postApi(server, 'reminders:confirm-plan', {
    contactId,
    timeZone,
    steps: [
      { step: 'check-in', channel: 'voicemail', dueDay: localDay(-1) },
      { step: 'quarterly', channel: 'email', dueDay: localDay(60) },
    ],
  });
  if (!plan.body.ok) throw new Error(`Seeding the plan failed: ${JSON.stringify(plan.body)}`);
}

/** An unencrypted export through browser mode's own routes: `data:export`, then the one-time download. */
export async function downloadPlainExport(server: Pick<BrowserModeServer, 'origin' | 'token'>): Promise<Buffer> {
  const exported = await postApi(server, 'data:export', { passphrase: null });
  const { download } = exported.body.value as { download: string };
  const response = await fetch(`${server.origin}/download/${download}`);
  if (!response.ok) throw new Error(`download failed: HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}
