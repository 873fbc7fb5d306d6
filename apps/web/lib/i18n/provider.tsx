'use client';

import { useRouter } from 'next/navigation';
import { type ReactNode, useCallback, useMemo } from 'react';
import { I18nContext } from './client';
import { HTML_LANG, LOCALE_COOKIE, type Locale } from './config';
import { getDictionary } from './dictionaries';

/** The console's and sign-in pages' strings in every language; a change of language re-renders the server parts. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const router = useRouter();
  const setLocale = useCallback(
    (next: Locale) => {
      document.cookie = `${LOCALE_COOKIE}=${next}; Path=/; Max-Age=31536000; SameSite=Lax`;
      document.documentElement.lang = HTML_LANG[next];
      router.refresh();
    },
    [router],
  );
  const value = useMemo(
    () => ({ locale, lang: HTML_LANG[locale], t: getDictionary(locale), setLocale }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
