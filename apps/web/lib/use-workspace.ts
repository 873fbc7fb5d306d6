'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** The current workspace and the caller's role in it. */
export function useCurrentWorkspace() {
  const trpc = useTRPC();
  return useQuery(trpc.workspaces.currentRead.queryOptions());
}

export function useProfile() {
  const trpc = useTRPC();
  return useQuery(trpc.account.profile.queryOptions());
}
