import { type Locale } from '@/lib/i18n/config';

/** Dify's site languages that Tessera's web app speaks; other Chinese variants read Simplified Chinese best. */
export function toWebappLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-Hans';
  if (lower.startsWith('en')) return 'en-US';
  return undefined;
}

/**
 * The visitor's language: what they picked in this web app, else `?locale=` from the link, else
 * the site's default language, else the browser's (which the page was rendered with).
 */
export function pickWebappLocale(options: { chosen?: string | null; query?: string | null; siteDefault?: string | null; browser: Locale }): Locale {
  return toWebappLocale(options.chosen) ?? toWebappLocale(options.query) ?? toWebappLocale(options.siteDefault) ?? options.browser;
}
