/**
 * Rehearsal recordings on disk: one file per answer in <dataDir>/recordings/, named turn-<id>.<ext>, so
 * nothing but the app's own files is ever touched by the retention sweep. Files are written to a
 * temporary name and renamed, so a crash never leaves half a recording under the real name.
 */
import fs from 'node:fs';
import path from 'node:path';
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

export function writeRecording(dataDir: string, turnId: number, mimeType: RecordingType, bytes: Buffer): void {
  makePrivateDir(recordingsDir(dataDir));
  removeRecordingFiles(dataDir, turnId);
  const target = recordingPath(dataDir, turnId, mimeType);
  const temp = `${target}.tmp`;
  fs.writeFileSync(temp, bytes, { mode: 0o600 });
  fs.renameSync(temp, target);
}

export function readRecording(dataDir: string, turnId: number, mimeType: RecordingType): Buffer | null {
  try {
    return fs.readFileSync(recordingPath(dataDir, turnId, mimeType));
  } catch {
    return null;
  }
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
