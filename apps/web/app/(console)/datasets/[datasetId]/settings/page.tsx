import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { SettingsView } from '@/components/datasets/settings-view';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('datasets.settings.title') };
}

export default function Page() {
  return <SettingsView />;
}
