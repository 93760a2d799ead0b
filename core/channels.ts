/**
 * Every channel name, spelled once. The preload imports only this list (it must stay free of zod
 * so the sandboxed bundle is tiny); `contract.ts` is checked against it at compile time.
 */
export const CHANNELS = [
  'app:info',
  'settings:get',
  'settings:update',
  'contacts:list',
  'contacts:get',
  'contacts:create',
  'contacts:update',
  'contacts:set-archived',
  'contacts:delete',
] as const;

export type ChannelName = (typeof CHANNELS)[number];

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
