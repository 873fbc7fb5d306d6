import type { Metadata } from 'next';
import { MailOutboxView } from '@/components/mail-outbox-view';
import { getServerDictionary } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerDictionary();
  return { title: t.outbox.title };
}

export default function MailOutboxPage() {
  return <MailOutboxView />;
}
