/** Your data as a whole: export, import, delete-all (they run outside the one transaction, see dispatch.ts). */
export const DATA_CHANNELS = [
  'data:export',
  'data:import-choose',
  'data:progress',
  'data:cancel',
  'data:import-preview',
  'data:import-apply',
  'data:delete-all',
] as const;

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
  ...DATA_CHANNELS,
  'backups:list',
  'backups:create',
  'backups:restore',
  'backups:status',
  'interactions:list',
  'interactions:create',
  'interactions:update',
  'interactions:delete',
  'interactions:check',
  'reminders:plan',
  'reminders:confirm-plan',
  'reminders:dismiss-plan',
  'reminders:list',
  'reminders:today',
  'reminders:snooze',
  'reminders:complete',
  'reminders:skip',
  'outcomes:by-channel',
  'reminders:export-ics',
  'contacts:export',
  'contacts:import-preview',
  'contacts:import',
  'protection:status',
  'protection:unlock',
  'protection:lock',
  'protection:activity',
  'protection:change-passphrase',
  'protection:new-recovery-code',
  'protection:set-auto-lock',
] as const;

export type ChannelName = (typeof CHANNELS)[number];

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
