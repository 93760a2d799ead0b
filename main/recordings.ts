/**
 * Rehearsal recordings on disk: one file per answer in <dataDir>/recordings/, named turn-<id>.<ext>, so
 * nothing but the app's own files is ever touched by the retention sweep. Files are written to a
 * temporary name and renamed, so a crash never leaves half a recording under the real name.
 *
 * Each file is encrypted (docs/SECURITY.md, "Recordings"): AES-256-GCM under a key derived from the data
 * key with HKDF-SHA256, in this layout:
 *
 *   bytes 0-3   "SDRC"            magic
 *   byte  4     1                 version
 *   bytes 5-16  IV                12 random bytes, new for every file
 *   bytes 17…   ciphertext        the audio, as long as the audio
 *   last 16     GCM tag
 *
 * The first 5 bytes and the file's name (`turn-<id>.<ext>`) are the additional authenticated data, so a
 * changed byte, a cut file or a recording moved to another answer's name is refused. Plain recordings of
 * an earlier version are encrypted in place when the data is unlocked, and if one is met when read.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../core/api-result';
import type { RecordingType } from '../core/rehearsals';
import type { RecordingRetention } from '../core/settings';
import type { Db } from './db/connection';
import { makePrivateDir } from './data/private-files';
import { listRecordedTurns, setTurnRecording } from './db/rehearsals-repository';

export const RECORDINGS_FOLDER = 'recordings';
const EXTENSIONS: Record<RecordingType, string> = {
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/mp4': 'm4a',
  'audio/wav': 'wav',
};
const OWN_FILE = /^turn-([1-9][0-9]{0,15})\.(?:webm|ogg|m4a|wav)(?:\.tmp)?$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export function recordingsDir(dataDir: string): string {
  return path.join(dataDir, RECORDINGS_FOLDER);
}

export function recordingPath(dataDir: string, turnId: number, mimeType: RecordingType): string {
  return path.join(recordingsDir(dataDir), `turn-${turnId}.${EXTENSIONS[mimeType]}`);
}

const MAGIC = Buffer.from('SDRC', 'ascii');
const VERSION = 1;
const HEADER_BYTES = MAGIC.length + 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const DAMAGED_RECORDING =
  'This recording is damaged or was changed outside Someday, so it cannot be played. Nothing was changed.';

/** The recordings' own key: derived from the data key, so the database's key is never used for audio. */
export function recordingKey(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'someday recordings v1', 32));
}

function header(): Buffer {
  return Buffer.concat([MAGIC, Buffer.from([VERSION])]);
}

export function isEncryptedRecording(bytes: Buffer): boolean {
  return bytes.length >= HEADER_BYTES && bytes.subarray(0, MAGIC.length).equals(MAGIC);
}

export function encryptRecording(key: Buffer, fileName: string, audio: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.concat([header(), Buffer.from(fileName, 'utf8')]));
  const body = Buffer.concat([cipher.update(audio), cipher.final()]);
  return Buffer.concat([header(), iv, body, cipher.getAuthTag()]);
}

/** The audio, or an AppError when the file was changed, cut, or belongs to another answer. */
export function decryptRecording(key: Buffer, fileName: string, file: Buffer): Buffer {
  if (
    !isEncryptedRecording(file) ||
    file[MAGIC.length] !== VERSION ||
    file.length < HEADER_BYTES + IV_BYTES + TAG_BYTES
  ) {
    throw new AppError('internal', DAMAGED_RECORDING);
  }
  try {
    const iv = file.subarray(HEADER_BYTES, HEADER_BYTES + IV_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.concat([file.subarray(0, HEADER_BYTES), Buffer.from(fileName, 'utf8')]));
    decipher.setAuthTag(file.subarray(file.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(file.subarray(HEADER_BYTES + IV_BYTES, file.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw new AppError('internal', DAMAGED_RECORDING);
  }
}

/** Writes through a temporary name and a rename, so the real name never holds half a file. */
function writeWhole(target: string, bytes: Buffer): void {
  const temp = `${target}.tmp`;
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, target);
}

export function writeRecording(
  dataDir: string,
  dataKey: Buffer,
  turnId: number,
  mimeType: RecordingType,
  audio: Buffer,
): void {
  makePrivateDir(recordingsDir(dataDir));
  removeRecordingFiles(dataDir, turnId);
  const target = recordingPath(dataDir, turnId, mimeType);
  writeWhole(target, encryptRecording(recordingKey(dataKey), path.basename(target), audio));
}

/** The audio of an answer (null when there is no file); a plain file of an earlier version is encrypted now. */
export function readRecording(
  dataDir: string,
  dataKey: Buffer,
  turnId: number,
  mimeType: RecordingType,
): Buffer | null {
  const file = recordingPath(dataDir, turnId, mimeType);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return null;
  }
  const key = recordingKey(dataKey);
  if (!isEncryptedRecording(bytes)) {
    writeWhole(file, encryptRecording(key, path.basename(file), bytes));
    return bytes;
  }
  return decryptRecording(key, path.basename(file), bytes);
}

/**
 * Encrypts every plain recording of an earlier version in place (on unlock); returns how many. The plain
 * file is replaced by the rename, so a crash leaves either the plain or the encrypted file, both readable.
 */
export function encryptPlainRecordings(dataDir: string, dataKey: Buffer): number {
  const key = recordingKey(dataKey);
  let converted = 0;
  for (const { file } of listOwnFiles(dataDir)) {
    if (file.endsWith('.tmp')) continue;
    const full = path.join(recordingsDir(dataDir), file);
    const bytes = fs.readFileSync(full);
    if (isEncryptedRecording(bytes)) continue;
    writeWhole(full, encryptRecording(key, file, bytes));
    converted += 1;
  }
  return converted;
}

/** Removes every file of this answer (any type), and returns how many were removed. */
export function removeRecordingFiles(dataDir: string, turnId: number): number {
  let removed = 0;
  for (const name of listOwnFiles(dataDir)) {
    if (name.id === turnId) {
      fs.rmSync(path.join(recordingsDir(dataDir), name.file), { force: true });
      removed += 1;
    }
  }
  return removed;
}

function listOwnFiles(dataDir: string): { file: string; id: number }[] {
  let names: string[];
  try {
    names = fs.readdirSync(recordingsDir(dataDir));
  } catch {
    return [];
  }
  return names.flatMap((file) => {
    const match = OWN_FILE.exec(file);
    return match ? [{ file, id: Number(match[1]) }] : [];
  });
}

/**
 * Applies the retention setting: "never" removes every recording, "days" those older than N days, and
 * in every mode files no answer points to any more (a deleted contact or rehearsal, a half-written file)
 * are removed. Returns the number of files removed.
 */
export function enforceRecordingRetention(db: Db, dataDir: string, retention: RecordingRetention, now: Date): number {
  let removed = 0;
  const cutoff = retention.mode === 'days' ? now.getTime() - retention.days * DAY_MS : null;
  const keep = new Map<number, string>();
  db.transaction(() => {
    for (const turn of listRecordedTurns(db)) {
      const expired = retention.mode === 'never' || (cutoff !== null && Date.parse(turn.createdAt) < cutoff);
      if (expired) setTurnRecording(db, turn.id, null);
      else keep.set(turn.id, path.basename(recordingPath(dataDir, turn.id, turn.mimeType)));
    }
  })();
  for (const { file, id } of listOwnFiles(dataDir)) {
    if (keep.get(id) === file) continue;
    fs.rmSync(path.join(recordingsDir(dataDir), file), { force: true });
    removed += 1;
  }
  return removed;
}
