/**
 * Recordings are encrypted with a key derived from the data key (main/recordings.ts, issue 13 item 2):
 * no audio byte on disk, the same bytes back through the app, a changed, cut or moved file refused with a
 * plain sentence, and plain recordings of an earlier version encrypted on unlock (or when read).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../core/api-result';
import type { Rehearsal, TurnSaved } from '../../core/rehearsals';
import { createAppContext } from '../../main/app-context';
import { findAppRoot } from '../../main/paths';
import {
  DAMAGED_RECORDING,
  decryptRecording,
  encryptRecording,
  recordingKey,
  recordingPath,
  recordingsDir,
} from '../../main/recordings';
import { createTestApp, TEST_UNLOCK } from '../helpers/test-app';

const AUDIO = Buffer.from('OggS fake opus bytes: Zebediah speaking, MARKER-rec-91c2');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

function testApp() {
  const app = createTestApp();
  cleanups.push(() => app.dispose());
  return app;
}

async function turnWithRecording(app: ReturnType<typeof createTestApp>): Promise<{ turnId: number; file: string }> {
  const contact = await app.ok<{ id: number }>('contacts:create', { name: 'Ada Byron' });
  const rehearsal = await app.ok<Rehearsal>('rehearsals:create', { contactId: contact.id, scenarioId: 'warm-pickup' });
  const saved = await app.ok<TurnSaved>('rehearsals:save-turn', {
    rehearsalId: rehearsal.id,
    stepId: 'hello',
    text: 'Hi Ada, is now a good time?',
    mode: 'spoken',
    talkSeconds: 2,
  });
  const turnId = saved.turn.id;
  await app.ok('recordings:save', { turnId, mimeType: 'audio/ogg', data: AUDIO.toString('base64') });
  return { turnId, file: recordingPath(app.dataDir, turnId, 'audio/ogg') };
}

describe('encrypted recordings', () => {
  it('keeps no audio byte on disk, with the documented header, and plays the same bytes back', async () => {
    const app = testApp();
    const { turnId, file } = await turnWithRecording(app);
    const disk = fs.readFileSync(file);
    expect(disk.subarray(0, 5)).toStrictEqual(Buffer.from([0x53, 0x44, 0x52, 0x43, 1]));
    expect(disk.length).toBe(5 + 12 + AUDIO.length + 16);
    expect(disk.includes(Buffer.from('MARKER-rec-91c2'))).toBe(false);
    expect(disk.includes(Buffer.from('OggS'))).toBe(false);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(await app.ok('recordings:get', { turnId })).toEqual({
      turnId,
      mimeType: 'audio/ogg',
      data: AUDIO.toString('base64'),
    });
    // Two saves of the same audio differ (a new IV each time).
    const again = encryptRecording(recordingKey(app.database.key()!), path.basename(file), AUDIO);
    expect(again.equals(disk)).toBe(false);
  });

  it.each([
    ['a flipped bit in the audio', (bytes: Buffer) => Buffer.from(bytes.map((b, i) => (i === 30 ? b ^ 1 : b)))],
    [
      'a flipped bit in the tag',
      (bytes: Buffer) => Buffer.from(bytes.map((b, i) => (i === bytes.length - 1 ? b ^ 1 : b))),
    ],
    ['a flipped bit in the IV', (bytes: Buffer) => Buffer.from(bytes.map((b, i) => (i === 6 ? b ^ 1 : b)))],
    ['the version changed', (bytes: Buffer) => Buffer.from(bytes.map((b, i) => (i === 4 ? 2 : b)))],
    ['a cut file', (bytes: Buffer) => bytes.subarray(0, bytes.length - 5)],
    ['only a header', (bytes: Buffer) => bytes.subarray(0, 5)],
  ])('refuses %s with a plain sentence and leaves the file as it is', async (_name, tamper) => {
    const app = testApp();
    const { turnId, file } = await turnWithRecording(app);
    const changed = tamper(fs.readFileSync(file));
    fs.writeFileSync(file, changed);
    expect(await app.call('recordings:get', { turnId })).toStrictEqual({
      ok: false,
      error: { code: 'internal', message: DAMAGED_RECORDING },
    });
    expect(fs.readFileSync(file).equals(changed)).toBe(true);
  });

  it("refuses another answer's recording moved under this answer's name", async () => {
    const app = testApp();
    const first = await turnWithRecording(app);
    const second = await turnWithRecording(app);
    fs.copyFileSync(first.file, second.file);
    expect(await app.call('recordings:get', { turnId: second.turnId })).toMatchObject({
      ok: false,
      error: { message: DAMAGED_RECORDING },
    });
  });

  it('refuses a recording under another data key', () => {
    const file = encryptRecording(recordingKey(Buffer.alloc(32, 1)), 'turn-1.ogg', AUDIO);
    expect(decryptRecording(recordingKey(Buffer.alloc(32, 1)), 'turn-1.ogg', file).equals(AUDIO)).toBe(true);
    expect(() => decryptRecording(recordingKey(Buffer.alloc(32, 2)), 'turn-1.ogg', file)).toThrow(DAMAGED_RECORDING);
  });

  it('encrypts the plain recordings of an earlier version on unlock, and plays them back', async () => {
    const app = testApp();
    const { turnId, file } = await turnWithRecording(app);
    const { dataDir } = app;
    app.close();
    fs.writeFileSync(file, AUDIO, { mode: 0o600 });
    const reopened = createAppContext({
      dataDir,
      mode: 'browser',
      version: '0',
      templatesDir: path.join(findAppRoot(), 'templates'),
      dailyBackups: false,
      ...TEST_UNLOCK,
    });
    cleanups.unshift(() => reopened.close());
    expect(fs.readFileSync(file).subarray(0, 4).toString()).toBe('SDRC');
    expect(fs.readFileSync(file).includes(Buffer.from('MARKER-rec-91c2'))).toBe(false);
    expect(fs.readdirSync(recordingsDir(dataDir))).toStrictEqual([path.basename(file)]);
    const result = (await reopened.call('recordings:get', { turnId })) as ApiResult<{ data: string }>;
    expect(result.ok && Buffer.from(result.value.data, 'base64').equals(AUDIO)).toBe(true);
  });

  it('encrypts a plain recording met when it is read', async () => {
    const app = testApp();
    const { turnId, file } = await turnWithRecording(app);
    fs.writeFileSync(file, AUDIO);
    const result = (await app.call('recordings:get', { turnId })) as ApiResult<{ data: string }>;
    expect(result.ok && Buffer.from(result.value.data, 'base64').equals(AUDIO)).toBe(true);
    expect(fs.readFileSync(file).subarray(0, 4).toString()).toBe('SDRC');
  });
});
