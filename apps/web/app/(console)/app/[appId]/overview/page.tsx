import type { Metadata } from 'next';
import { OverviewView } from '@/components/studio/overview/overview-view';
import { getServerDictionary } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerDictionary();
  return { title: t.studio.shell.nav.overview };
}

export default function OverviewPage() {
  return <OverviewView />;
}
