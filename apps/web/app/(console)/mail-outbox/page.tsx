import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { MailOutboxView } from '@/components/mail-outbox-view';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('outbox.title') };
}

export default function MailOutboxPage() {
  return <MailOutboxView />;
}
