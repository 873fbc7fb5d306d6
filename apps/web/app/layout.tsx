import { getTranslations, getLocale } from 'next-intl/server';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { HTML_LANG } from '@/lib/i18n/config';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return {
    title: { default: t('common.appName'), template: `%s · ${t('common.appName')}` },
    description: t('common.tagline'),
    icons: { icon: '/icon.svg' },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

// Only the document shell: each route group mounts its own providers, so the published web app ships
// neither the console's session, tRPC client nor message catalogues.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={HTML_LANG[locale]}>
      <body className="min-h-screen">
        {children}
      </body>
    </html>
  );
}
