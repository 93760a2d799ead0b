import { createContext, useContext } from 'react';
import type { ProtectionStatus } from '../../core/protection';

export interface ProtectionState {
  status: ProtectionStatus;
  /** Unmounts the app (nothing of the data stays on screen or in the query cache), then locks in main. */
  lockNow: () => Promise<void>;
  /** Puts a status main returned (after a change in Settings) in place. */
  setStatus: (status: ProtectionStatus) => void;
}

export const ProtectionContext = createContext<ProtectionState | null>(null);

export function useProtection(): ProtectionState {
  const state = useContext(ProtectionContext);
  if (!state) throw new Error('useProtection needs the LockGate around the app.');
  return state;
}
