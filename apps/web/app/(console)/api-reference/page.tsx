import type { Metadata } from 'next';
import { ArrowLeftIcon } from 'lucide-react';
import Link from 'next/link';
import { ApiReference } from '@/components/api-reference/api-reference';
import { LanguageSwitcher } from '@/components/language-switcher';
import { LogoMark } from '@/components/logo';
import { getServerDictionary } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerDictionary();
  return { title: t.apiReference.title };
}

/** Public like the documents it renders (`/openapi.json` and each surface's own). */
export default async function ApiReferencePage() {
  const { t } = await getServerDictionary();
  return (
    <div className="flex min-h-screen flex-col bg-card">
      <header className="sticky top-0 z-40 flex h-14 items-center gap-3 border-b bg-background/90 px-4 backdrop-blur sm:px-6">
        <LogoMark />
        <h1 className="text-base font-semibold" data-testid="page-title">
          {t.apiReference.title}
        </h1>
        <div className="ml-auto flex items-center gap-1">
          <LanguageSwitcher compact />
          <Link
            href="/apps"
            className="inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium text-muted-foreground hover:bg-accent hover:text-accent-foreground"
            data-testid="back-to-console"
          >
            <ArrowLeftIcon className="size-4" />
            {t.apiReference.backToConsole}
          </Link>
        </div>
      </header>
      <div className="flex-1">
        <ApiReference />
      </div>
    </div>
  );
}
