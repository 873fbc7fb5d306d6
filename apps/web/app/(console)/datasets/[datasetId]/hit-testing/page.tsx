import type { Metadata } from 'next';
import { HitTestingView } from '@/components/datasets/hit-testing-view';
import { getServerDictionary } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerDictionary();
  return { title: t.datasets.hit.title };
}

export default function Page() {
  return <HitTestingView />;
}
