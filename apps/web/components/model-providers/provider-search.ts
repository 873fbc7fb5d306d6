import { type Locale } from '@/lib/i18n/config';
import { type ProviderResponse } from './provider-types';

type Searchable = Pick<ProviderResponse, 'provider' | 'label' | 'description' | 'supported_model_types'>;

/** Whether every word of the query appears in the provider's name, label (either language), description or model types. */
export function matchesProvider(provider: Searchable, query: string, locale: Locale): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const label = provider.label;
  const description = provider.description;
  const haystack = [
    provider.provider.replaceAll('_', ' '),
    provider.provider,
    label.en_US,
    label.zh_Hans,
    locale === 'zh-Hans' ? (description?.zh_Hans ?? description?.en_US) : description?.en_US,
    ...provider.supported_model_types,
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}
