import type { Credentials } from '../types';
import { ModelRuntimeError } from '../errors';

/** A credential as a trimmed string, or undefined when absent or blank. */
export function credentialText(credentials: Credentials, key: string): string | undefined {
  const value = credentials[key];
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

/**
 * Users paste base URLs with and without the API version segment (`https://api.openai.com` or `…/v1`); the SDKs
 * want it included.
 */
export function withVersionSuffix(url: string, suffix: string): string;
export function withVersionSuffix(url: string | undefined, suffix: string): string | undefined;
export function withVersionSuffix(url: string | undefined, suffix: string): string | undefined {
  if (url === undefined) return undefined;
  const trimmed = url.replace(/\/+$/, '');
  return trimmed.endsWith(suffix) ? trimmed : `${trimmed}${suffix}`;
}

export function withoutTrailingSlashes(url: string): string {
  return url.replace(/\/+$/, '');
}

/**
 * A credential the provider cannot work without. Checked here rather than left to the SDKs, which would otherwise
 * fall back to environment variables such as OPENAI_API_KEY and bill the wrong account.
 */
export function requiredCredential(credentials: Credentials, key: string): string {
  const value = credentialText(credentials, key);
  if (value === undefined) throw new ModelRuntimeError('provider_not_initialize', `${key} is required`);
  return value;
}
