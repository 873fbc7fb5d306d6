import type { Metadata } from 'next';
import { AppsView } from '@/components/apps/apps-view';
import { getServerDictionary } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerDictionary();
  return { title: t.apps.title };
}

export default function AppsPage() {
  return <AppsView />;
}
