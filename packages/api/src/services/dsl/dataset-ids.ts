import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import { UUID } from '../../validation';

/** AES-256-CBC with key SHA-256(workspace id) and IV its first 16 bytes, as Dify writes dataset ids. */
function keyFor(workspaceId: string): { key: Buffer; iv: Buffer } {
  const key = createHash('sha256').update(workspaceId).digest();
  return { key, iv: key.subarray(0, 16) };
}

export function encryptDatasetId(datasetId: string, workspaceId: string): string {
  const { key, iv } = keyFor(workspaceId);
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([cipher.update(datasetId, 'utf8'), cipher.final()]).toString('base64');
}

/**
 * A plain UUID is kept; an id encrypted for this workspace is decrypted; anything else (an id
 * from another workspace) yields null and is dropped by the caller.
 */
export function decryptDatasetId(value: string, workspaceId: string): string | null {
  if (UUID.test(value)) return value;
  try {
    const { key, iv } = keyFor(workspaceId);
    const decipher = createDecipheriv('aes-256-cbc', key, iv);
    const plain = Buffer.concat([decipher.update(Buffer.from(value, 'base64')), decipher.final()]).toString('utf8');
    return UUID.test(plain) ? plain : null;
  } catch {
    return null;
  }
}
