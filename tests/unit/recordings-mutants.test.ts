/**
 * Tests aimed at mutants of main/recordings.ts (issue 21; `npm run mutate -- --group encryption`): the
 * file layout and what a changed, cut or renamed file does, and the file helpers called directly —
 * which names are the app's own, writing over another type, reading a plain file of an earlier
 * version, and encrypting the plain ones on unlock; and the retention sweep ("never", the day boundary,
 * files no answer points to, and the count it returns).
 */
import { hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DAMAGED_RECORDING,
  decryptRecording,
  encryptPlainRecordings,
  encryptRecording,
  enforceRecordingRetention,
  isEncryptedRecording,
  readRecording,
  recordingKey,
  recordingPath,
  recordingsDir,
  removeRecordingFiles,
  writeRecording,
} from '../../main/recordings';
import { closeDatabase, DATABASE_FILE_NAME, openDatabase, type Db } from '../../main/db/connection';
import { makeTempDir } from '../helpers/temp-dir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

function folder(): string {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  return temp.dir;
}

const DATA_KEY = Buffer.alloc(32, 7);
const AUDIO = Buffer.from('RIFF fake wave bytes of one answer');

describe('the recording file', () => {
  it('is "SDRC", version 1, a 12-byte IV, the ciphertext as long as the audio, and a 16-byte tag', () => {
    const key = recordingKey(DATA_KEY);
    const file = encryptRecording(key, 'turn-3.wav', AUDIO);
    expect(file.subarray(0, 5)).toStrictEqual(Buffer.from([0x53, 0x44, 0x52, 0x43, 1]));
    expect(file).toHaveLength(5 + 12 + AUDIO.length + 16);
    expect(file.includes(AUDIO)).toBe(false);
    expect(decryptRecording(key, 'turn-3.wav', file)).toStrictEqual(AUDIO);
    expect(encryptRecording(key, 'turn-3.wav', AUDIO).subarray(5, 17)).not.toStrictEqual(file.subarray(5, 17));
  });

  it('uses its own key, derived from the data key with HKDF-SHA256', () => {
    const key = recordingKey(DATA_KEY);
    expect(key).toHaveLength(32);
    expect(key.equals(DATA_KEY)).toBe(false);
    expect(recordingKey(Buffer.from(DATA_KEY)).equals(key)).toBe(true);
    // As docs/SECURITY.md gives it: no salt, the info "someday recordings v1", 32 bytes.
    const expected = Buffer.from(hkdfSync('sha256', DATA_KEY, Buffer.alloc(0), 'someday recordings v1', 32));
    expect(key.equals(expected)).toBe(true);
  });

  it('refuses another version, a file shorter than header, IV and tag, a changed header byte, and another name', () => {
    const key = recordingKey(DATA_KEY);
    const file = encryptRecording(key, 'turn-3.wav', Buffer.alloc(0));
    expect(file).toHaveLength(33);
    expect(decryptRecording(key, 'turn-3.wav', file)).toStrictEqual(Buffer.alloc(0));
    const version2 = Buffer.from(file);
    version2[4] = 2;
    expect(() => decryptRecording(key, 'turn-3.wav', version2)).toThrow(DAMAGED_RECORDING);
    expect(() => decryptRecording(key, 'turn-3.wav', file.subarray(0, 32))).toThrow(DAMAGED_RECORDING);
    expect(() => decryptRecording(key, 'turn-3.wav', file.subarray(0, 4))).toThrow(DAMAGED_RECORDING);
    expect(() => decryptRecording(key, 'turn-4.wav', file)).toThrow(DAMAGED_RECORDING);
    expect(() => decryptRecording(key, 'turn-3.ogg', file)).toThrow(DAMAGED_RECORDING);
    const full = encryptRecording(key, 'turn-3.wav', AUDIO);
    for (const at of [5, 16, 17, full.length - 17, full.length - 1]) {
      const changed = Buffer.from(full);
      changed[at] = changed[at]! ^ 0x01;
      expect(() => decryptRecording(key, 'turn-3.wav', changed)).toThrow(DAMAGED_RECORDING);
    }
  });

  it('is told from a plain one by its first four bytes, and needs the version byte too', () => {
    expect(isEncryptedRecording(Buffer.from('SDRC\x01rest'))).toBe(true);
    expect(isEncryptedRecording(Buffer.from('SDRC\x09'))).toBe(true);
    expect(isEncryptedRecording(Buffer.from('SDRC'))).toBe(false);
    expect(isEncryptedRecording(Buffer.from('SDRX\x01rest'))).toBe(false);
    expect(isEncryptedRecording(Buffer.from('OggS\x00'))).toBe(false);
  });
});

