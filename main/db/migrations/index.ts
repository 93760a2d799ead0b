import type { Db } from '../connection';
import { migration001Contacts } from './001-contacts';
import { migration002Drafts } from './002-drafts';
import { migration003Radar } from './003-radar';
import { migration004Rehearsals } from './004-rehearsals';
import { migration005PlanTruth } from './005-plan-truth';

export type Migration = (db: Db) => void;

/** Ordered: the migration at index i takes the schema from version i to i + 1. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  migration001Contacts,
  migration002Drafts,
  migration003Radar,
  migration004Rehearsals,
  migration005PlanTruth,
];
