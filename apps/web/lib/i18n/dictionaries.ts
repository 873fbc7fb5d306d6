import { type Locale } from './config';
import en, { type Dictionary } from './en-US';
import zhHans from './zh-Hans';

export type { Dictionary };

export const DICTIONARIES: Record<Locale, Dictionary> = { 'en-US': en, 'zh-Hans': zhHans };

export function getDictionary(locale: Locale): Dictionary {
  return DICTIONARIES[locale];
}
