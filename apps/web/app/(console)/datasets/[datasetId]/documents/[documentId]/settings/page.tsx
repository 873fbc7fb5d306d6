import type { Metadata } from 'next';
import { ReprocessView } from '@/components/datasets/reprocess-view';
import { getServerDictionary } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerDictionary();
  return { title: t.datasets.docs.reprocess };
}

export default function Page() {
  return <ReprocessView />;
}
