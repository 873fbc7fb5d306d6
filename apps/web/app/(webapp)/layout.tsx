import { getLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { WebappProviders } from '@/components/webapp/webapp-providers';

export default async function WebappLayout({ children }: { children: ReactNode }) {
  return (
    <div className="contents" data-webapp-theme>
      <WebappProviders locale={await getLocale()}>{children}</WebappProviders>
    </div>
  );
}
