'use client';

import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { HTML_LANG, LOCALE_COOKIE, type Locale } from './config';

/** Remembers the language in the cookie the request config reads, then renders the server parts again in it. */
export function useSetLocale(): (locale: Locale) => void {
  const router = useRouter();
  return useCallback(
    (next: Locale) => {
      document.cookie = `${LOCALE_COOKIE}=${next}; Path=/; Max-Age=31536000; SameSite=Lax`;
      document.documentElement.lang = HTML_LANG[next];
      router.refresh();
    },
    [router],
  );
}
