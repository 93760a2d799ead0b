/**
 * What a long export or import needs between calls: the files main holds for the renderer (an import
 * chosen in the desktop's open dialog or uploaded in browser mode, an export waiting to be downloaded),
 * named by random one-time ids so a path never travels to the page; the progress of the one running
 * operation; and its Cancel. Temporary files live in the data folder (owner-only) and are removed when
 * used, cancelled or when the app stops.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/api-result';
import type { DataProgress } from '../../core/data';
import type { Progress } from './export-stream';

interface HeldFile {
  file: string;
  name: string;
  /** Made by Someday (an upload, an export to download): removed once used. */
  temporary: boolean;
}

export interface Transfers {
  /** Holds `file` under a new id. */
  hold: (file: string, name: string, temporary: boolean) => string;
  find: (id: string) => HeldFile;
  release: (id: string) => void;
  /** A new temporary file name in the data folder. */
  temporaryFile: (kind: 'upload' | 'export') => string;
  progress: () => DataProgress;
  /** Starts an operation: its signal fires on cancel; `report` records progress; `end` clears both. */
  begin: (operation: 'export' | 'import') => {
    signal: AbortSignal;
    report: (progress: Progress) => void;
    end: () => void;
  };
  cancel: () => boolean;
  stop: () => void;
}

export function createTransfers(dataDir: string): Transfers {
  const held = new Map<string, HeldFile>();
  let current: { operation: 'export' | 'import'; done: number; total: number; controller: AbortController } | null =
    null;
  const release = (id: string) => {
    const entry = held.get(id);
    held.delete(id);
    if (entry?.temporary) fs.rmSync(entry.file, { force: true });
  };
  return {
    hold: (file, name, temporary) => {
      const id = randomBytes(24).toString('base64url');
      held.set(id, { file, name, temporary });
      return id;
    },
    find: (id) => {
      const entry = held.get(id);
      if (!entry || !fs.existsSync(entry.file)) throw new AppError('not-found', 'Choose the file again.');
      return entry;
    },
    release,
    temporaryFile: (kind) => path.join(dataDir, `.${kind}-${randomBytes(12).toString('hex')}.part`),
    progress: () =>
      current
        ? { operation: current.operation, done: current.done, total: current.total }
        : { operation: null, done: 0, total: 0 },
    begin: (operation) => {
      const controller = new AbortController();
      const mine = { operation, done: 0, total: 0, controller };
      current = mine;
      return {
        signal: controller.signal,
        report: ({ done, total }) => {
          mine.done = done;
          mine.total = total;
        },
        end: () => {
          if (current === mine) current = null;
        },
      };
    },
    cancel: () => {
      if (!current) return false;
      current.controller.abort();
      return true;
    },
    stop: () => {
      current?.controller.abort();
      for (const id of [...held.keys()]) release(id);
    },
  };
}
