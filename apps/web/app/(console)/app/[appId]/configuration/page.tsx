import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { OrchestrateView } from '@/components/studio/orchestrate/orchestrate-view';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('studio.shell.nav.configuration') };
}

export default function ConfigurationPage() {
  return <OrchestrateView />;
}
