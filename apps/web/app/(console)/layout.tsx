import { redirect } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { TopBar } from '@/components/console/top-bar';
import { Providers } from '@/components/providers';
import { pickMessages } from '@/lib/i18n/messages';
import { CONSOLE_NAMESPACES } from '@/lib/i18n/route-namespaces';
import { getCurrentAccount, isSetupFinished } from '@/lib/server-caller';

export const dynamic = 'force-dynamic';

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  if (!(await isSetupFinished())) redirect('/install');
  if (!(await getCurrentAccount())) redirect('/signin');
  return (
    <NextIntlClientProvider messages={pickMessages(await getMessages(), CONSOLE_NAMESPACES)}>
      <Providers>
        <div className="flex min-h-screen flex-col" data-console-theme>
          <TopBar />
          <main className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 sm:px-6 lg:px-8">{children}</main>
        </div>
      </Providers>
    </NextIntlClientProvider>
  );
}
