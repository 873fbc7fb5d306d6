import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { CreateWizard } from '@/components/datasets/create-wizard';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('datasets.wizard.title') };
}

export default function CreateDatasetPage() {
  return <CreateWizard />;
}
