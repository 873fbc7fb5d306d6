import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, pickLocale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';

// No locale in the URL: the cookie the language switcher writes, else the browser's language.
export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = pickLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get('accept-language'));
  return { locale, messages: MESSAGES[locale] };
});
