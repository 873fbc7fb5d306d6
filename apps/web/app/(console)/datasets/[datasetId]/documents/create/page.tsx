import type { Metadata } from 'next';
import { CreateWizard } from '@/components/datasets/create-wizard';
import { getServerDictionary } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerDictionary();
  return { title: t.datasets.wizard.addTitle };
}

export default async function AddDocumentsPage({ params }: { params: Promise<{ datasetId: string }> }) {
  const { datasetId } = await params;
  return <CreateWizard datasetId={datasetId} />;
}
