import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createQueryClient } from '../../../renderer/ui/use-api';

/** What App gives every screen: a fresh data cache, so a screen can be rendered on its own. */
export function WithData({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={createQueryClient()}>{children}</QueryClientProvider>;
}
