import type { Locale } from '@/lib/i18n/config';
import type { Messages } from '@/lib/i18n/messages';

// Typed keys: a message missing from the English catalogue fails the type check at its call site.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
