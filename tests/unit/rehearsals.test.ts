import fs from 'node:fs';
import { TEST_UNLOCK } from '../helpers/test-app';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RECORDING_BYTES, type Rehearsal, type RehearsalDetail, type TurnSaved } from '../../core/rehearsals';
import type { ScenarioLibrary } from '../../core/scenarios';
import { createAppContext } from '../../main/app-context';
import { findAppRoot } from '../../main/paths';
import { recordingsDir } from '../../main/recordings';
import { createTestApp } from '../helpers/test-app';

let app: ReturnType<typeof createTestApp>;
beforeEach(() => {
  app = createTestApp();
});
afterEach(() => app.dispose());

async function refused(channel: string, input: unknown): Promise<{ code: string; message: string }> {
  const result = await app.call(channel, input);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
}

function count(table: string): number {
  return (app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

async function setup() {
  await app.ok('settings:update', { myName: 'Sam Lee' });
  const contact = await app.ok<{ id: number }>('contacts:create', {
    name: 'Ada Byron',
    company: 'Northwind',
    highlight: 'the tour of the research lab',
  });
  const draft = await app.ok<{ id: number }>('drafts:create', { contactId: contact.id, channel: 'call' });
  return { contactId: contact.id, draftId: draft.id };
}

const WARM_ANSWERS = [
  'Hi Ada, it is Sam. Is now a good time?',
  'Thank you for the tour of the research lab. I am still excited about the team.',
  'Could I stay on your radar for future openings?',
];

async function rehearseWarm(
  contactId: number,
  draftId: number | null,
): Promise<{ rehearsal: Rehearsal; turns: TurnSaved[] }> {
  const rehearsal = await app.ok<Rehearsal>('rehearsals:create', { contactId, draftId, scenarioId: 'warm-pickup' });
  const turns: TurnSaved[] = [];
  let step = rehearsal.currentStep;
  for (const text of WARM_ANSWERS) {
    const saved = await app.ok<TurnSaved>('rehearsals:save-turn', {
      rehearsalId: rehearsal.id,
      stepId: step,
      text,
      mode: 'typed',
    });
    turns.push(saved);
    step = saved.nextStepId;
  }
  return { rehearsal: turns.at(-1)!.rehearsal, turns };
}

describe('scenarios and rehearsals over the channels', () => {
  it('lists the scenarios with no problems', async () => {
    const library = await app.ok<ScenarioLibrary>('scenarios:list', {});
    expect(library.problems).toEqual([]);
    expect(library.scenarios.length).toBeGreaterThanOrEqual(9);
  });

  it('runs a whole warm call, fills lines for the contact, finishes with a review, and keeps it in history', async () => {
    const { contactId, draftId } = await setup();
    const { rehearsal, turns } = await rehearseWarm(contactId, draftId);
    expect(turns.map((t) => t.nextStepId)).toEqual(['glad', 'touched', 'end-radar']);
    expect(turns[0]!.turn.line).toBe('Hello, Ada speaking.');
    expect(turns[0]!.nextLine).toBe('Oh, hello! Yes, now is fine. Good to hear from you, Sam Lee.');
    expect(turns.map((t) => t.ended)).toEqual([false, false, true]);
    expect(rehearsal.status).toBe('finished');
    expect(rehearsal.currentStep).toBe('end-radar');
    expect(rehearsal.review!.coverage).toBe(1);
    expect(rehearsal.review!.tips).toHaveLength(3);
    expect(rehearsal.finishedAt).toBe('2026-11-26T09:00:00.000Z');

    const history = await app.ok<Rehearsal[]>('rehearsals:list', {});
    expect(history.map((r) => [r.id, r.contactName, r.scenarioTitle, r.turnCount])).toEqual([
      [rehearsal.id, 'Ada Byron', 'A warm pickup', 3],
    ]);
    expect(await app.ok<Rehearsal[]>('rehearsals:list', { contactId: contactId + 100 })).toEqual([]);
    const detail = await app.ok<RehearsalDetail>('rehearsals:get', { id: rehearsal.id });
    expect(detail.turns.map((t) => [t.position, t.stepId, t.review.text])).toEqual([
      [1, 'hello', WARM_ANSWERS[0]],
      [2, 'glad', WARM_ANSWERS[1]],
      [3, 'touched', WARM_ANSWERS[2]],
    ]);
    expect(detail.turns[1]!.review.covered).toMatchObject({ gratitude: true, sincerity: true });

    expect(await app.ok('rehearsals:delete', { id: rehearsal.id })).toEqual({ id: rehearsal.id });
    expect(count('rehearsals')).toBe(0);
    expect(count('rehearsal_turns')).toBe(0);
  });

  it.each([
    ['rehearsals:create', { contactId: 1, scenarioId: 'Warm Pickup' }],
    ['rehearsals:create', { contactId: 1, scenarioId: 'warm-pickup', rung: 'memorised' }],
    ['rehearsals:create', { contactId: 0, scenarioId: 'warm-pickup' }],
    ['rehearsals:create', { contactId: 1, scenarioId: 'warm-pickup', extra: true }],
    ['rehearsals:save-turn', { rehearsalId: 1, stepId: 'hello', text: 'x'.repeat(5000), mode: 'typed' }],
    ['rehearsals:save-turn', { rehearsalId: 1, stepId: 'hello', text: 'Hi', mode: 'spoken' }],
    ['rehearsals:save-turn', { rehearsalId: 1, stepId: 'hello', text: 'Hi', mode: 'typed', talkSeconds: -1 }],
    ['rehearsals:get', { id: 'one' }],
    ['recordings:save', { turnId: 1, mimeType: 'video/mp4', data: 'AAAA' }],
    ['recordings:save', { turnId: 1, mimeType: 'audio/webm', data: 'not base64!' }],
    ['recordings:save', { turnId: 1, mimeType: 'audio/webm', data: '' }],
  ])('refuses bad input to %s and changes nothing', async (channel, input) => {
    const { contactId } = await setup();
    const rehearsal = await app.ok<Rehearsal>('rehearsals:create', { contactId, scenarioId: 'warm-pickup' });
    const before = [count('rehearsals'), count('rehearsal_turns')];
    const error = await refused(channel, {
      ...input,
      ...('rehearsalId' in input ? { rehearsalId: rehearsal.id } : {}),
    });
    expect(error.code).toBe('invalid-input');
    expect(error.message.length).toBeGreaterThan(5);
    expect([count('rehearsals'), count('rehearsal_turns')]).toEqual(before);
  });

  it('refuses an unknown contact, scenario or someone else’s script, an answer out of turn, and answers after the end', async () => {
    const { contactId, draftId } = await setup();
    const other = await app.ok<{ id: number }>('contacts:create', { name: 'Bo Chen' });
    expect((await refused('rehearsals:create', { contactId: 999, scenarioId: 'warm-pickup' })).code).toBe('not-found');
    expect((await refused('rehearsals:create', { contactId, scenarioId: 'no-such-call' })).message).toMatch(
      /No scenario "no-such-call"/,
    );
    expect(
      (await refused('rehearsals:create', { contactId: other.id, draftId, scenarioId: 'warm-pickup' })).message,
    ).toMatch(/for someone else, not Bo Chen/);
    expect(count('rehearsals')).toBe(0);

    const rehearsal = await app.ok<Rehearsal>('rehearsals:create', { contactId, scenarioId: 'warm-pickup' });
    const wrongStep = await refused('rehearsals:save-turn', {
      rehearsalId: rehearsal.id,
      stepId: 'touched',
      text: 'Hi',
      mode: 'typed',
    });
    expect(wrongStep.code).toBe('conflict');
    expect(count('rehearsal_turns')).toBe(0);
    expect(
      (await refused('rehearsals:save-turn', { rehearsalId: 999, stepId: 'hello', text: 'Hi', mode: 'typed' })).code,
    ).toBe('not-found');

    const { rehearsal: done } = await rehearseWarm(contactId, null);
    const after = await refused('rehearsals:save-turn', {
      rehearsalId: done.id,
      stepId: 'end-radar',
      text: 'Bye',
      mode: 'typed',
    });
    expect(after).toMatchObject({ code: 'conflict', message: expect.stringMatching(/already ended/) });
    expect((await refused('rehearsals:delete', { id: 999 })).code).toBe('not-found');
  });

  it('keeps a rehearsal when its script is deleted, and removes it with its contact', async () => {
    const { contactId, draftId } = await setup();
    const { rehearsal } = await rehearseWarm(contactId, draftId);
    await app.ok('drafts:delete', { id: draftId });
    expect((await app.ok<RehearsalDetail>('rehearsals:get', { id: rehearsal.id })).rehearsal.draftId).toBeNull();
    await app.ok('contacts:delete', { id: contactId });
    expect(await app.ok<Rehearsal[]>('rehearsals:list', {})).toEqual([]);
  });
});

describe('recordings', () => {
  const AUDIO = Buffer.from('OggS fake opus bytes for a test').toString('base64');

  async function oneTurn(): Promise<number> {
    const { contactId } = await setup();
    const rehearsal = await app.ok<Rehearsal>('rehearsals:create', { contactId, scenarioId: 'warm-pickup' });
    const saved = await app.ok<TurnSaved>('rehearsals:save-turn', {
      rehearsalId: rehearsal.id,
      stepId: 'hello',
      text: 'Hi Ada, is now a good time?',
      mode: 'spoken',
      talkSeconds: 3.2,
    });
    expect(saved.turn.review.talkSeconds).toBe(3.2);
    expect(saved.turn.review.talkEstimated).toBe(false);
    return saved.turn.id;
  }

  it('saves into <dataDir>/recordings/, reads back the same bytes, and deletes', async () => {
    const turnId = await oneTurn();
    expect(await app.ok('recordings:save', { turnId, mimeType: 'audio/webm;codecs=opus', data: AUDIO })).toEqual({
      turnId,
      saved: true,
      bytes: Buffer.from(AUDIO, 'base64').length,
    });
    const file = path.join(recordingsDir(app.dataDir), `turn-${turnId}.webm`);
    // Encrypted on disk (tests/unit/recordings-encryption.test.ts), the same bytes through the app.
    expect(fs.readFileSync(file).subarray(0, 4).toString()).toBe('SDRC');
    expect(await app.ok('recordings:get', { turnId })).toEqual({ turnId, mimeType: 'audio/webm', data: AUDIO });
    const detail = await app.ok<RehearsalDetail>('rehearsals:get', { id: 1 });
    expect(detail.turns[0]!.recording).toEqual({ mimeType: 'audio/webm', bytes: Buffer.from(AUDIO, 'base64').length });
    await app.ok('recordings:delete', { turnId });
    expect(fs.existsSync(file)).toBe(false);
    expect((await refused('recordings:get', { turnId })).code).toBe('not-found');
  });

  it('refuses a recording over the limit with a clear too-large error, writing nothing', async () => {
    const turnId = await oneTurn();
    const big = Buffer.alloc(MAX_RECORDING_BYTES + 3).toString('base64');
    const error = await refused('recordings:save', { turnId, mimeType: 'audio/webm', data: big });
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/over the 2\.0 MB limit/);
    expect(fs.existsSync(recordingsDir(app.dataDir))).toBe(false);
    expect((await app.ok<RehearsalDetail>('rehearsals:get', { id: 1 })).turns[0]!.recording).toBeNull();
    expect((await refused('recordings:save', { turnId: 999, mimeType: 'audio/webm', data: AUDIO })).code).toBe(
      'not-found',
    );
  });

  it('deleting a rehearsal removes its recordings', async () => {
    const turnId = await oneTurn();
    await app.ok('recordings:save', { turnId, mimeType: 'audio/ogg', data: AUDIO });
    await app.ok('rehearsals:delete', { id: 1 });
    expect(fs.readdirSync(recordingsDir(app.dataDir))).toEqual([]);
  });

  it('"never keep" saves nothing', async () => {
    const turnId = await oneTurn();
    await app.ok('settings:update', { recordingRetention: { mode: 'never', days: 30 } });
    expect(await app.ok('recordings:save', { turnId, mimeType: 'audio/webm', data: AUDIO })).toMatchObject({
      saved: false,
    });
    expect(fs.existsSync(recordingsDir(app.dataDir))).toBe(false);
  });

  it('refuses a bad retention setting', async () => {
    for (const value of [
      { mode: 'forever', days: 3 },
      { mode: 'days', days: 0 },
      { mode: 'days', days: 1.5 },
      'keep',
    ]) {
      expect((await refused('settings:update', { recordingRetention: value })).code).toBe('invalid-input');
    }
  });

  it('applies retention on open: old recordings and stray files go, recent ones stay', async () => {
    const turnId = await oneTurn();
    await app.ok('recordings:save', { turnId, mimeType: 'audio/webm', data: AUDIO });
    const dir = recordingsDir(app.dataDir);
    fs.writeFileSync(path.join(dir, 'turn-999.webm'), 'orphan');
    fs.writeFileSync(path.join(dir, 'turn-1.webm.tmp'), 'half written');
    fs.writeFileSync(path.join(dir, 'my-notes.txt'), 'not ours');
    await app.ok('settings:update', { recordingRetention: { mode: 'days', days: 7 } });
    app.close();

    const reopen = (iso: string) =>
      createAppContext({
        ...TEST_UNLOCK,
        dataDir: app.dataDir,
        mode: 'browser',
        version: 't',
        now: () => new Date(iso),
        templatesDir: path.join(findAppRoot(), 'templates'),
      });
    const soon = reopen('2026-11-30T09:00:00Z');
    expect(fs.readdirSync(dir).sort()).toEqual(['my-notes.txt', `turn-${turnId}.webm`]);
    soon.close();
    const later = reopen('2026-12-04T09:00:01Z');
    expect(fs.readdirSync(dir)).toEqual(['my-notes.txt']);
    expect(later.db.prepare('SELECT recording_type FROM rehearsal_turns').get()).toEqual({ recording_type: null });
    later.close();
    app = { ...app, close: () => undefined, dispose: () => fs.rmSync(app.dataDir, { recursive: true, force: true }) };
  });
});
