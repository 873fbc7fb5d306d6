'use client';

import { NextIntlClientProvider, useLocale } from 'next-intl';
import { type ReactNode, useState } from 'react';

/**
 * Dates in the visitor's own time zone, as the browser would show them, rather than the server's: the
 * server renders with its zone and the browser takes over with its own once it runs.
 */
export function BrowserTimeZone({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const [timeZone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone}>
      {children}
    </NextIntlClientProvider>
  );
}
