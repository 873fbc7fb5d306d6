import type { Metadata } from 'next';
import { ModelProvidersView } from '@/components/model-providers/model-providers-view';
import { getServerDictionary } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerDictionary();
  return { title: t.modelProviders.title };
}

export default function ModelProvidersPage() {
  return <ModelProvidersView />;
}
