import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { LogsView } from '@/components/studio/logs/logs-view';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('studio.shell.nav.logs') };
}

export default function LogsPage() {
  return <LogsView />;
}
