import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft, DraftPage, DraftRevision } from '../../core/drafts';
import type { MessageTemplate } from '../../core/templates';
import { MAX_REVISIONS_PER_DRAFT, REVISION_INTERVAL_MS } from '../../main/db/drafts-repository';
import { createTestApp } from '../helpers/test-app';

let clock: Date;
let app: ReturnType<typeof createTestApp>;

beforeEach(() => {
  clock = new Date('2026-11-26T09:00:00Z');
  app = createTestApp(undefined, { clock: () => clock });
});
afterEach(() => app.dispose());

async function addContact(name = 'Amara Okafor', extra: Record<string, unknown> = {}): Promise<number> {
  const contact = await app.ok<{ id: number }>('contacts:create', {
    name,
    company: 'Brightwell',
    position: 'Senior Developer',
    highlight: 'the whiteboard session on caching',
    email: 'amara@brightwell.example',
    ...extra,
  });
  return contact.id;
}

async function userTemplate(body: string, channel = 'email', subject = 'Thank you, {{contact.firstName}}') {
  return app.ok<MessageTemplate>('templates:save', { channel, title: 'Mine', body, subject });
}

function advance(ms: number) {
  clock = new Date(clock.getTime() + ms);
}

describe('drafts', () => {
  it('creates a blank draft for a contact, titled after the channel and contact', async () => {
    const contactId = await addContact();
    const draft = await app.ok<Draft>('drafts:create', { contactId, channel: 'call' });
    expect(draft).toMatchObject({
      contactId,
      channel: 'call',
      title: 'Live call for Amara Okafor',
      body: '',
      status: 'draft',
    });
  });

  it('fills placeholders from the contact and "my details", leaving unknown or empty ones in place', async () => {
    await app.ok('settings:update', { myName: 'Sam Lee', myPhone: '+1 555 0100' });
    const contactId = await addContact('Amara Okafor', { jobTitle: '' });
    const template = await userTemplate(
      'Hi {{contact.firstName}}, thanks for {{interview.highlight}} at {{company}} ({{position}}). {{contact.jobTitle}} {{me.email}} {{unknown.thing}}\n{{me.name}}, {{me.phone}}',
    );
    const draft = await app.ok<Draft>('drafts:create', { contactId, channel: 'email', templateId: template.id });
    expect(draft.subject).toBe('Thank you, Amara');
    expect(draft.body).toBe(
      'Hi Amara, thanks for the whiteboard session on caching at Brightwell (Senior Developer). {{contact.jobTitle}} {{me.email}} {{unknown.thing}}\nSam Lee, +1 555 0100',
    );
    expect(draft.templateId).toBe(template.id);
  });

  it('refuses a template of another channel, an unknown template and an unknown contact, writing nothing', async () => {
    const contactId = await addContact();
    const template = await userTemplate('Hello', 'letter', '');
    const count = () => (app.db.prepare('SELECT count(*) AS n FROM drafts').get() as { n: number }).n;
    const wrong = await app.call('drafts:create', { contactId, channel: 'email', templateId: template.id });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await app.call('drafts:create', { contactId, channel: 'email', templateId: 'user:999' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(
      await app.call('drafts:create', { contactId, channel: 'email', templateId: 'builtin:no-such' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await app.call('drafts:create', { contactId: 999, channel: 'email' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(count()).toBe(0);
  });

  it('autosaves in place and keeps a revision only at checkpoints or every few minutes, when the text changed', async () => {
    const contactId = await addContact();
    const { id } = await app.ok<Draft>('drafts:create', { contactId, channel: 'email' });
    const revisions = () => app.ok<DraftRevision[]>('drafts:revisions', { id });
    expect(await revisions()).toHaveLength(1);
    for (const body of ['T', 'Th', 'Tha', 'Than', 'Thank']) {
      advance(300);
      await app.ok('drafts:save', { id, subject: '', body });
    }
    expect((await app.ok<Draft>('drafts:get', { id })).body).toBe('Thank');
    expect(await revisions()).toHaveLength(1);
    await app.ok('drafts:save', { id, subject: '', body: 'Thank you', checkpoint: true });
    expect((await revisions()).map((r) => r.body)).toEqual(['Thank you', '']);
    await app.ok('drafts:save', { id, subject: '', body: 'Thank you', checkpoint: true });
    expect(await revisions()).toHaveLength(2);
    advance(REVISION_INTERVAL_MS);
    await app.ok('drafts:save', { id, subject: 'Hi', body: 'Thank you!' });
    expect((await revisions())[0]).toMatchObject({ subject: 'Hi', body: 'Thank you!' });
  });

  it('keeps at most MAX_REVISIONS_PER_DRAFT revisions', async () => {
    const contactId = await addContact();
    const { id } = await app.ok<Draft>('drafts:create', { contactId, channel: 'letter' });
    for (let i = 0; i < MAX_REVISIONS_PER_DRAFT + 5; i++) {
      await app.ok('drafts:save', { id, subject: '', body: `v${i}`, checkpoint: true });
    }
    const history = await app.ok<DraftRevision[]>('drafts:revisions', { id });
    expect(history).toHaveLength(MAX_REVISIONS_PER_DRAFT);
    expect(history[0]!.body).toBe(`v${MAX_REVISIONS_PER_DRAFT + 4}`);
  });

  it('restores a revision after keeping the current text, so a restore can be undone', async () => {
    const contactId = await addContact();
    const { id } = await app.ok<Draft>('drafts:create', { contactId, channel: 'email' });
    await app.ok('drafts:save', { id, subject: 'First', body: 'first version', checkpoint: true });
    const first = (await app.ok<DraftRevision[]>('drafts:revisions', { id }))[0]!;
    await app.ok('drafts:save', { id, subject: 'Second', body: 'second version' });
    const restored = await app.ok<Draft>('drafts:restore-revision', { draftId: id, revisionId: first.id });
    expect(restored).toMatchObject({ subject: 'First', body: 'first version' });
    const bodies = (await app.ok<DraftRevision[]>('drafts:revisions', { id })).map((r) => r.body);
    expect(bodies.slice(0, 2)).toEqual(['first version', 'second version']);
    const other = await app.ok<Draft>('drafts:create', { contactId, channel: 'email' });
    expect(await app.call('drafts:restore-revision', { draftId: other.id, revisionId: first.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('lists drafts per contact and overall, filters by status and searches the text with a snippet', async () => {
    const amara = await addContact('Amara Okafor');
    const lee = await addContact('Lee Chen', { company: 'Northwind' });
    const a = await app.ok<Draft>('drafts:create', { contactId: amara, channel: 'email' });
    const b = await app.ok<Draft>('drafts:create', { contactId: lee, channel: 'voicemail' });
    await app.ok('drafts:save', {
      id: a.id,
      subject: 'Thank you',
      body: 'I enjoyed the whiteboard session on caching.',
    });
    advance(1000);
    await app.ok('drafts:save', { id: b.id, subject: '', body: 'Hi Lee, it is Sam calling about the analyst role.' });
    await app.ok('drafts:set-status', { id: b.id, status: 'sent', sentOn: '2026-11-25' });

    const all = await app.ok<DraftPage>('drafts:list', {});
    expect(all.items.map((d) => d.id)).toEqual([b.id, a.id]);
    expect(all.items[0]).toMatchObject({
      contactName: 'Lee Chen',
      company: 'Northwind',
      status: 'sent',
      sentOn: '2026-11-25',
    });
    expect(all.items[0]!.excerpt).toBe('Hi Lee, it is Sam calling about the analyst role.');
    expect((await app.ok<DraftPage>('drafts:list', { contactId: amara })).items.map((d) => d.id)).toEqual([a.id]);
    expect((await app.ok<DraftPage>('drafts:list', { status: 'sent' })).items.map((d) => d.id)).toEqual([b.id]);
    const found = await app.ok<DraftPage>('drafts:list', { search: 'whiteboard cach' });
    expect(found.items.map((d) => d.id)).toEqual([a.id]);
    expect(found.items[0]!.snippet).toContain('[[whiteboard]]');
    expect((await app.ok<DraftPage>('drafts:list', { search: 'NEAR(" *' })).total).toBe(0);
  });

  it('sets and clears the sent date with the status', async () => {
    const contactId = await addContact();
    const { id } = await app.ok<Draft>('drafts:create', { contactId, channel: 'call' });
    expect((await app.ok<Draft>('drafts:set-status', { id, status: 'sent' })).sentOn).toBe('2026-11-26');
    expect((await app.ok<Draft>('drafts:set-status', { id, status: 'ready' })).sentOn).toBeNull();
  });

  it('deletes a draft, and all of a contact\u2019s drafts and revisions with the contact', async () => {
    const contactId = await addContact();
    const one = await app.ok<Draft>('drafts:create', { contactId, channel: 'email' });
    await app.ok<Draft>('drafts:create', { contactId, channel: 'call' });
    await app.ok('drafts:delete', { id: one.id });
    expect(await app.call('drafts:get', { id: one.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await app.ok('contacts:delete', { id: contactId });
    const left = app.db
      .prepare('SELECT (SELECT count(*) FROM drafts) + (SELECT count(*) FROM draft_revisions) AS n')
      .get();
    expect(left).toEqual({ n: 0 });
    expect((await app.ok<DraftPage>('drafts:list', { search: 'call' })).total).toBe(0);
  });
});

describe('user templates', () => {
  it('saves, edits, lists beside the built-in ones, and deletes', async () => {
    const saved = await userTemplate('Hello {{contact.firstName}}');
    expect(saved).toMatchObject({ id: expect.stringMatching(/^user:\d+$/), source: 'user', channel: 'email' });
    const numeric = Number(saved.id.slice(5));
    const edited = await app.ok<MessageTemplate>('templates:save', {
      id: numeric,
      channel: 'email',
      title: 'Renamed',
      body: 'Hi',
    });
    expect(edited.title).toBe('Renamed');
    const library = await app.ok<{ templates: MessageTemplate[] }>('templates:list', {});
    expect(library.templates.filter((t) => t.source === 'user').map((t) => t.title)).toEqual(['Renamed']);
    await app.ok('templates:delete', { id: numeric });
    expect(await app.call('templates:delete', { id: numeric })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('never writes a built-in template: ids are not accepted for saving', async () => {
    const result = await app.call('templates:save', {
      id: 'builtin:voicemail',
      channel: 'voicemail',
      title: 'x',
      body: 'y',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('output', () => {
  it('in browser mode, answers that the renderer must open mail and save files itself', async () => {
    expect(await app.ok('output:open-mail', { to: 'ada@example.com', subject: 'Hi', body: 'Hello' })).toEqual({
      opened: false,
    });
    expect(await app.ok('output:save-file', { kind: 'txt', fileName: 'note.txt', content: 'x' })).toEqual({
      saved: false,
      path: null,
    });
  });

  it('in the desktop app, hands a validated mailto: and a safe file name to the desktop services', async () => {
    const openMail = vi.fn(async () => undefined);
    const saveFile = vi.fn(async () => '/home/me/Documents/Thank you.eml');
    app.dispose();
    app = createTestApp(undefined, {
      clock: () => clock,
      desktop: { openMail, saveFile, chooseExportPath: async () => null, chooseImportFile: async () => null },
    });
    expect(
      await app.ok('output:open-mail', { to: 'ada@example.com', subject: 'Hi & bye', body: 'Line 1\nLine 2' }),
    ).toEqual({
      opened: true,
    });
    expect(openMail).toHaveBeenCalledWith('mailto:ada@example.com?subject=Hi%20%26%20bye&body=Line%201%0D%0ALine%202');
    expect(await app.ok('output:save-file', { kind: 'eml', fileName: 'Thank you', content: 'Subject: x' })).toEqual({
      saved: true,
      path: '/home/me/Documents/Thank you.eml',
    });
    expect(saveFile).toHaveBeenCalledWith('Thank you.eml', 'Subject: x');
    const refused = await app.call('output:open-mail', {
      to: 'ada@example.com?bcc=eve@evil.example',
      subject: '',
      body: '',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(openMail).toHaveBeenCalledTimes(1);
  });
});
