import {
  createContact,
  deleteContact,
  getContact,
  listContacts,
  setContactArchived,
  updateContact,
} from '../db/contacts-repository';
import type { HandlerSlice } from './handler-types';

export const contactHandlers = {
  'contacts:list': (input, { db }) => listContacts(db, input),
  'contacts:get': ({ id }, { db }) => getContact(db, id),
  'contacts:create': (input, { db, now }) => createContact(db, input, now().toISOString()),
  'contacts:update': ({ id, contact }, { db, now }) => updateContact(db, id, contact, now().toISOString()),
  'contacts:set-archived': ({ id, archived }, { db, now }) => setContactArchived(db, id, archived, now().toISOString()),
  'contacts:delete': ({ id }, { db }) => {
    deleteContact(db, id);
    return { id };
  },
} satisfies HandlerSlice;
