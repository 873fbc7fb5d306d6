import type { Metadata } from 'next';
import { OrchestrateView } from '@/components/studio/orchestrate/orchestrate-view';
import { getServerDictionary } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerDictionary();
  return { title: t.studio.shell.nav.configuration };
}

export default function ConfigurationPage() {
  return <OrchestrateView />;
}
