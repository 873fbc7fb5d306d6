import type { Metadata } from 'next';
import { DevelopView } from '@/components/studio/develop/develop-view';
import { getServerDictionary } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerDictionary();
  return { title: t.studio.shell.nav.develop };
}

export default function DevelopPage() {
  return <DevelopView />;
}
