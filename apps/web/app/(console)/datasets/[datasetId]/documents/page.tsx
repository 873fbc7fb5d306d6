import type { Metadata } from 'next';
import { DocumentsView } from '@/components/datasets/documents-view';
import { getServerDictionary } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerDictionary();
  return { title: t.datasets.nav.documents };
}

export default function Page() {
  return <DocumentsView />;
}
