import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { type Credentials } from '@tessera/model-runtime';

const VERSION = 'v1';
const SALT = 'tessera-provider-credentials';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Whose credentials these are: bound into the ciphertext so a row moved elsewhere no longer opens. */
export interface CredentialScope {
  workspaceId: string;
  provider: string;
}

/** One key per workspace, so a row copied into another workspace cannot be decrypted there. */
function workspaceKey(secretKey: string, workspaceId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secretKey, SALT, workspaceId, 32));
}

const additionalData = (scope: CredentialScope) => Buffer.from(`${scope.workspaceId}\n${scope.provider}`, 'utf8');

/** AES-256-GCM over the credentials JSON: `v1.<iv>.<tag>.<ciphertext>`, each base64url. */
export function encryptCredentials(secretKey: string, scope: CredentialScope, credentials: Credentials): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', workspaceKey(secretKey, scope.workspaceId), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(scope));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(credentials), 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
}

export class CredentialDecryptionError extends Error {
  constructor() {
    super('Stored credentials cannot be decrypted.');
    this.name = 'CredentialDecryptionError';
  }
}

/** Throws CredentialDecryptionError for a wrong key, scope, or tampered text; never says which. */
export function decryptCredentials(secretKey: string, scope: CredentialScope, stored: string): Credentials {
  const [version, iv, tag, ciphertext, ...rest] = stored.split('.');
  if (version !== VERSION || !iv || !tag || ciphertext === undefined || rest.length > 0) throw new CredentialDecryptionError();
  try {
    const decipher = createDecipheriv('aes-256-gcm', workspaceKey(secretKey, scope.workspaceId), Buffer.from(iv, 'base64url'), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(additionalData(scope));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const plain = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    const parsed: unknown = JSON.parse(plain);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new CredentialDecryptionError();
    return parsed as Credentials;
  } catch {
    throw new CredentialDecryptionError();
  }
}
