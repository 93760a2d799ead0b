import type { ChannelName } from '../../core/channels';
import type { Output, ParsedInput } from '../../core/contract';
import type { AppInfo } from '../../core/settings';
import type { DataControl } from '../data/data-control';
import type { Db } from '../db/connection';
import type { DatabaseOwner } from '../db/database-owner';
import type { ProtectionControl } from '../protection/lock';

/** What only the desktop app can do for a handler; absent in browser mode, where the renderer does it. */
export interface DesktopServices {
  /** Opens a mailto: URL already validated by core/output.ts, through main/external-links.ts. */
  openMail: (url: string) => Promise<void>;
  /** Asks where to save, writes the file, and returns its path (null if the person cancelled). */
  saveFile: (fileName: string, content: string) => Promise<string | null>;
  /** Asks where to save only (the caller writes the file itself, in chunks); null if the person cancelled. */
  chooseSavePath?: (fileName: string) => Promise<string | null>;
  /** Asks where to save an export (the file is written by main as a stream); null if cancelled. */
  chooseExportPath: (fileName: string) => Promise<string | null>;
  /** Asks which export file to import; its path, or null if cancelled. */
  chooseImportFile: () => Promise<string | null>;
  /** Shows a system notification (a follow-up fell due); clicking it brings the window forward. */
  notify?: (title: string, body: string) => void;
}

/** Built once by createAppContext and frozen: nothing in it is ever swapped or set later. */
export interface HandlerContext {
  /** The current connection, read from `database` on every access (never a stored handle). */
  readonly db: Db;
  /** The one owner of the connection (open, current, reopen, close). */
  readonly database: DatabaseOwner;
  readonly now: () => Date;
  readonly info: Omit<AppInfo, 'schemaVersion'>;
  readonly templatesDir: string;
  readonly desktop: DesktopServices | null;
  /** The data folder's controls (backups, delete-all); refuses with `locked` while the data is locked. */
  readonly data: DataControl;
  /** The lock: status, unlock, lock, passphrase and recovery code (main/protection/lock.ts). */
  readonly protection: ProtectionControl;
}

/**
 * Handlers that touch the database are synchronous and run inside one transaction. Only handlers
 * that never write (the desktop output services) may return a promise.
 */
export type Handler<C extends ChannelName> = (
  input: ParsedInput<C>,
  ctx: HandlerContext,
) => Output<C> | Promise<Output<C>>;

export type Handlers = { [C in ChannelName]: Handler<C> };

/** A domain's share of the handlers; the registry merges slices and checks the whole map. */
export type HandlerSlice = Partial<Handlers>;
