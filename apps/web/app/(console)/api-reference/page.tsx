import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { ApiReference } from '@/components/api-reference/api-reference';
import { PageHeader } from '@/components/console/page-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('apiReference.title') };
}

export default async function ApiReferencePage() {
  const t = await getTranslations();
  return (
    <div className="grid grid-cols-1 gap-6 *:min-w-0">
      <PageHeader title={t('apiReference.title')} description={t('apiReference.description')} />
      <ApiReference />
    </div>
  );
}
