/** Interface languages Dify accepts (`constants/languages.py`). */
export const SUPPORTED_LANGUAGES: readonly string[] = [
  'en-US',
  'zh-Hans',
  'zh-Hant',
  'pt-BR',
  'es-ES',
  'fr-FR',
  'de-DE',
  'ja-JP',
  'ko-KR',
  'ru-RU',
  'it-IT',
  'uk-UA',
  'vi-VN',
  'ro-RO',
  'pl-PL',
  'hi-IN',
  'tr-TR',
  'fa-IR',
  'sl-SI',
  'th-TH',
  'id-ID',
  'ar-TN',
];

/** An IANA time zone name the runtime knows (`UTC`, `Europe/Berlin`, …). */
export function isValidTimezone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
