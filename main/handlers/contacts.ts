import {
  createContact,
  deleteContact,
  getContact,
  listContacts,
  setContactArchived,
  setPlanProposed,
  updateContact,
} from '../db/contacts-repository';
import { proposesPlan } from '../../core/next-step';
import type { HandlerSlice } from './handler-types';

export const contactHandlers = {
  'contacts:list': (input, { db }) => listContacts(db, input),
  'contacts:get': ({ id }, { db }) => getContact(db, id),
  'contacts:create': (input, { db, now }) => {
    const created = createContact(db, input, now().toISOString());
    return proposesPlan(null, created.status) ? setPlanProposed(db, created.id, true) : created;
  },
  'contacts:update': ({ id, contact }, { db, now }) => {
    const before = getContact(db, id).status;
    const updated = updateContact(db, id, contact, now().toISOString());
    return proposesPlan(before, updated.status) ? setPlanProposed(db, id, true) : updated;
  },
  'contacts:set-archived': ({ id, archived }, { db, now }) => setContactArchived(db, id, archived, now().toISOString()),
  'contacts:delete': ({ id }, { db }) => {
    deleteContact(db, id);
    return { id };
  },
} satisfies HandlerSlice;
