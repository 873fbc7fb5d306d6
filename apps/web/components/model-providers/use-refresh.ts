'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/**
 * Any change to credentials or models can change a provider's status, the model lists and which defaults are
 * still available, so every model-provider query is refetched.
 */
export function useRefreshModelProviders(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.modelProviders.pathKey() });
}
