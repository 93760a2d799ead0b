import { z } from 'zod';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const SettingsSchema = z
  .object({
    theme: z.enum(THEMES, { error: 'Theme must be system, light or dark' }),
  })
  .strict();

export type Settings = z.output<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { theme: 'system' };

export const SettingsPatchSchema = SettingsSchema.partial().strict();
export type SettingsPatch = z.input<typeof SettingsPatchSchema>;

export interface AppInfo {
  version: string;
  mode: 'electron' | 'browser';
  dataDir: string;
  databaseFile: string;
  schemaVersion: number;
}
