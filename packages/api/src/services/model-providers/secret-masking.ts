import { type Credentials } from '@tessera/model-runtime';

/** What Dify's console sends back for a secret it was shown masked and the user left alone. */
export const HIDDEN_VALUE = '[__HIDDEN__]';

/** Dify's `obfuscated_token`: the first 6 and last 2 characters around 12 stars; short values all stars. */
export function obfuscateToken(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length);
  return `${value.slice(0, 6)}${'*'.repeat(12)}${value.slice(-2)}`;
}

/** A copy with every secret field masked; other fields as stored. */
export function maskCredentials(credentials: Credentials, secretFields: readonly string[]): Credentials {
  const masked: Credentials = { ...credentials };
  for (const field of secretFields) {
    const value = masked[field];
    if (typeof value === 'string' && value !== '') masked[field] = obfuscateToken(value);
  }
  return masked;
}

/**
 * On update, a secret that comes back as `[__HIDDEN__]` or exactly as it was shown masked means
 * "keep what is stored"; anything else is a new value.
 */
export function restoreHiddenSecrets(incoming: Credentials, stored: Credentials, secretFields: readonly string[]): Credentials {
  const merged: Credentials = { ...incoming };
  for (const field of secretFields) {
    const value = incoming[field];
    const previous = stored[field];
    if (typeof previous !== 'string') continue;
    if (value === HIDDEN_VALUE || (typeof value === 'string' && value !== '' && value === obfuscateToken(previous))) {
      merged[field] = previous;
    }
  }
  return merged;
}
