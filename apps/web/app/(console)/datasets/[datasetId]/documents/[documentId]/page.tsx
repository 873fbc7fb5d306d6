import type { Metadata } from 'next';
import { SegmentsView } from '@/components/datasets/segments-view';
import { getServerDictionary } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerDictionary();
  return { title: t.datasets.segments.title };
}

export default function Page() {
  return <SegmentsView />;
}
