'use client';

import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { type RouterOutputs, useTRPC } from '@/lib/trpc';

export type StudioApp = RouterOutputs['apps']['get'];

export const AppIdContext = createContext<string | null>(null);

export function useAppId(): string {
  const id = useContext(AppIdContext);
  if (!id) throw new Error('useAppId must be used inside the app layout');
  return id;
}

/** The app of the current studio page; the layout seeds it with what the server rendered. */
export function useStudioApp() {
  const trpc = useTRPC();
  return useQuery(trpc.apps.get.queryOptions({ app_id: useAppId() }));
}
