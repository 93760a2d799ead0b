import type { Db } from '../connection';
import { migration001Contacts } from './001-contacts';

/** Ordered: the migration at index i takes the schema from version i to i + 1. Append only. */
export const MIGRATIONS: ReadonlyArray<(db: Db) => void> = [migration001Contacts];
