import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { DevelopView } from '@/components/studio/develop/develop-view';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('studio.shell.nav.develop') };
}

export default function DevelopPage() {
  return <DevelopView />;
}
