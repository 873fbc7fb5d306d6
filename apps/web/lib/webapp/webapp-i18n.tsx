'use client';

import { type ReactNode, useMemo } from 'react';
import { I18nContext } from '@/lib/i18n/client';
import { HTML_LANG, LOCALE_COOKIE, type Locale } from '@/lib/i18n/config';
import { type Dictionary } from '@/lib/i18n/dictionaries';
import webappEn from '@/lib/i18n/webapp.en-US';
import webappZhHans from '@/lib/i18n/webapp.zh-Hans';

export const WEBAPP_DICTIONARIES: Record<Locale, Pick<Dictionary, 'webapp'>> = { 'en-US': webappEn, 'zh-Hans': webappZhHans };

/**
 * The published web app's strings only: its pages read nothing but `t.webapp`, and shipping the
 * console's dictionaries to every visitor would cost them kilobytes of strings they never see.
 */
export function WebappI18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(
    () => ({
      locale,
      lang: HTML_LANG[locale],
      t: WEBAPP_DICTIONARIES[locale] as Dictionary,
      setLocale(next: Locale) {
        document.cookie = `${LOCALE_COOKIE}=${next}; Path=/; Max-Age=31536000; SameSite=Lax`;
        document.documentElement.lang = HTML_LANG[next];
      },
    }),
    [locale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
