/**
 * The lock's channels (core/protection.ts), served by the app's ProtectionControl. None of them runs in
 * a database transaction: the database is closed while locked, and they write only the key file.
 */
import type { ChannelName } from '../../core/channels';
import type { HandlerSlice } from './handler-types';

export const protectionHandlers = {
  'protection:status': (_input, { protection }) => protection.status(),
  'protection:unlock': (secret, { protection }) => protection.unlock(secret),
  'protection:lock': (_input, { protection }) => protection.lock(),
  'protection:activity': (_input, { protection }) => {
    protection.touch();
    return { ok: true as const };
  },
  'protection:change-passphrase': ({ current, next }, { protection }) => protection.changePassphrase(current, next),
  'protection:new-recovery-code': ({ passphrase }, { protection }) => protection.newRecoveryCode(passphrase),
  'protection:set-auto-lock': ({ minutes }, { protection }) => protection.setAutoLock(minutes),
} satisfies HandlerSlice;

export const PROTECTION_CHANNELS = Object.keys(protectionHandlers) as ChannelName[];
