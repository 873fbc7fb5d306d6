import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { MembersView } from '@/components/members/members-view';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('members.title') };
}

export default function MembersPage() {
  return <MembersView />;
}
