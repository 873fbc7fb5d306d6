import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { AppShell } from '@/components/studio/shell/app-shell';
import { getServerCaller } from '@/lib/server-caller';

/** Loads the app on the server, so its name and sections are in the first paint; unknown or foreign apps are 404. */
export default async function StudioLayout({ children, params }: { children: ReactNode; params: Promise<{ appId: string }> }) {
  const { appId } = await params;
  const caller = await getServerCaller();
  const app = await caller.apps.get({ app_id: appId }).catch(() => null);
  if (!app) notFound();
  return <AppShell initialApp={app}>{children}</AppShell>;
}
