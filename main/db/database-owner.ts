/**
 * The one owner of the live database connection. Everything that needs the database (handlers through
 * their context, the reminder notifier, backups, browser mode's server) holds this owner and asks it for
 * the current connection each time, so a reopen (delete-all, a restore) or a close (quitting, locking)
 * can never leave anyone holding a closed handle.
 */
import { AppError } from '../../core/api-result';
import { closeDatabase, type Db } from './connection';

export interface DatabaseOwner {
  /** The database file this owner opens. */
  readonly file: string;
  /** The open connection; refuses with a plain sentence while the database is closed. */
  current: () => Db;
  isOpen: () => boolean;
  /** Opens the database if it is closed, and returns the connection. */
  open: () => Db;
  /** Closes the connection, runs `change` on the files, then opens it again (fresh if it was removed). */
  reopen: (change: () => void) => Db;
  close: () => void;
}

export const CLOSED_MESSAGE = 'Your data is closed right now. Open it again and retry.';

export function createDatabaseOwner(file: string, openFile: (file: string) => Db): DatabaseOwner {
  let db: Db | null = null;
  const owner: DatabaseOwner = {
    file,
    current: () => {
      if (!db || !db.open) throw new AppError('internal', CLOSED_MESSAGE);
      return db;
    },
    isOpen: () => db !== null && db.open,
    open: () => {
      if (!db || !db.open) db = openFile(file);
      return db;
    },
    reopen: (change) => {
      owner.close();
      try {
        change();
      } finally {
        db = openFile(file);
      }
      return db;
    },
    close: () => {
      if (db) closeDatabase(db);
      db = null;
    },
  };
  return owner;
}
