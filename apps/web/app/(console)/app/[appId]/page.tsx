import { redirect } from 'next/navigation';
import { getServerCaller } from '@/lib/server-caller';
import { hasOrchestrate } from '@/components/studio/shell/sections';

/** Opening an app lands where Dify lands: its orchestration when it has one, else its overview. */
export default async function AppIndexPage({ params }: { params: Promise<{ appId: string }> }) {
  const { appId } = await params;
  const app = await (await getServerCaller()).apps.get({ app_id: appId }).catch(() => null);
  redirect(`/app/${appId}/${app && hasOrchestrate(app.mode) ? 'configuration' : 'overview'}`);
}
