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
  'drafts:list',
  'drafts:get',
  'drafts:create',
  'drafts:save',
  'drafts:set-status',
  'drafts:delete',
  'drafts:revisions',
  'drafts:restore-revision',
  'templates:list',
  'templates:save',
  'templates:delete',
  'output:open-mail',
  'output:save-file',
  'scenarios:list',
  'rehearsals:create',
  'rehearsals:list',
  'rehearsals:get',
  'rehearsals:delete',
  'rehearsals:save-turn',
  'recordings:save',
  'recordings:get',
  'recordings:delete',
  'data:export',
  'data:import-preview',
  'data:import-apply',
  'data:delete-all',
  'backups:list',
  'backups:create',
  'backups:restore',
] as const;

export type ChannelName = (typeof CHANNELS)[number];

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
