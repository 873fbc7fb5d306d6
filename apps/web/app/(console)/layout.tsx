import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { TopBar } from '@/components/console/top-bar';
import { Providers } from '@/components/providers';
import { getLocale } from '@/lib/i18n/server';
import { getCurrentAccount, isSetupFinished } from '@/lib/server-caller';

export const dynamic = 'force-dynamic';

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  if (!(await isSetupFinished())) redirect('/install');
  if (!(await getCurrentAccount())) redirect('/signin');
  return (
    <Providers locale={await getLocale()}>
      <div className="flex min-h-screen flex-col" data-console-theme>
        <TopBar />
        <main className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 sm:px-6 lg:px-8">{children}</main>
      </div>
    </Providers>
  );
}
