import { importContacts, previewImport } from '../portability/contacts-import';
import { exportCheckInsIcs, exportContactsCsv, exportContactsVcard } from '../portability/exports';
import type { HandlerSlice } from './handler-types';

/** Calendar and contact files in and out; the import writes inside the dispatcher's one transaction. */
export const portabilityHandlers = {
  'reminders:export-ics': (_input, { db, now }) => exportCheckInsIcs(db, now()),
  'contacts:export': ({ format }, { db, now }) =>
    format === 'csv' ? exportContactsCsv(db, now()) : exportContactsVcard(db, now()),
  'contacts:import-preview': (input) => previewImport(input),
  'contacts:import': (input, { db, now }) => importContacts(db, input, now().toISOString()),
} satisfies HandlerSlice;
