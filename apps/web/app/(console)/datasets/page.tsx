import type { Metadata } from 'next';
import { Suspense } from 'react';
import { DatasetsView } from '@/components/datasets/datasets-view';
import { getServerDictionary } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerDictionary();
  return { title: t.datasets.title };
}

export default function DatasetsPage() {
  return (
    <Suspense>
      <DatasetsView />
    </Suspense>
  );
}
