import { useCallback, useEffect, useRef, useState } from 'react';
import type { SettingsPatch } from '../../core/settings';
import { call } from '../api';
import { useSettings, withDefaults } from '../shell/settings-context';
import { errorsFromFailure, validatePatch, type PatchErrors } from './settings-patch';

/** What the quiet note beside a section's title says. */
export type SaveState = 'idle' | 'saving' | 'saved';

/** A pause in typing this long saves a field that already holds a valid value. */
export const TYPING_PAUSE_MS = 800;

export interface SettingAutosave {
  errors: PatchErrors;
  state: SaveState;
  /** Saves at once (a choice, leaving a field, Enter); a value that is not valid shows its mistake instead. */
  saveNow: (patch: SettingsPatch) => void;
  /** Saves after a pause in typing, only when the value is already valid; leaving the field says what is wrong. */
  saveSoon: (patch: SettingsPatch) => void;
  clearErrors: () => void;
}

function unchanged(patch: SettingsPatch, current: Record<string, unknown>): boolean {
  return Object.entries(patch).every(([key, value]) => JSON.stringify(value) === JSON.stringify(current[key]));
}

/**
 * Settings save each change as it is made: one `settings:update` per change, one at a time and in order,
 * nothing sent when the value is what is saved already, and a change still waiting for its pause sent when
 * the screen closes.
 */
export function useSettingAutosave(): SettingAutosave {
  const { settings, onSaved } = useSettings();
  const [errors, setErrors] = useState<PatchErrors>({});
  const [state, setState] = useState<SaveState>('idle');
  const settingsRef = useRef(settings);
  const onSavedRef = useRef(onSaved);
  const queueRef = useRef<Promise<void>>(Promise.resolve());
  const pendingRef = useRef<{ patch: SettingsPatch; timer: number } | null>(null);

  useEffect(() => {
    settingsRef.current = settings;
    onSavedRef.current = onSaved;
  }, [settings, onSaved]);

  const send = useCallback((patch: SettingsPatch) => {
    if (unchanged(patch, settingsRef.current)) return;
    setState('saving');
    queueRef.current = queueRef.current.then(async () => {
      try {
        const saved = withDefaults(await call('settings:update', patch));
        settingsRef.current = saved;
        onSavedRef.current(saved);
        setErrors({});
        setState('saved');
      } catch (failure) {
        setErrors(errorsFromFailure(failure));
        setState('idle');
      }
    });
  }, []);

  const cancelPending = useCallback(() => {
    const pending = pendingRef.current;
    if (pending) window.clearTimeout(pending.timer);
    pendingRef.current = null;
  }, []);

  const saveNow = useCallback(
    (patch: SettingsPatch) => {
      cancelPending();
      const invalid = validatePatch(patch);
      if (invalid) {
        setErrors(invalid);
        setState('idle');
        return;
      }
      send(patch);
    },
    [cancelPending, send],
  );

  const saveSoon = useCallback(
    (patch: SettingsPatch) => {
      cancelPending();
      const timer = window.setTimeout(() => {
        pendingRef.current = null;
        if (!validatePatch(patch)) send(patch);
      }, TYPING_PAUSE_MS);
      pendingRef.current = { patch, timer };
    },
    [cancelPending, send],
  );

  useEffect(
    () => () => {
      const pending = pendingRef.current;
      if (!pending) return;
      window.clearTimeout(pending.timer);
      if (!validatePatch(pending.patch)) send(pending.patch);
    },
    [send],
  );

  const clearErrors = useCallback(() => setErrors({}), []);
  return { errors, state, saveNow, saveSoon, clearErrors };
}
