/**
 * The one owner of the live database connection and of the data key that opens it. Everything that
 * needs the database (handlers through their context, the reminder notifier, backups, browser mode's
 * server) holds this owner and asks it for the current connection each time, so a reopen (delete-all,
 * a restore) or a close (quitting, locking) can never leave anyone holding a closed handle. Other files
 * of the folder (staging copies, backups) are opened through `openFile`, with the same key.
 */
import { AppError } from '../../core/api-result';
import { closeDatabase, openDatabase, type Db, type OpenOptions } from './connection';

export interface DatabaseOwner {
  /** The database file this owner opens. */
  readonly file: string;
  /** The open connection; refuses with a plain sentence while the database is closed (or locked). */
  current: () => Db;
  isOpen: () => boolean;
  /** Opens the database if it is closed, and returns the connection. */
  open: () => Db;
  /** Opens another database file of the folder (a staging copy, a backup) with the same key. */
  openFile: (file: string, options?: Omit<OpenOptions, 'key'>) => Db;
  /** Closes the connection, runs `change` on the files, then opens it again (fresh if it was removed). */
  reopen: (change: () => void) => Db;
  close: () => void;
  /** Whether a data key is held (the database can be opened without asking for the passphrase). */
  hasKey: () => boolean;
  /** Gives the owner the data key (after an unlock). */
  setKey: (key: Buffer | null) => void;
  /** Closes the database and overwrites the key in memory (locking). */
  forgetKey: () => void;
  /** The data key while held (exports and recordings are encrypted with material derived from it). */
  key: () => Buffer | null;
}

export const CLOSED_MESSAGE = 'Your data is locked or closed right now. Unlock it and try again.';

export function createDatabaseOwner(file: string, initialKey: Buffer | null = null): DatabaseOwner {
  let db: Db | null = null;
  let key: Buffer | null = initialKey;
  const openFile = (other: string, options: Omit<OpenOptions, 'key'> = {}) => openDatabase(other, { ...options, key });
  const owner: DatabaseOwner = {
    file,
    current: () => {
      if (!db || !db.open) throw new AppError('locked', CLOSED_MESSAGE);
      return db;
    },
    isOpen: () => db !== null && db.open,
    open: () => {
      if (!db || !db.open) db = openFile(file);
      return db;
    },
    openFile,
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
    hasKey: () => key !== null,
    setKey: (next) => {
      key = next;
    },
    forgetKey: () => {
      owner.close();
      key?.fill(0);
      key = null;
    },
    key: () => key,
  };
  return owner;
}
