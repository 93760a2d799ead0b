import { z } from 'zod';

/**
 * What the "Your data" channels take and give back: export, import (preview, then apply), backups and
 * delete-all. The export file format itself is built and checked in main/data/ (it needs node:crypto).
 */

/** The word a person types to confirm that everything should be deleted. */
export const DELETE_ALL_WORD = 'DELETE';

/**
 * Largest export text sent inline as `{ content }` (a small file, tools and tests). The screen sends a
 * file of any size as a `source`: chosen in main (desktop) or uploaded as a stream (browser mode).
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export const BACKUP_REASONS = ['daily', 'manual', 'before-restore', 'before-import', 'before-migration'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  daily: 'Daily',
  manual: 'Made by you',
  'before-restore': 'Before a restore',
  'before-import': 'Before an import',
  'before-migration': 'Before an update',
};

export interface BackupInfo {
  name: string;
  reason: BackupReason;
  createdAt: string;
  bytes: number;
}

/** A daily backup that failed, while no backup has been made since. */
export interface BackupFailure {
  /** When the first of these failures happened, and the latest. */
  since: string;
  at: string;
  /** Why, in one plain sentence ("The disk is full."). */
  reason: string;
  /** How many daily backups in a row have failed. */
  attempts: number;
  /** When Someday tries again (null once the app is closing). */
  nextAttemptAt: string | null;
}

export interface BackupStatus {
  failure: BackupFailure | null;
}

export interface TableCounts {
  table: string;
  label: string;
  /** Rows in the file (import) or in the backup (restore). */
  incoming: number;
  /** Rows Someday holds now. */
  current: number;
  /** Incoming rows whose id is not in Someday now. */
  added: number;
  /** Incoming rows that take the place of a row with the same id. */
  replaced: number;
  /** Rows in Someday now that the file does not have; they go. */
  removed: number;
}

/**
 * A setting the file would change that decides what Someday deletes by itself (backups to keep,
 * how long recordings are kept), so the preview names it before anything changes.
 */
export interface SettingChange {
  key: 'backupsToKeep' | 'recordingRetention';
  label: string;
  /** What the setting says now, and what it will say after the import, in words. */
  now: string;
  incoming: string;
  /** What the change means, in one sentence. */
  effect: string;
}

/** Backups the count (the backupsToKeep setting) may remove; the others are a safety net, kept until delete-all. */
export const BACKUP_REASONS_PRUNED_BY_COUNT: readonly BackupReason[] = ['daily'];

export interface DataImportPreview {
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  tables: TableCounts[];
  /** Settings in the file that differ from the current ones and decide what is deleted automatically. */
  settingChanges: SettingChange[];
}

export interface DataImportResult {
  /** The backup taken of what was there before, so the import can be undone. */
  backup: BackupInfo;
  tables: TableCounts[];
}

export interface ExportResult {
  fileName: string;
  bytes: number;
  rows: number;
  /** Whether main wrote the file where the person chose (desktop). */
  saved: boolean;
  path: string | null;
  /** Browser mode: a one-time address part; the renderer downloads `/download/<download>`. */
  download: string | null;
}

const PassphraseSchema = z
  .string({ error: 'Enter a passphrase' })
  .min(1, { error: 'Enter a passphrase' })
  .max(1024, { error: 'The passphrase is longer than 1,024 characters' });

/** `passphrase: null` is the explicit choice of an unencrypted file. */
export const ExportInputSchema = z.object({ passphrase: PassphraseSchema.nullable() }).strict();

/** A file main holds for an import: chosen in the desktop's open dialog, or uploaded in browser mode. */
export interface ChosenSource {
  source: string;
  name: string;
  bytes: number;
  /** The file starts with age's header: the import asks for its passphrase before reading it. */
  encrypted: boolean;
}

export const SOURCE_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

/** Either `source` (a file main holds) or `content` (small text sent inline), never both. */
export const ImportContentSchema = z
  .object({
    content: z
      .string({ error: 'The file must be text' })
      .min(1, { error: 'The file is empty' })
      .max(MAX_IMPORT_BYTES, { error: 'The file is larger than 64 MB; choose it as a file instead' })
      .optional(),
    source: z
      .string({ error: 'Choose the file again' })
      .regex(SOURCE_PATTERN, { error: 'Choose the file again' })
      .optional(),
    passphrase: PassphraseSchema.optional(),
  })
  .strict()
  .refine((input) => (input.content === undefined) !== (input.source === undefined), {
    error: 'Choose one file to import',
  });

/** How far a long export or import is (rows written, or bytes of the file read), for the screen. */
export interface DataProgress {
  operation: 'export' | 'import' | null;
  done: number;
  total: number;
}

export const BackupNameSchema = z
  .object({
    name: z
      .string({ error: 'Choose a backup from the list' })
      .regex(/^[A-Za-z0-9][A-Za-z0-9.-]{0,120}\.sqlite$/, { error: 'Choose a backup from the list' }),
  })
  .strict();

export const DeleteAllSchema = z
  .object({
    confirmation: z.literal(DELETE_ALL_WORD, { error: `Type ${DELETE_ALL_WORD} to confirm` }),
  })
  .strict();
