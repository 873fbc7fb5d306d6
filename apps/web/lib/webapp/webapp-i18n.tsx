'use client';

import { NextIntlClientProvider } from 'next-intl';
import { type ReactNode, useState } from 'react';
import { type Locale } from '@/lib/i18n/config';
import { WEBAPP_MESSAGES } from './webapp-messages';

/** The web app's strings in the visitor's language, which the web app may change without asking the server. */
export function WebappI18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [timeZone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  return (
    <NextIntlClientProvider locale={locale} messages={WEBAPP_MESSAGES[locale]} timeZone={timeZone}>
      {children}
    </NextIntlClientProvider>
  );
}