describe('recording files on disk', () => {
  it('are refused, when damaged, with one plain sentence', () => {
    expect(DAMAGED_RECORDING).toBe(
      'This recording is damaged or was changed outside Someday, so it cannot be played. Nothing was changed.',
    );
  });

  it.runIf(fs.existsSync('/proc/self/fd'))('leave no file descriptor open after writing (/proc lists them)', () => {
    const dir = folder();
    writeRecording(dir, DATA_KEY, 1, 'audio/ogg', AUDIO);
    const open = () => fs.readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 20; i += 1) writeRecording(dir, DATA_KEY, 1, 'audio/ogg', AUDIO);
    expect(open()).toBe(before);
  });

  it('are named turn-<id>.<ext> in <dataDir>/recordings for each audio type', () => {
    const dir = folder();
    expect(recordingsDir(dir)).toBe(path.join(dir, 'recordings'));
    expect(
      (['audio/webm', 'audio/ogg', 'audio/mp4', 'audio/wav'] as const).map((type) =>
        path.basename(recordingPath(dir, 12, type)),
      ),
    ).toStrictEqual(['turn-12.webm', 'turn-12.ogg', 'turn-12.m4a', 'turn-12.wav']);
  });

  it('are written whole and private, replacing the same answer in another type, and read back', () => {
    const dir = folder();
    writeRecording(dir, DATA_KEY, 5, 'audio/ogg', Buffer.from('first take'));
    writeRecording(dir, DATA_KEY, 6, 'audio/ogg', Buffer.from('another answer'));
    writeRecording(dir, DATA_KEY, 5, 'audio/wav', AUDIO);
    expect(fs.readdirSync(recordingsDir(dir)).sort()).toStrictEqual(['turn-5.wav', 'turn-6.ogg']);
    if (process.platform !== 'win32') {
      expect(fs.statSync(recordingPath(dir, 5, 'audio/wav')).mode & 0o777).toBe(0o600);
    }
    expect(readRecording(dir, DATA_KEY, 5, 'audio/wav')).toStrictEqual(AUDIO);
    expect(readRecording(dir, DATA_KEY, 5, 'audio/ogg')).toBeNull();
    expect(() => readRecording(dir, randomBytes(32), 6, 'audio/ogg')).toThrow(DAMAGED_RECORDING);
  });

  it('removes only the files of one answer, any type, half-written ones included, and counts them', () => {
    const dir = folder();
    fs.mkdirSync(recordingsDir(dir));
    const foreign = ['turn-70.ogg', 'turn-17.ogg', 'turn-7.mp3', 'notes.txt', 'old-turn-7.ogg', 'turn-7.ogg.bak'];
    for (const name of ['turn-7.ogg', 'turn-7.wav.tmp', ...foreign]) {
      fs.writeFileSync(path.join(recordingsDir(dir), name), 'x');
    }
    expect(removeRecordingFiles(dir, 7)).toBe(2);
    expect(fs.readdirSync(recordingsDir(dir)).sort()).toStrictEqual(foreign.sort());
    expect(removeRecordingFiles(folder(), 7)).toBe(0);
  });

  it('encrypts a plain file of an earlier version when it is read, and plays the same bytes', () => {
    const dir = folder();
    fs.mkdirSync(recordingsDir(dir));
    const file = recordingPath(dir, 8, 'audio/webm');
    fs.writeFileSync(file, AUDIO);
    expect(readRecording(dir, DATA_KEY, 8, 'audio/webm')).toStrictEqual(AUDIO);
    const stored = fs.readFileSync(file);
    expect(isEncryptedRecording(stored)).toBe(true);
    expect(decryptRecording(recordingKey(DATA_KEY), 'turn-8.webm', stored)).toStrictEqual(AUDIO);
    expect(readRecording(dir, DATA_KEY, 8, 'audio/webm')).toStrictEqual(AUDIO);
  });

  it('encrypts every plain recording on unlock, skipping encrypted, half-written and foreign files', () => {
    const dir = folder();
    expect(encryptPlainRecordings(dir, DATA_KEY)).toBe(0);
    fs.mkdirSync(recordingsDir(dir));
    const inDir = (name: string) => path.join(recordingsDir(dir), name);
    fs.writeFileSync(inDir('turn-1.ogg'), 'plain one');
    fs.writeFileSync(inDir('turn-2.m4a'), 'plain two');
    fs.writeFileSync(inDir('turn-3.ogg.tmp'), 'half written');
    fs.writeFileSync(inDir('other.ogg'), 'not ours');
    writeRecording(dir, DATA_KEY, 4, 'audio/wav', AUDIO);
    const before = fs.readFileSync(inDir('turn-4.wav'));
    expect(encryptPlainRecordings(dir, DATA_KEY)).toBe(2);
    expect(fs.readFileSync(inDir('turn-4.wav'))).toStrictEqual(before);
    expect(fs.readFileSync(inDir('turn-3.ogg.tmp'), 'utf8')).toBe('half written');
    expect(fs.readFileSync(inDir('other.ogg'), 'utf8')).toBe('not ours');
    const key = recordingKey(DATA_KEY);
    expect(decryptRecording(key, 'turn-1.ogg', fs.readFileSync(inDir('turn-1.ogg'))).toString()).toBe('plain one');
    expect(decryptRecording(key, 'turn-2.m4a', fs.readFileSync(inDir('turn-2.m4a'))).toString()).toBe('plain two');
    expect(fs.readdirSync(recordingsDir(dir)).sort()).toStrictEqual([
      'other.ogg',
      'turn-1.ogg',
      'turn-2.m4a',
      'turn-3.ogg.tmp',
      'turn-4.wav',
    ]);
    expect(encryptPlainRecordings(dir, DATA_KEY)).toBe(0);
  });
});

