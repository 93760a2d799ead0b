/**
 * Checked by `tsc -p tsconfig.test.json` (npm run typecheck), never run: each `@ts-expect-error` below
 * fails the typecheck if the mistake it names ever compiles again.
 */
import type { Bridge } from '../../core/contract';
import type { Handlers } from '../../main/handlers/handler-types';
import { ALL_HANDLERS } from '../../main/handlers/registry';
import { call } from '../../renderer/api';
import { useApiRead } from '../../renderer/ui/use-api';

export function callsNeedTheirInput(bridge: Bridge) {
  // @ts-expect-error contacts:get needs { id }
  void call('contacts:get');
  // @ts-expect-error the input must match the channel's schema
  void call('contacts:get', { name: 'Priya' });
  // @ts-expect-error the preload's bridge has the same rule
  void bridge['drafts:save']();
  // @ts-expect-error reading from a screen too
  useApiRead('reminders:today');
  // Channels whose schema takes nothing may be called without input, with or without options.
  void call('app:info');
  void call('settings:get', undefined, { keepalive: true });
  void bridge['backups:list']();
  useApiRead('templates:list');
}

export function theHandlerMapIsComplete() {
  const complete: Handlers = ALL_HANDLERS;
  const { 'app:info': _left, ...withoutOne } = ALL_HANDLERS;
  // @ts-expect-error a map that leaves a channel out is not a Handlers map
  const incomplete: Handlers = withoutOne;
  return [complete, incomplete, _left];
}
