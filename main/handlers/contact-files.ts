import type { ContactsExport } from '../../core/contact-files';
import { importContacts, previewImport } from '../contact-files/contacts-import';
import {
  contactsExportName,
  countContacts,
  exportCheckInsIcs,
  exportContactsCsv,
  exportContactsVcard,
  writeContactsExport,
} from '../contact-files/exports';
import type { HandlerSlice } from './handler-types';

/** Calendar and contact files in and out; the import writes inside the dispatcher's one transaction. */
export const contactFilesHandlers = {
  'reminders:export-ics': (_input, { db, now }) => exportCheckInsIcs(db, now()),
  // Outside dispatch's transaction (it may wait on the save dialog); each read is one transaction of its own.
  'contacts:export': async ({ format }, ctx) => {
    const fileName = contactsExportName(format, ctx.now());
    const kind: ContactsExport['kind'] = format === 'csv' ? 'csv' : 'vcf';
    const chosen = ctx.desktop?.chooseSavePath;
    if (chosen) {
      const where = await chosen(fileName);
      if (where === null) return { fileName, kind, contacts: 0, saved: false, path: null, content: null };
      const db = ctx.db;
      const contacts = db.transaction(() => {
        writeContactsExport(db, format, where);
        return countContacts(db);
      })();
      return { fileName, kind, contacts, saved: true, path: where, content: null };
    }
    const db = ctx.db;
    return db.transaction(() => {
      const file = format === 'csv' ? exportContactsCsv(db, ctx.now()) : exportContactsVcard(db, ctx.now());
      return { fileName, kind, contacts: countContacts(db), saved: false, path: null, content: file.content };
    })();
  },
  'contacts:import-preview': (input) => previewImport(input),
  'contacts:import': (input, { db, now }) => importContacts(db, input, now().toISOString()),
} satisfies HandlerSlice;
