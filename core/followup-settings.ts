import { z } from 'zod';

/**
 * The follow-up cadence a person can adjust in Settings, with bounds that keep it kind: never a
 * thank-you later than a week, never a check-in sooner than ten days or more often than monthly.
 */
export const FOLLOWUP_BOUNDS = {
  cadenceThankYouHours: { min: 12, max: 168, label: 'The thank-you window', unit: 'hours' },
  cadenceCheckInDays: { min: 10, max: 120, label: 'The first check-in', unit: 'days' },
  cadenceRepeatMonths: { min: 1, max: 12, label: 'The regular check-in', unit: 'months' },
  cadenceMinSpacingDays: { min: 1, max: 90, label: 'The minimum spacing', unit: 'days' },
  cadenceReminderHour: { min: 0, max: 23, label: 'The reminder hour', unit: 'o’clock' },
} as const;

export type FollowupSettingKey = keyof typeof FOLLOWUP_BOUNDS;

function bounded(key: FollowupSettingKey) {
  const { min, max, label, unit } = FOLLOWUP_BOUNDS[key];
  return z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(min, { error: `${label} must be at least ${min} ${unit}` })
    .max(max, { error: `${label} must be at most ${max} ${unit}` });
}

export const FOLLOWUP_SETTING_SCHEMAS = {
  /** Say thank you within this many hours of the decision. */
  cadenceThankYouHours: bounded('cadenceThankYouHours'),
  /** The first check-in, this many days after the decision. */
  cadenceCheckInDays: bounded('cadenceCheckInDays'),
  /** Then a check-in every this many months. */
  cadenceRepeatMonths: bounded('cadenceRepeatMonths'),
  /** Warn before reaching out sooner than this after the last time. */
  cadenceMinSpacingDays: bounded('cadenceMinSpacingDays'),
  /** Reminders fall due at this local hour. */
  cadenceReminderHour: bounded('cadenceReminderHour'),
};

export interface FollowupSettings {
  cadenceThankYouHours: number;
  cadenceCheckInDays: number;
  cadenceRepeatMonths: number;
  cadenceMinSpacingDays: number;
  cadenceReminderHour: number;
}

export const DEFAULT_FOLLOWUP_SETTINGS: FollowupSettings = {
  cadenceThankYouHours: 48,
  cadenceCheckInDays: 30,
  cadenceRepeatMonths: 3,
  cadenceMinSpacingDays: 14,
  cadenceReminderHour: 9,
};
