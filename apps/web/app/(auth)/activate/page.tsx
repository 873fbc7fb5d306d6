import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { ActivateForm } from '@/components/auth/activate-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('activate.title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/** The target of invitation links: `/activate?email=…&token=…` (Dify's shape). */
export default async function ActivatePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  return (
    <ActivateForm email={first(params.email)} token={first(params.token)} workspaceId={first(params.workspace_id) || undefined} />
  );
}
