'use client';

import { useLocale } from 'next-intl';
import { type I18nText } from './provider-types';

/** Picks the Simplified Chinese text of a Dify I18nObject when the console speaks it, English otherwise. */
export function useLocalText(): (text: I18nText | null | undefined) => string {
  const locale = useLocale();
  return (text) => (text ? (locale === 'zh-Hans' && text.zh_Hans ? text.zh_Hans : text.en_US) : '');
}
