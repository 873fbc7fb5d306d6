import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { LanguageSwitcher } from '@/components/language-switcher';
import { Logo } from '@/components/logo';
import { Providers } from '@/components/providers';
import { pickMessages } from '@/lib/i18n/messages';
import { AUTH_NAMESPACES } from '@/lib/i18n/route-namespaces';

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations();
  return (
    <NextIntlClientProvider messages={pickMessages(await getMessages(), AUTH_NAMESPACES)}>
      <Providers>
        <div className="flex min-h-screen flex-col bg-[radial-gradient(ellipse_at_top,_oklch(0.94_0.04_262),_transparent_60%)]">
          <header className="flex items-center justify-between px-6 py-4">
            <Logo />
            <LanguageSwitcher />
          </header>
          <main className="flex flex-1 items-start justify-center px-4 pt-[8vh] pb-12">
            <div className="w-full max-w-md">{children}</div>
          </main>
          <footer className="px-6 py-4 text-center text-xs text-muted-foreground">{t('common.tagline')}</footer>
        </div>
      </Providers>
    </NextIntlClientProvider>
  );
}
