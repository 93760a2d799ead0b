import { describe, expect, it } from 'vitest';
import { buildHandlers, HANDLER_SLICES } from '../../main/handlers/registry';
import type { HandlerSlice } from '../../main/handlers/handler-types';

describe('buildHandlers', () => {
  it('builds the full map from the real slices', () => {
    expect(() => buildHandlers(HANDLER_SLICES)).not.toThrow();
  });

  it('refuses to start when a channel has no handler', () => {
    expect(() => buildHandlers(HANDLER_SLICES.slice(1))).toThrow(/No handler for channel\(s\): .*app:info/);
  });

  it('refuses two handlers for one channel', () => {
    const first = HANDLER_SLICES[0]!;
    expect(() => buildHandlers([...HANDLER_SLICES, { 'app:info': first['app:info'] }])).toThrow(
      'Two handlers registered for channel "app:info"',
    );
  });

  it('refuses a handler for a channel the contract does not know', () => {
    const rogue = { 'contacts:drop-all': () => null } as unknown as HandlerSlice;
    expect(() => buildHandlers([...HANDLER_SLICES, rogue])).toThrow('unknown channel "contacts:drop-all"');
  });
});
