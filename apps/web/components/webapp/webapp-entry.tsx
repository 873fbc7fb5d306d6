'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { type Locale } from '@/lib/i18n/config';
import { I18nProvider, useI18n } from '@/lib/i18n/client';
import { readLocal, writeLocal } from '@/lib/webapp/safe-storage';
import { pickWebappLocale } from '@/lib/webapp/webapp-locale';
import { SIGN_IN_REQUIRED, WebApiError } from '@/lib/webapp/web-api';
import { ChatApp } from './chat-app';
import { CompletionApp } from './completion-app';
import { siteThemeStyle } from './site-theme';
import { useWebappBoot } from './use-webapp-boot';
import { WebappSignInForm } from './webapp-signin-form';
import { WebappStatus } from './webapp-status';

export type WebappKind = 'chat' | 'chatbot' | 'completion';

const LOCALE_KEY = 'webapp-locale';

/** The published web app for one site code: boots, asks for sign-in when the app is private, then shows the app. */
export function WebappEntry({ code, kind }: { code: string; kind: WebappKind }) {
  const { locale: browser } = useI18n();
  const search = useSearchParams();
  const boot = useWebappBoot(code);
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => setChosen(readLocal(LOCALE_KEY)), []);
  const locale = pickWebappLocale({ chosen, query: search.get('locale'), siteDefault: boot.data?.site.site.default_language, browser });
  useEffect(() => {
    document.documentElement.lang = locale === 'zh-Hans' ? 'zh-Hans' : 'en';
  }, [locale]);
  const chooseLocale = (next: Locale) => {
    writeLocal(LOCALE_KEY, next);
    setChosen(next);
  };

  return (
    <I18nProvider locale={locale}>
      <WebappBody code={code} kind={kind} boot={boot} locale={locale} onLocale={chooseLocale} />
    </I18nProvider>
  );
}

function WebappBody({
  code,
  kind,
  boot,
  locale,
  onLocale,
}: {
  code: string;
  kind: WebappKind;
  boot: ReturnType<typeof useWebappBoot>;
  locale: Locale;
  onLocale: (locale: Locale) => void;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const signInNeeded = boot.error instanceof WebApiError && SIGN_IN_REQUIRED.has(boot.error.code);
  useEffect(() => {
    if (signInNeeded && kind !== 'chatbot') {
      const back = `${pathname}${search.size ? `?${search.toString()}` : ''}`;
      router.replace(`/webapp-signin?app_code=${encodeURIComponent(code)}&redirect_url=${encodeURIComponent(back)}`);
    }
  }, [signInNeeded, kind, code, pathname, search, router]);

  if (signInNeeded) {
    // The embedded bubble signs in where it is, since its frame cannot leave the host page.
    return kind === 'chatbot' ? (
      <main className="flex min-h-dvh items-center justify-center p-4">
        <WebappSignInForm code={code} onSignedIn={() => void boot.refetch()} />
      </main>
    ) : (
      <WebappStatus state="loading" />
    );
  }
  if (boot.error) {
    const missing = boot.error instanceof WebApiError && boot.error.status < 500;
    return <WebappStatus state={missing ? 'unavailable' : 'failed'} onRetry={() => void boot.refetch()} />;
  }
  if (!boot.data) return <WebappStatus state="loading" />;

  const style = siteThemeStyle(boot.data.site.site.chat_color_theme);
  return (
    <div style={style} className="min-h-dvh bg-background text-foreground">
      {kind === 'completion' ? (
        <CompletionApp boot={boot.data} locale={locale} onLocale={onLocale} />
      ) : (
        <ChatApp boot={boot.data} embedded={kind === 'chatbot'} locale={locale} onLocale={onLocale} />
      )}
    </div>
  );
}
