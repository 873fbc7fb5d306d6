import { type Credentials } from '@tessera/model-runtime';
import { type AppDeps } from '../../deps';
import { decryptCredentials, encryptCredentials } from './credential-cipher';

interface StoredCredential {
  workspaceId: string;
  provider: string;
  encryptedConfig: string;
}

export function sealCredentials(deps: AppDeps, workspaceId: string, provider: string, credentials: Credentials): string {
  return encryptCredentials(deps.config.secretKey, { workspaceId, provider }, credentials);
}

/** The plain credentials of a stored row (provider- or model-level); throws when they cannot be opened. */
export function openCredentials(deps: AppDeps, row: StoredCredential): Credentials {
  return decryptCredentials(deps.config.secretKey, { workspaceId: row.workspaceId, provider: row.provider }, row.encryptedConfig);
}

/** Like openCredentials, but an unreadable row (e.g. after SECRET_KEY changed) reads as empty. */
export function openCredentialsOrEmpty(deps: AppDeps, row: StoredCredential | undefined): Credentials {
  if (!row) return {};
  try {
    return openCredentials(deps, row);
  } catch {
    return {};
  }
}

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/** A custom model's own credentials over the provider's: only the fields the model actually sets win. */
export function mergeCredentials(base: Credentials, override: Credentials): Credentials {
  const merged: Credentials = { ...base };
  for (const [key, value] of Object.entries(override)) if (!isBlank(value)) merged[key] = value;
  return merged;
}

/**
 * What is worth storing: empty optional fields are dropped, and so are the forms' own
 * pseudo-fields (`__model_name`, `__model_type`), which are not credentials.
 */
export function compactCredentials(credentials: Credentials): Credentials {
  return Object.fromEntries(Object.entries(credentials).filter(([key, value]) => !isBlank(value) && !key.startsWith('__')));
}
