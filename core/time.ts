/**
 * Dates and zones as they cross the IPC boundary: instants as ISO strings normalised to UTC, local days as
 * YYYY-MM-DD, and IANA time-zone names (the follow-up plan and Today use all three).
 */
import { z } from 'zod';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isRealDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** An ISO 8601 instant with a zone (Z or ±hh:mm), normalised to UTC `…Z`. */
export const InstantSchema = z
  .string({ error: 'The date must be text' })
  .refine((v) => ISO_INSTANT.test(v) && !Number.isNaN(Date.parse(v)) && isRealDay(v.slice(0, 10)), {
    error: 'The date must be a full date and time, like 2026-11-26T09:00:00Z',
  })
  .transform((v) => new Date(v).toISOString());

export const DaySchema = z
  .string({ error: 'The day must be text' })
  .refine(isRealDay, { error: 'The day must be a real date written as YYYY-MM-DD' });

/** Zones already found valid: building an Intl.DateTimeFormat costs about 0.2 ms, and Today sends its zone on every read. */
const KNOWN_ZONES = new Set<string>();

export function isValidTimeZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 64) return false;
  if (KNOWN_ZONES.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    return false;
  }
  if (KNOWN_ZONES.size < 1000) KNOWN_ZONES.add(zone);
  return true;
}

export const TimeZoneSchema = z
  .string({ error: 'The time zone must be text' })
  .refine(isValidTimeZone, { error: 'The time zone is not one Someday knows, like Europe/Paris' });
