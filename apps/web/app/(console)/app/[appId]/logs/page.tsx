import type { Metadata } from 'next';
import { LogsView } from '@/components/studio/logs/logs-view';
import { getServerDictionary } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerDictionary();
  return { title: t.studio.shell.nav.logs };
}

export default function LogsPage() {
  return <LogsView />;
}