describe('the retention sweep', () => {
  const NOW = new Date('2026-12-06T12:00:00.000Z');
  const DAY = 24 * 60 * 60 * 1000;

  /** A data folder whose database has one rehearsal with a recorded turn per entry of `turns`. */
  function recorded(turns: { id: number; ageMs: number; type: 'audio/ogg' | 'audio/wav' | 'audio/mp4' }[]): {
    dir: string;
    db: Db;
  } {
    const dir = folder();
    const db = openDatabase(path.join(dir, DATABASE_FILE_NAME));
    cleanups.unshift(() => closeDatabase(db));
    const at = NOW.toISOString();
    db.prepare(
      `INSERT INTO contacts (id, name, relationship, status, created_at, updated_at) VALUES (1, 'Ada', 'recruiter', 'rejected', ?, ?)`,
    ).run(at, at);
    db.prepare(
      `INSERT INTO rehearsals (id, contact_id, scenario_id, scenario_title, rung, current_step, created_at) VALUES (1, 1, 'call', 'Call', 'script', 'open', ?)`,
    ).run(at);
    turns.forEach((turn, index) => {
      db.prepare(
        `INSERT INTO rehearsal_turns (id, rehearsal_id, position, step_id, line, answer, mode, talk_seconds, review, recording_type, recording_bytes, created_at)
         VALUES (?, 1, ?, 'open', 'Hello', 'Hi', 'spoken', 3, '', ?, ?, ?)`,
      ).run(turn.id, index + 1, turn.type, AUDIO.length, new Date(NOW.getTime() - turn.ageMs).toISOString());
      writeRecording(dir, DATA_KEY, turn.id, turn.type, AUDIO);
    });
    return { dir, db };
  }

  const files = (dir: string) => fs.readdirSync(recordingsDir(dir)).sort();
  const stillRecorded = (db: Db) =>
    db.prepare('SELECT id FROM rehearsal_turns WHERE recording_type IS NOT NULL ORDER BY id').pluck().all();

  it('"never" removes every recording and forgets it on its answer, and counts the files', () => {
    const { dir, db } = recorded([
      { id: 1, ageMs: 0, type: 'audio/ogg' },
      { id: 2, ageMs: 5 * DAY, type: 'audio/wav' },
    ]);
    expect(enforceRecordingRetention(db, dir, { mode: 'never', days: 30 }, NOW)).toBe(2);
    expect(files(dir)).toStrictEqual([]);
    expect(stillRecorded(db)).toStrictEqual([]);
    expect(db.prepare('SELECT count(*) FROM rehearsal_turns WHERE recording_bytes IS NOT NULL').pluck().get()).toBe(0);
    // The answers themselves stay.
    expect(db.prepare('SELECT count(*) FROM rehearsal_turns').pluck().get()).toBe(2);
  });

  it('"days" removes the recordings older than N whole days and keeps one exactly N days old', () => {
    const { dir, db } = recorded([
      { id: 1, ageMs: 3 * DAY, type: 'audio/ogg' },
      { id: 2, ageMs: 3 * DAY + 1, type: 'audio/wav' },
      { id: 3, ageMs: 2 * DAY, type: 'audio/mp4' },
      { id: 4, ageMs: 4 * DAY, type: 'audio/ogg' },
    ]);
    expect(enforceRecordingRetention(db, dir, { mode: 'days', days: 3 }, NOW)).toBe(2);
    expect(files(dir)).toStrictEqual(['turn-1.ogg', 'turn-3.m4a']);
    expect(stillRecorded(db)).toStrictEqual([1, 3]);
    expect(readRecording(dir, DATA_KEY, 1, 'audio/ogg')).toStrictEqual(AUDIO);
  });

  it('"keep" keeps every recording an answer points to, and any mode removes the files none points to', () => {
    const { dir, db } = recorded([
      { id: 1, ageMs: 400 * DAY, type: 'audio/ogg' },
      { id: 2, ageMs: 0, type: 'audio/wav' },
    ]);
    const inDir = (name: string) => path.join(recordingsDir(dir), name);
    // An answer deleted since, the same answer in another type, a half-written file, and a file not ours.
    for (const name of ['turn-9.ogg', 'turn-2.ogg', 'turn-1.ogg.tmp', 'notes.txt']) fs.writeFileSync(inDir(name), 'x');

    expect(enforceRecordingRetention(db, dir, { mode: 'keep', days: 30 }, NOW)).toBe(3);
    expect(files(dir)).toStrictEqual(['notes.txt', 'turn-1.ogg', 'turn-2.wav']);
    expect(stillRecorded(db)).toStrictEqual([1, 2]);
    expect(enforceRecordingRetention(db, dir, { mode: 'keep', days: 30 }, NOW)).toBe(0);
  });

  it('counts nothing, and fails on nothing, when there is no recordings folder', () => {
    const { dir, db } = recorded([]);
    expect(enforceRecordingRetention(db, dir, { mode: 'never', days: 30 }, NOW)).toBe(0);
  });
});
