import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { SegmentsView } from '@/components/datasets/segments-view';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('datasets.segments.title') };
}

export default function Page() {
  return <SegmentsView />;
}
