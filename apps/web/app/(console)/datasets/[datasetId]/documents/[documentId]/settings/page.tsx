import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { ReprocessView } from '@/components/datasets/reprocess-view';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('datasets.docs.reprocess') };
}

export default function Page() {
  return <ReprocessView />;
}
