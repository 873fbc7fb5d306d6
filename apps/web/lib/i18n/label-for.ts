/** Any translator from `useTranslations` or `getTranslations`, whatever its namespace. */
interface AnyTranslator {
  (key: never): string;
  has(key: never): boolean;
}

/**
 * The catalogue's label for a value the server owns (an app mode, a model feature, a member status):
 * the server may send values newer than the catalogue, and those show as they are rather than as a key.
 */
export function labelFor(t: AnyTranslator, key: string, fallback: string): string {
  return t.has(key as never) ? t(key as never) : fallback;
}
