import { DEFAULT_SETTINGS, SettingsSchema, type Settings, type SettingsPatch } from '../../core/settings';
import type { Db } from './connection';
import { statement } from './statements';

/** Settings are stored one JSON value per key; unknown or invalid stored values fall back to defaults. */
export function getSettings(db: Db): Settings {
  const rows = statement(db, 'SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored: Record<string, unknown> = {};
  for (const row of rows) {
    try {
      stored[row.key] = JSON.parse(row.value);
    } catch {
      continue;
    }
  }
  const merged = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const candidate = SettingsSchema.shape[key].safeParse(stored[key]);
    if (candidate.success) Object.assign(merged, { [key]: candidate.data });
  }
  return merged;
}

export function updateSettings(db: Db, patch: SettingsPatch): Settings {
  const upsert = statement(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) upsert.run(key, JSON.stringify(value));
    }
  })();
  return getSettings(db);
}

/** Private values main keeps for itself (window bounds), never exposed over IPC. */
export function getInternalValue(db: Db, key: string): unknown {
  const row = statement(db, 'SELECT value FROM settings WHERE key = ?').get(`internal:${key}`) as
    { value: string } | undefined;
  if (!row) return undefined;
  try {
    return JSON.parse(row.value);
  } catch {
    return undefined;
  }
}

export function setInternalValue(db: Db, key: string, value: unknown): void {
  statement(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(`internal:${key}`, JSON.stringify(value));
}
