import type { Metadata } from 'next';
import { SettingsView } from '@/components/datasets/settings-view';
import { getServerDictionary } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerDictionary();
  return { title: t.datasets.settings.title };
}

export default function Page() {
  return <SettingsView />;
}
