'use client';

import { useLocale } from 'next-intl';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import dynamic from 'next/dynamic';
import { type ReactNode, useEffect, useState } from 'react';
import { type Locale } from '@/lib/i18n/config';
import { WebappI18nProvider } from '@/lib/webapp/webapp-i18n';
import { readLocal, writeLocal } from '@/lib/webapp/safe-storage';
import { pickWebappLocale } from '@/lib/webapp/webapp-locale';
import { SIGN_IN_REQUIRED, WebApiError } from '@/lib/webapp/web-api';
import { siteThemeStyle } from './site-theme';
import { useWebappBoot, type WebappBoot } from './use-webapp-boot';

// Signing in is the exception: its form is fetched only when an app asks for it.
const WebappSignInForm = dynamic(() => import('./webapp-signin-form').then((module) => module.WebappSignInForm));
import { WebappStatus } from './webapp-status';

export type WebappKind = 'chat' | 'chatbot' | 'completion';

/** What each page shows once the app is ready; passed in so each page's bundle holds only its own app. */
export type RenderApp = (props: { boot: WebappBoot; locale: Locale; onLocale: (locale: Locale) => void }) => ReactNode;

const LOCALE_KEY = 'webapp-locale';

/** The published web app for one site code: boots, asks for sign-in when the app is private, then shows the app. */
export function WebappEntry({ code, kind, render }: { code: string; kind: WebappKind; render: RenderApp }) {
  const browser = useLocale();
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
    <WebappI18nProvider locale={locale}>
      <WebappBody code={code} kind={kind} boot={boot} locale={locale} onLocale={chooseLocale} render={render} />
    </WebappI18nProvider>
  );
}

function WebappBody({
  code,
  kind,
  boot,
  locale,
  onLocale,
  render,
}: {
  code: string;
  kind: WebappKind;
  boot: ReturnType<typeof useWebappBoot>;
  locale: Locale;
  onLocale: (locale: Locale) => void;
  render: RenderApp;
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
      {render({ boot: boot.data, locale, onLocale })}
    </div>
  );
}
