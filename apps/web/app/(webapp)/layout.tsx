import type { ReactNode } from 'react';
import { WebappProviders } from '@/components/webapp/webapp-providers';
import { getLocale } from '@/lib/i18n/server';

export default async function WebappLayout({ children }: { children: ReactNode }) {
  return <WebappProviders locale={await getLocale()}>{children}</WebappProviders>;
}
