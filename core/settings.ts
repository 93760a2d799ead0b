import { z } from 'zod';
import { FOLLOWUP_SETTING_SCHEMAS, DEFAULT_FOLLOWUP_SETTINGS } from './followup-settings';
import { isPlainEmailAddress } from './email';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** How long rehearsal recordings are kept in <dataDir>/recordings/ (rehearse). */
export const RECORDING_RETENTION_MODES = ['keep', 'days', 'never'] as const;
export const RecordingRetentionSchema = z
  .object({
    mode: z.enum(RECORDING_RETENTION_MODES, { error: 'Keep recordings, keep them for some days, or never keep them' }),
    days: z
      .number({ error: 'Days must be a number' })
      .int({ error: 'Days must be a whole number' })
      .min(1, { error: 'Keep recordings for at least 1 day' })
      .max(365, { error: 'Keep recordings for at most 365 days' }),
  })
  .strict();
export type RecordingRetention = z.output<typeof RecordingRetentionSchema>;

export const PROFILE_LIMITS = { myName: 120, myPhone: 32, myEmail: 254 } as const;

export const SettingsSchema = z
  .object({
    theme: z.enum(THEMES, { error: 'Theme must be system, light or dark' }),
    /** "My details", used to fill {{me.name}}, {{me.phone}} and {{me.email}} in templates. */
    myName: z
      .string({ error: 'Your name must be text' })
      .trim()
      .max(PROFILE_LIMITS.myName, { error: `Your name must be at most ${PROFILE_LIMITS.myName} characters` }),
    myPhone: z
      .string({ error: 'Your phone must be text' })
      .trim()
      .max(PROFILE_LIMITS.myPhone, { error: `Your phone must be at most ${PROFILE_LIMITS.myPhone} characters` })
      .refine((v) => v === '' || /^[+]?[0-9 ().-]{3,}$/.test(v), {
        error: 'Your phone may hold only digits, spaces, + ( ) - and .',
      }),
    myEmail: z
      .string({ error: 'Your email must be text' })
      .trim()
      .max(PROFILE_LIMITS.myEmail, { error: `Your email must be at most ${PROFILE_LIMITS.myEmail} characters` })
      .refine((v) => v === '' || isPlainEmailAddress(v), {
        error: 'Your email must look like name@example.com',
      }),
    /** Speaking pace for estimated speaking time, in words per minute. */
    speakingWpm: z
      .number({ error: 'Speaking pace must be a number' })
      .int({ error: 'Speaking pace must be a whole number' })
      .min(80, { error: 'Speaking pace must be at least 80 words a minute' })
      .max(240, { error: 'Speaking pace must be at most 240 words a minute' }),
    recordingRetention: RecordingRetentionSchema,
    /** How many daily backups to keep in the data folder's backups/ (the oldest go first; other backups stay). */
    backupsToKeep: z
      .number({ error: 'Backups to keep must be a number' })
      .int({ error: 'Backups to keep must be a whole number' })
      .min(1, { error: 'Keep at least 1 backup' })
      .max(100, { error: 'Keep at most 100 backups' }),
    /** The first-run welcome (your name, or restore from an export) was answered or skipped. */
    welcomed: z.boolean({ error: 'Welcomed must be true or false' }),
    ...FOLLOWUP_SETTING_SCHEMAS,
  })
  .strict();

export type Settings = z.output<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  myName: '',
  myPhone: '',
  myEmail: '',
  speakingWpm: 150,
  recordingRetention: { mode: 'days', days: 30 },
  backupsToKeep: 7,
  welcomed: false,
  ...DEFAULT_FOLLOWUP_SETTINGS,
};

export const SettingsPatchSchema = SettingsSchema.partial().strict();
export type SettingsPatch = z.input<typeof SettingsPatchSchema>;

export interface AppInfo {
  version: string;
  mode: 'electron' | 'browser';
  dataDir: string;
  databaseFile: string;
  schemaVersion: number;
}
