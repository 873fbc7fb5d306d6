import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { HitTestingView } from '@/components/datasets/hit-testing-view';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('datasets.hit.title') };
}

export default function Page() {
  return <HitTestingView />;
}
