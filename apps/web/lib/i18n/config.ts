export const LOCALES = ['en-US', 'zh-Hans'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en-US';
export const LOCALE_COOKIE = 'locale';

export const LOCALE_NAMES: Record<Locale, string> = { 'en-US': 'English', 'zh-Hans': '简体中文' };

/** The BCP 47 tag for `<html lang>` and Intl formatting. */
export const HTML_LANG: Record<Locale, string> = { 'en-US': 'en', 'zh-Hans': 'zh-Hans' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Cookie first, then the browser's Accept-Language. */
export function pickLocale(cookieValue: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookieValue)) return cookieValue;
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('zh') ? 'zh-Hans' : DEFAULT_LOCALE;
}
