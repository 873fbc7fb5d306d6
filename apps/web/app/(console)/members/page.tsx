import type { Metadata } from 'next';
import { MembersView } from '@/components/members/members-view';
import { getServerDictionary } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerDictionary();
  return { title: t.members.title };
}

export default function MembersPage() {
  return <MembersView />;
}
