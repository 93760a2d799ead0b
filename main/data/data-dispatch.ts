/**
 * The data channels that cannot run inside dispatch's one-transaction path: a backup (db.backup() is
 * asynchronous), an import or a restore (which back up first), saving an export through the desktop
 * dialog, and delete-all (which closes and reopens the database). They take the same steps otherwise:
 * the input is parsed with the contract's schema before anything runs, and every failure comes back
 * in the one error shape. Their handlers make each change in a transaction of their own.
 */
import { AppError, failure, type ApiResult } from '../../core/api-result';
import { isChannelName, type ChannelName } from '../../core/channels';
import { contract } from '../../core/contract';
import { dispatch } from '../handlers/dispatch';
import type { HandlerContext, Handlers } from '../handlers/handler-types';

export const DATA_CHANNELS_OUTSIDE_TRANSACTION: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'data:export',
  'data:import-apply',
  'data:delete-all',
  'backups:create',
  'backups:restore',
]);

export async function callChannel(
  handlers: Handlers,
  ctx: HandlerContext,
  channel: unknown,
  rawInput: unknown,
): Promise<ApiResult<unknown>> {
  if (!isChannelName(channel) || !DATA_CHANNELS_OUTSIDE_TRANSACTION.has(channel)) {
    return dispatch(handlers, ctx, channel, rawInput);
  }
  const parsed = contract[channel].input.safeParse(rawInput === null ? undefined : rawInput);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 20).map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }));
    return failure('invalid-input', issues[0]?.message ?? 'The request was not valid.', issues);
  }
  try {
    const run = handlers[channel] as (input: unknown, ctx: HandlerContext) => unknown;
    return { ok: true, value: await run(parsed.data, ctx) };
  } catch (error) {
    if (error instanceof AppError) return failure(error.code, error.message, error.issues);
    console.error(`[someday] ${channel} failed:`, error);
    return failure('internal', 'Something went wrong with your data folder. Nothing was changed.');
  }
}
