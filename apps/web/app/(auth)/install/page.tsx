import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { InstallForm } from '@/components/auth/install-form';
import { isSetupFinished } from '@/lib/server-caller';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('install.title') };
}

export default async function InstallPage() {
  if (await isSetupFinished()) redirect('/signin');
  return <InstallForm />;
}
