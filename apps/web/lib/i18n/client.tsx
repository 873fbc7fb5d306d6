'use client';

import { createContext, useContext } from 'react';
import { type Locale } from './config';
import { type Dictionary } from './dictionaries';

// Hooks only: the dictionaries themselves come from whichever provider a route group mounts, so the
// web app can ship its own strings without the console's.
export interface I18nValue {
  locale: Locale;
  /** BCP 47 tag for Intl formatting. */
  lang: string;
  t: Dictionary;
  setLocale(locale: Locale): void;
}

export const I18nContext = createContext<I18nValue | null>(null);

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside an i18n provider');
  return value;
}

export function useT(): Dictionary {
  return useI18n().t;
}
