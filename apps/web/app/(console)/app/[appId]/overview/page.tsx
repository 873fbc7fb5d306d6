import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { OverviewView } from '@/components/studio/overview/overview-view';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('studio.shell.nav.overview') };
}

export default function OverviewPage() {
  return <OverviewView />;
}
