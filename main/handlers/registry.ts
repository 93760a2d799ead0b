/**
 * Merges the per-domain handler slices into one map. Someday refuses to start if a channel of the
 * contract has no handler, if two slices claim the same channel, or if a handler names a channel the
 * contract does not know: a half-wired API is a bug to catch at launch, not at the first click.
 */
import { CHANNELS, isChannelName } from '../../core/channels';
import { appHandlers } from './app';
import { contactHandlers } from './contacts';
import { dataHandlers } from './data';
import { draftHandlers } from './drafts';
import { outputHandlers } from './output';
import { rehearsalHandlers } from './rehearsals';
import { contactFilesHandlers } from './contact-files';
import { protectionHandlers } from './protection';
import { followupsHandlers } from './followups';
import { templateHandlers } from './templates';
import type { HandlerSlice, Handlers } from './handler-types';

export const HANDLER_SLICES: readonly HandlerSlice[] = [
  appHandlers,
  contactHandlers,
  draftHandlers,
  templateHandlers,
  outputHandlers,
  rehearsalHandlers,
  dataHandlers,
  followupsHandlers,
  contactFilesHandlers,
  protectionHandlers,
];

/**
 * The same slices as one map that tsc checks for completeness: a channel no slice serves, or a handler
 * of the wrong shape, fails the build (tests/types/handlers-complete.ts shows it), before start-up would.
 */
export const ALL_HANDLERS = {
  ...appHandlers,
  ...contactHandlers,
  ...draftHandlers,
  ...templateHandlers,
  ...outputHandlers,
  ...rehearsalHandlers,
  ...dataHandlers,
  ...followupsHandlers,
  ...contactFilesHandlers,
  ...protectionHandlers,
} satisfies Handlers;

export function buildHandlers(slices: readonly HandlerSlice[] = HANDLER_SLICES): Handlers {
  const merged: Record<string, unknown> = {};
  for (const slice of slices) {
    for (const [channel, handler] of Object.entries(slice)) {
      if (!isChannelName(channel)) throw new Error(`Handler registered for unknown channel "${channel}"`);
      if (channel in merged) throw new Error(`Two handlers registered for channel "${channel}"`);
      merged[channel] = handler;
    }
  }
  const missing = CHANNELS.filter((channel) => typeof merged[channel] !== 'function');
  if (missing.length > 0) throw new Error(`No handler for channel(s): ${missing.join(', ')}`);
  return merged as Handlers;
}
