'use client';

import { useRouter } from 'next/navigation';
import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import { HTML_LANG, LOCALE_COOKIE, type Locale } from './config';
import { type Dictionary, getDictionary } from './dictionaries';

interface I18nValue {
  locale: Locale;
  /** BCP 47 tag for Intl formatting. */
  lang: string;
  t: Dictionary;
  setLocale(locale: Locale): void;
}

const I18nContext = createContext<I18nValue | null>(null);

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

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside I18nProvider');
  return value;
}

export function useT(): Dictionary {
  return useI18n().t;
}
