import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { ModelProvidersView } from '@/components/model-providers/model-providers-view';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('modelProviders.title') };
}

export default function ModelProvidersPage() {
  return <ModelProvidersView />;
}
