import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { CreateWizard } from '@/components/datasets/create-wizard';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('datasets.wizard.addTitle') };
}

export default async function AddDocumentsPage({ params }: { params: Promise<{ datasetId: string }> }) {
  const { datasetId } = await params;
  return <CreateWizard datasetId={datasetId} />;
}
