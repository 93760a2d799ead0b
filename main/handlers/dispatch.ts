/**
 * The single path every call takes, whatever the transport: check the channel, parse the input with
 * the contract's schema, run the handler inside a transaction, and turn any failure into the one
 * error shape. A refused or failed call writes nothing, because the transaction is rolled back.
 */
import type { z } from 'zod';
import { AppError, failure, type ApiErrorCode, type ApiIssue, type ApiResult } from '../../core/api-result';
import { DATA_CHANNELS, isChannelName, type ChannelName } from '../../core/channels';
import { contract } from '../../core/contract';
import type { Db } from '../db/connection';
import { LOCKED_MESSAGE } from '../protection/lock';
import { PROTECTION_CHANNELS } from './protection';
import type { HandlerContext, Handlers } from './handler-types';

/**
 * Channels that run outside the one transaction, still after the same schema parsing: the two that wait on
 * the desktop (dialogs, the mail program) and never touch the database, and the data channels that must
 * await (db.backup() is asynchronous; an import or a restore backs up first; delete-all closes and reopens
 * the database). Those make each change in a transaction of their own (main/handlers/data.ts).
 */
export const CHANNELS_OUTSIDE_TRANSACTION: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'output:open-mail',
  'output:save-file',
  'contacts:export',
  ...DATA_CHANNELS,
  'backups:create',
  'backups:restore',
  ...PROTECTION_CHANNELS,
]);

/** While the data is locked, only these are answered; every other call is refused with code `locked`. */
export const OPEN_WHILE_LOCKED: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'protection:status',
  'protection:unlock',
]);

type Run = (input: unknown, ctx: HandlerContext) => unknown;
type Transaction = (run: Run, input: unknown, ctx: HandlerContext) => unknown;

/**
 * One transaction wrapper per connection, made once: better-sqlite3's `db.transaction(fn)` builds four
 * wrapped functions each time (about 40 µs, a third of a Today read), so a wrapper per call would cost
 * more than many of the queries it wraps.
 */
const transactions = new WeakMap<Db, Transaction>();

function inTransaction(db: Db): Transaction {
  let transaction = transactions.get(db);
  if (!transaction) {
    transaction = db.transaction((run: Run, input: unknown, ctx: HandlerContext) => run(input, ctx));
    transactions.set(db, transaction);
  }
  return transaction;
}

/** Keeps a refusal readable (and small) whatever the input: zod lists every unknown key of a huge object. */
function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function issuesOf(error: z.ZodError): ApiIssue[] {
  return error.issues.slice(0, 20).map((issue) => ({
    path: clip(issue.path.map(String).join('.'), 200),
    message: clip(issue.message, 300),
  }));
}

/** A channel name fit to quote back: the fuzz tests send objects whose toString throws. */
function quoteChannel(channel: unknown): string {
  const text = typeof channel === 'string' ? channel : typeof channel;
  return clip(text.replace(/[^\x20-\x7e]/g, '?'), 60);
}

function describe(issues: ApiIssue[]): string {
  const first = issues[0];
  if (!first) return 'The request was not valid.';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `${first.message}${more}`;
}

export async function dispatch(
  handlers: Handlers,
  ctx: HandlerContext,
  channel: unknown,
  rawInput: unknown,
): Promise<ApiResult<unknown>> {
  if (!isChannelName(channel)) {
    return failure('unknown-channel', `Unknown request "${quoteChannel(channel)}".`);
  }
  const parsed = contract[channel].input.safeParse(rawInput === null ? undefined : rawInput);
  if (!parsed.success) {
    const issues = issuesOf(parsed.error);
    return failure('invalid-input', describe(issues), issues);
  }
  if (!OPEN_WHILE_LOCKED.has(channel) && !ctx.protection.isUnlocked()) return failure('locked', LOCKED_MESSAGE);
  try {
    const run = handlers[channel] as Run;
    if (CHANNELS_OUTSIDE_TRANSACTION.has(channel)) return { ok: true, value: await run(parsed.data, ctx) };
    const value = inTransaction(ctx.db)(run, parsed.data, ctx);
    return { ok: true, value };
  } catch (error) {
    return toFailure(channel, error);
  }
}

/**
 * Storage failures a person can do something about, by SQLite result code (better-sqlite3 puts the
 * extended code, e.g. SQLITE_IOERR_WRITE, on `error.code`). The transaction was rolled back, so every
 * message can truthfully say nothing was changed.
 */
const STORAGE_MESSAGES: readonly [RegExp, string, ApiErrorCode?][] = [
  [/^SQLITE_FULL/, 'The disk is full, so this change was not saved. Free some space and try again.'],
  // The schemas should catch these first; SQLite's CHECKs also count text only up to a NUL character.
  [
    /^SQLITE_CONSTRAINT_(CHECK|NOTNULL)/,
    'Part of this could not be saved as written: check for empty fields or invisible characters. Nothing was changed.',
    'invalid-input',
  ],
  [/^SQLITE_CONSTRAINT_FOREIGNKEY/, 'Something this refers to no longer exists. Nothing was changed.', 'not-found'],
  [/^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)/, 'This already exists, so nothing was changed.', 'conflict'],
  [/^SQLITE_BUSY|^SQLITE_LOCKED/, 'The data file is busy in another window. Try again in a moment.'],
  [
    /^SQLITE_READONLY/,
    'The data file cannot be written to right now (it may be read-only). Nothing was changed; check the folder permissions.',
  ],
  [
    /^SQLITE_IOERR|^SQLITE_CANTOPEN/,
    'The disk could not be read or written, so this change was not saved. Check the drive and try again.',
  ],
  [
    /^SQLITE_CORRUPT|^SQLITE_NOTADB/,
    'The data file looks damaged, so nothing was changed. Restore it from a backup or an export.',
  ],
];

function sqliteCode(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) return code;
  const message = error instanceof Error ? error.message : String(error);
  if (/database or disk is full/i.test(message)) return 'SQLITE_FULL';
  if (/database is locked/i.test(message)) return 'SQLITE_BUSY';
  return '';
}

function toFailure(channel: ChannelName, error: unknown): ApiResult<never> {
  // Clipped like a refusal: a handler's message may quote part of a (possibly huge) input.
  if (error instanceof AppError) return failure(error.code, clip(error.message, 300), error.issues);
  const code = sqliteCode(error);
  const storage = code ? STORAGE_MESSAGES.find(([pattern]) => pattern.test(code)) : undefined;
  if (storage) {
    console.error(`[someday] ${channel} failed with ${code}`);
    return failure(storage[2] ?? 'internal', storage[1]);
  }
  console.error(`[someday] ${channel} failed:`, error);
  return failure('internal', 'Something went wrong while saving or loading. Nothing was changed.');
}
