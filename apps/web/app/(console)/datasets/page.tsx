import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { DatasetsView } from '@/components/datasets/datasets-view';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('datasets.title') };
}

export default function DatasetsPage() {
  return (
    <Suspense>
      <DatasetsView />
    </Suspense>
  );
}
