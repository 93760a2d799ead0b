import { getSettings, updateSettings } from '../db/settings-repository';
import { getSchemaVersion } from '../db/migrate';
import type { HandlerSlice } from './handler-types';

export const appHandlers = {
  'app:info': (_input, { db, info }) => ({ ...info, schemaVersion: getSchemaVersion(db) }),
  'settings:get': (_input, { db }) => getSettings(db),
  'settings:update': (patch, { db }) => updateSettings(db, patch),
} satisfies HandlerSlice;
