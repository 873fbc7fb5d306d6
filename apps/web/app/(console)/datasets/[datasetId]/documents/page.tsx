import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { DocumentsView } from '@/components/datasets/documents-view';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('datasets.nav.documents') };
}

export default function Page() {
  return <DocumentsView />;
}
